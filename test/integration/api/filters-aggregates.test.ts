import type { App } from "../../../src/app";
import type { StartupAnalysisQuery, StartupListQuery } from "../../__generated__/operations";
import { gql, startTestApp } from "../../setup/test-app";
import { openTestDb, type TestDb } from "../../setup/test-db";
import { loadRealGraph, operation } from "./api-helpers";

type Keys = Record<string, { totalCount: number; nodes: Array<Record<string, unknown>> }>;

describe("entity API: filters, sorting, aggregates and groupBy (real snapshot)", () => {
  let app: App;
  let testDb: TestDb;
  const cypherCount = async (cypher: string): Promise<number> =>
    Number((await testDb.db.read(cypher))[0]?.c);

  beforeAll(async () => {
    testDb = await openTestDb();
    await loadRealGraph(testDb);
    app = await startTestApp();
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    await testDb?.close();
  });

  test("names match case- and accent-insensitively (contains, eq, startsWith)", async () => {
    const result = await gql<Keys>(
      app,
      `{ a: startups(where: { title: { contains: "ELEVE" } }) { totalCount nodes { title } }
         b: startups(where: { title: { eq: "1 eleve, 1 stage" } }) { totalCount }
         c: ministries(where: { name: { startsWith: "ministere des armees" } }) { nodes { key } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.a.nodes.map(n => n.title)).toContain("1 élève, 1 stage");
    expect(result.data?.b.totalCount).toBe(1);
    expect(result.data?.c.nodes).toEqual([{ key: "armees" }]);
  });

  test("eq / in / gte / endsWith / list includes / AND / OR / NOT agree with Cypher", async () => {
    const result = await gql<Keys>(
      app,
      `{ phase: startups(where: { currentPhase: { in: ["acceleration", "consolidation"] } }) { totalCount }
         fast: startups(where: { AND: [{ fastAmount: { gte: 100000 } }, { NOT: { nationalImpact: { eq: true } } }] }) { totalCount }
         either: startups(where: { OR: [{ currentPhase: { eq: "opere" } }, { key: { endsWith: "-stage" } }] }) { totalCount }
         python: repositories(where: { language: { eq: "Python" }, stars: { gt: 10 } }) { totalCount }
         techno: startups(where: { techno: { includes: "django" } }) { totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    const d = result.data;
    expect(d?.phase.totalCount).toBe(
      await cypherCount(
        "MATCH (n:Startup) WHERE n.currentPhase IN ['acceleration','consolidation'] RETURN count(n) AS c",
      ),
    );
    expect(d?.fast.totalCount).toBe(
      await cypherCount(
        "MATCH (n:Startup) WHERE n.fastAmount >= 100000 AND NOT coalesce(n.nationalImpact = true, false) RETURN count(n) AS c",
      ),
    );
    expect(d?.either.totalCount).toBe(
      await cypherCount(
        "MATCH (n:Startup) WHERE n.currentPhase = 'opere' OR n.key ENDS WITH '-stage' RETURN count(n) AS c",
      ),
    );
    expect(d?.python.totalCount).toBe(
      await cypherCount(
        "MATCH (n:Repository) WHERE n.language = 'Python' AND n.stars > 10 RETURN count(n) AS c",
      ),
    );
    expect(d?.techno.totalCount).toBe(
      await cypherCount("MATCH (n:Startup) WHERE 'django' IN n.techno RETURN count(n) AS c"),
    );
    expect(d?.python.totalCount).toBeGreaterThan(0);
  });

  test("some / none / all: start-ups sponsored by an organisation of a given ministry", async () => {
    const result = await gql<Keys>(
      app,
      `{ some: startups(where: { sponsors: { some: { ministries: { some: { key: { eq: "armees" } } } } } }) { totalCount nodes { key } }
         none: startups(where: { sponsors: { none: {} } }) { totalCount }
         all: startups(where: { sponsors: { all: { sector: { eq: "STATE" } } } }) { totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.some.totalCount).toBe(
      await cypherCount(
        "MATCH (s:Startup) WHERE EXISTS { (s)-[:SPONSORED_BY]->(:Organization)-[:PART_OF]->(:Ministry {key: 'armees'}) } RETURN count(s) AS c",
      ),
    );
    expect(result.data?.some.totalCount).toBeGreaterThan(0);
    expect(result.data?.none.totalCount).toBe(
      await cypherCount(
        "MATCH (s:Startup) WHERE NOT EXISTS { (s)-[:SPONSORED_BY]->() } RETURN count(s) AS c",
      ),
    );
    expect(result.data?.all.totalCount).toBe(
      await cypherCount(
        "MATCH (s:Startup) WHERE all(o IN [(s)-[:SPONSORED_BY]->(o:Organization) | o] WHERE o.sector = 'STATE') RETURN count(s) AS c",
      ),
    );
  });

  test("relationship-count filter and sort: software used by more than 2 organisations, most used first", async () => {
    const result = await gql<{
      software: { nodes: Array<{ key: string; users: { totalCount: number } }> };
    }>(
      app,
      `{ software(where: { usersAggregate: { count: { gt: 2 } } }, sort: [{ usersCount: DESC }], first: 50) { nodes { key users { totalCount } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const counts = result.data?.software.nodes.map(n => n.users.totalCount) ?? [];
    expect(counts.length).toBeGreaterThan(1);
    expect(counts.every(c => c > 2)).toBe(true);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  test("sorting: team size descending with the key as tie-breaker; names ascending", async () => {
    const bySize = await gql<StartupListQuery>(app, operation("startup-list"), {
      first: 5,
      sort: [{ membersCount: "DESC" }],
    });
    expect(bySize.data?.startups.edges[0]?.node.key).toBe("dossierfacile");
    const byTitle = await gql<StartupListQuery>(app, operation("startup-list"), {
      first: 20,
      sort: [{ title: "ASC" }],
    });
    const titles = byTitle.data?.startups.edges.map(e => e.node.title ?? "") ?? [];
    const folded = titles.map(t => t.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase());
    expect([...folded].sort()).toEqual(folded);
    const bad = await gql(app, `{ startups(sort: [{ title: ASC, key: DESC }]) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("aggregates: count and min/max/avg, and groupBy phase / incubator / ministry", async () => {
    const result = await gql<StartupAnalysisQuery>(app, operation("startup-analysis"));
    expect(result.errors).toBeUndefined();
    const agg = result.data?.startups.aggregate;
    expect(agg?.count).toBe(await cypherCount("MATCH (n:Startup) RETURN count(n) AS c"));
    const [stats] = await testDb.db.read(
      "MATCH (n:Startup) RETURN min(n.fastAmount) AS min, max(n.fastAmount) AS max, count(n.fastAmount) AS c",
    );
    expect(agg?.fastAmount).toMatchObject({ min: stats?.min, max: stats?.max, count: stats?.c });
    const phaseTotal = agg?.groupBy.phase.reduce((s, g) => s + g.count, 0);
    expect(phaseTotal).toBe(agg?.count);
    const construction = agg?.groupBy.phase.find(g => g.key === "construction");
    expect(construction?.count).toBe(
      await cypherCount("MATCH (n:Startup {currentPhase: 'construction'}) RETURN count(n) AS c"),
    );
    expect(agg?.groupBy.incubator[0]?.name).toBeTruthy();
    expect(agg?.groupBy.ministry.find(g => g.key === "armees")?.name).toBe("Ministère des Armées");
  });

  test("aggregates on relationship connections and groupBy for software licences and repository languages", async () => {
    const result = await gql<{
      incubatorByKey: {
        startups: {
          aggregate: { count: number; groupBy: { phase: Array<{ key: string; count: number }> } };
        };
      };
      software: { aggregate: { groupBy: { licence: Array<{ key: string; count: number }> } } };
      repositories: {
        aggregate: {
          stars: { max: number };
          groupBy: { language: Array<{ key: string; count: number }> };
        };
      };
    }>(
      app,
      `{ incubatorByKey(key: "dinum") { startups { aggregate { count groupBy { phase { key count } } } } }
         software(first: 0) { aggregate { groupBy { licence { key count } } } }
         repositories(first: 0) { aggregate { stars { max } groupBy { language { key count } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const inc = result.data?.incubatorByKey.startups.aggregate;
    expect(inc?.count).toBe(
      await cypherCount(
        "MATCH (:Incubator {key: 'dinum'})<-[:INCUBATED_BY]-(s:Startup) RETURN count(DISTINCT s) AS c",
      ),
    );
    expect(inc?.groupBy.phase.reduce((s, g) => s + g.count, 0)).toBe(inc?.count);
    expect(result.data?.software.aggregate.groupBy.licence.length).toBeGreaterThan(3);
    const languages = result.data?.repositories.aggregate.groupBy.language ?? [];
    expect(languages.map(l => l.count)).toEqual(
      [...languages.map(l => l.count)].sort((a, b) => b - a),
    );
    expect(result.data?.repositories.aggregate.stars.max).toBe(
      await cypherCount("MATCH (n:Repository) RETURN max(n.stars) AS c"),
    );
  });

  test("edge filters keep the neighbours reached through matching relationships, in pages, counts and aggregates", async () => {
    type Conn = {
      totalCount: number;
      edges?: Array<{
        node: { key: string };
        relationships: Array<{ properties: { end?: string } }>;
      }>;
    };
    const result = await gql<{
      startups: {
        nodes: Array<{
          key: string;
          all: Conn;
          recent: Conn;
          devs: Conn;
          agg: { aggregate: { count: number } };
        }>;
      };
      softwareByKey: { runtime: Conn; all: Conn };
    }>(
      app,
      `query ($since: LocalDate!) {
        startups(first: 1, sort: [{ membersCount: DESC }]) { nodes { key
          all: members { totalCount }
          recent: members(first: 100, edge: { end: { gte: $since } }) {
            totalCount edges { node { key } relationships { properties } } }
          devs: members(edge: { AND: [{ domain: { eq: "Développement" } }, { NOT: { status: { eq: "admin" } } }] }) { totalCount }
          agg: members(edge: { end: { gte: $since } }) { aggregate { count } } } }
        softwareByKey(key: "lasuite:docs") {
          runtime: packageDependencies(edge: { kind: { eq: "RUNTIME" } }) { totalCount }
          all: packageDependencies { totalCount } } }`,
      { since: "2025-01-01" },
    );
    expect(result.errors).toBeUndefined();
    const startup = result.data?.startups.nodes[0];
    const key = startup?.key ?? "";
    const recent = await cypherCount(
      `MATCH (:Startup {key: '${key}'})<-[r:MEMBER_OF]-(c:Contributor) WHERE r.end >= '2025-01-01' RETURN count(DISTINCT c) AS c`,
    );
    expect(recent).toBeGreaterThan(0);
    expect(startup?.recent.totalCount).toBe(recent);
    expect(startup?.recent.totalCount).toBeLessThan(startup?.all.totalCount ?? 0);
    expect(startup?.recent.edges).toHaveLength(Math.min(recent, 100));
    expect(startup?.agg.aggregate.count).toBe(recent);
    // only the matching relationships are listed on each edge
    for (const edge of startup?.recent.edges ?? []) {
      expect(edge.relationships.length).toBeGreaterThan(0);
      for (const r of edge.relationships) {
        expect(r.properties.end! >= "2025-01-01").toBe(true);
      }
    }
    expect(startup?.devs.totalCount).toBe(
      await cypherCount(
        `MATCH (:Startup {key: '${key}'})<-[r:MEMBER_OF]-(c:Contributor) WHERE r.domain = 'Développement' AND NOT coalesce(r.status = 'admin', false) RETURN count(DISTINCT c) AS c`,
      ),
    );
    const runtime = await cypherCount(
      "MATCH (:Software {key: 'lasuite:docs'})-[r:DEPENDS_ON]->(p:Package) WHERE r.kind = 'RUNTIME' RETURN count(DISTINCT p) AS c",
    );
    expect(runtime).toBeGreaterThan(0);
    expect(result.data?.softwareByKey.runtime.totalCount).toBe(runtime);
    expect(result.data?.softwareByKey.runtime.totalCount).toBeLessThan(
      result.data?.softwareByKey.all.totalCount ?? 0,
    );
  });

  test("an unknown filter field is a validation error before any database work", async () => {
    const result = await gql(app, `{ startups(where: { nope: { eq: 1 } }) { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.extensions?.statements ?? 0).toBe(0);
  });
});
