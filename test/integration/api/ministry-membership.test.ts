/**
 * "Belongs to ministry M" (docs/data-model.md): one definition behind entity fields, filters,
 * groupBy and the analytics roll-ups, on a small graph where the ministry's own organisation file
 * (SAME_AS) sponsors, owns and uses things.
 */
import { ministriesOf } from "../../../src/read/model";
import {
  keys,
  setUpAnalytics,
  tearDownAnalytics,
  type AnalyticsTestEnv,
} from "../analytics/analytics-test-app";

/**
 * m:armees ← SAME_AS org `armees` (the ministry's own file); org `dga` PART_OF armees;
 * org `mc` SAME_AS m:culture; org `dinum` PART_OF m:pm.
 * s1 SPONSORED_BY armees, s2 SPONSORED_BY dga, s3 SPONSORED_BY mc and INCUBATED_BY an incubator
 * owned by dinum (the incubator's owner does not count), s4 no sponsor, incubated by `fab` (owned
 * by org armees): belongs to no ministry.
 * Repositories: r1 OWNED_BY m:armees, r2 OWNED_BY dga, r3 OWNED_BY org armees (hosted on
 * account f1 held by org armees), r4 OWNED_BY dinum, r5 no owner.
 * Software app DEPENDS_ON lib; s1 PRODUCES app; org mc USES app. r2 IMPLEMENTS lib and has one
 * contributor (snapshot 2026-08-21); r5 was not read; r2 DEPENDS_ON npm:p1 (published from r3) DEPENDS_ON npm:p2 (unresolved).
 */
const GRAPH = `
CREATE (armees:Ministry {key: 'armees', name: 'Armées'}),
       (culture:Ministry {key: 'culture', name: 'Culture'}),
       (pm:Ministry {key: 'premier-ministre', name: 'Premier ministre'}),
       (oa:Organization {key: 'armees', name: 'Ministère des Armées (fiche)'})-[:SAME_AS]->(armees),
       (dga:Organization {key: 'dga', name: 'DGA'})-[:PART_OF]->(armees),
       (mc:Organization {key: 'mc', name: 'Ministère de la Culture (fiche)'})-[:SAME_AS]->(culture),
       (dinum:Organization {key: 'dinum', name: 'DINUM'})-[:PART_OF]->(pm),
       (beta:Incubator {key: 'beta', name: 'beta'})-[:OWNED_BY]->(dinum),
       (fab:Incubator {key: 'fab', name: 'Fabrique'})-[:OWNED_BY]->(oa),
       (s1:Startup {key: 's1', title: 'S1'})-[:SPONSORED_BY]->(oa),
       (s2:Startup {key: 's2', title: 'S2'})-[:SPONSORED_BY]->(dga),
       (s3:Startup {key: 's3', title: 'S3'})-[:SPONSORED_BY]->(mc),
       (s3)-[:INCUBATED_BY]->(beta),
       (s4:Startup {key: 's4', title: 'S4'})-[:INCUBATED_BY]->(fab),
       (:Repository {key: 'r1', name: 'r1'})-[:OWNED_BY]->(armees),
       (r2:Repository {key: 'r2', name: 'r2', snapshotDate: '2026-08-21'})-[:OWNED_BY]->(dga),
       (r3:Repository {key: 'r3', name: 'r3'})-[:OWNED_BY]->(oa),
       (f1:ForgeAccount {key: 'github.com/armees'}),
       (r3)-[:HOSTED_BY]->(f1), (oa)-[:HAS_FORGE_ACCOUNT]->(f1),
       (:Repository {key: 'r4', name: 'r4'})-[:OWNED_BY]->(dinum),
       (:Repository {key: 'r5', name: 'r5', gitFactsMissing: 'not available'}),
       (app:Software {key: 'app', name: 'App'})-[:DEPENDS_ON {kind: 'RUNTIME'}]->(lib:Software {key: 'lib', name: 'Lib'}),
       (s1)-[:PRODUCES]->(app), (mc)-[:USES]->(app),
       (r2)-[:IMPLEMENTS]->(lib), (:Contributor {key: 'git:c1'})-[:CONTRIBUTES_TO {commits: 3, firstCommit: '2026-01-05', lastCommit: '2026-07-01'}]->(r2),
       (r2)-[:DEPENDS_ON {kind: 'RUNTIME'}]->(p1:Package {key: 'npm:p1'})-[:DEPENDS_ON {kind: 'RUNTIME'}]->(:Package {key: 'npm:p2'}),
       (p1)-[:PUBLISHED_FROM]->(r3)
`;

type Conn = { totalCount: number; nodes: Array<{ key: string }> };
type Groups = Array<{ key: string | null; count: number }>;

describe("belongs to ministry M: one definition everywhere", () => {
  let env: AnalyticsTestEnv;

  beforeAll(async () => {
    env = await setUpAnalytics(t => t.db.write(GRAPH).then(() => undefined));
  }, 120_000);

  afterAll(() => tearDownAnalytics(env));

  test("Ministry fields count what the ministry's own organisation file sponsors and owns", async () => {
    const d = await env.data<{ ministryByKey: Record<string, Conn> }>(
      `{ ministryByKey(key: "armees") {
           sponsoredStartups { totalCount nodes { key } }
           organizations { totalCount nodes { key } }
           repositories { totalCount nodes { key } }
           forgeAccounts { totalCount nodes { key } }
           incubators { totalCount nodes { key } } } }`,
    );
    const m = d.ministryByKey;
    expect(keys(m.sponsoredStartups.nodes).sort()).toEqual(["s1", "s2"]);
    expect(keys(m.organizations.nodes).sort()).toEqual(["armees", "dga"]);
    expect(keys(m.repositories.nodes).sort()).toEqual(["r1", "r2", "r3"]);
    expect(keys(m.forgeAccounts.nodes)).toEqual(["github.com/armees"]);
    expect(keys(m.incubators.nodes)).toEqual(["fab"]);
  });

  test("the reverse fields, the filters and sort-by-count agree with it", async () => {
    const d = await env.data<Record<string, Conn>>(
      `{ direct: startups(where: { ministries: { some: { key: { eq: "armees" } } } }) { totalCount nodes { key } }
         viaSponsor: startups(where: { sponsors: { some: { ministries: { some: { key: { eq: "armees" } } } } } }) { totalCount nodes { key } }
         without: startups(where: { ministries: { none: {} } }) { totalCount nodes { key } }
         repos: repositories(where: { ministries: { some: { key: { eq: "armees" } } } }) { totalCount nodes { key } }
         orgs: organizations(where: { ministries: { some: { key: { in: ["armees", "culture"] } } } }) { totalCount nodes { key } }
         accounts: forgeAccounts(where: { ministries: { some: { key: { eq: "armees" } } } }) { totalCount }
         ranked: ministries(first: 1, sort: [{ sponsoredStartupsCount: DESC }]) { totalCount nodes { key } } }`,
    );
    expect(keys(d.direct.nodes).sort()).toEqual(["s1", "s2"]);
    expect(keys(d.viaSponsor.nodes).sort()).toEqual(["s1", "s2"]);
    expect(keys(d.without.nodes)).toEqual(["s4"]);
    expect(keys(d.repos.nodes).sort()).toEqual(["r1", "r2", "r3"]);
    expect(keys(d.orgs.nodes).sort()).toEqual(["armees", "dga", "mc"]);
    expect(d.accounts.totalCount).toBe(1);
    expect(keys(d.ranked.nodes)).toEqual(["armees"]);
  });

  test("groupBy ministry counts start-ups, organisations and repositories the same way", async () => {
    const d = await env.data<Record<string, { aggregate: { groupBy: { ministry: Groups } } }>>(
      `{ startups(first: 0) { aggregate { groupBy { ministry { key count } } } }
         organizations(first: 0) { aggregate { groupBy { ministry { key count } } } }
         repositories(first: 0) { aggregate { groupBy { ministry { key count } } } } }`,
    );
    expect(d.startups.aggregate.groupBy.ministry).toEqual([
      { key: "armees", count: 2 },
      { key: "culture", count: 1 },
      { key: null, count: 1 },
    ]);
    expect(d.organizations.aggregate.groupBy.ministry).toEqual([
      { key: "armees", count: 2 },
      { key: "culture", count: 1 },
      { key: "premier-ministre", count: 1 },
    ]);
    expect(d.repositories.aggregate.groupBy.ministry).toEqual([
      { key: "armees", count: 3 },
      { key: "premier-ministre", count: 1 },
      { key: null, count: 1 },
    ]);
  });

  test("exposure and reuse roll consumers up through the same definition", async () => {
    const d = await env.data<{
      exposure: {
        ministries: Array<{ ministry: { key: string }; startups: number; organizations: number }>;
      };
      reuseBreadth: { ministries: Array<{ ministry: { key: string } }> };
    }>(
      `{ exposure(of: { label: Software, key: "lib" }) {
           ministries { ministry { key } startups organizations } }
         reuseBreadth(of: { label: Software, key: "app" }) { ministries { ministry { key } } } }`,
    );
    const exposed = new Map(d.exposure.ministries.map(m => [m.ministry.key, m]));
    expect([...exposed.keys()].sort()).toEqual(["armees", "culture"]);
    expect(exposed.get("armees")?.startups).toBe(1);
    expect(d.reuseBreadth.ministries.map(m => m.ministry.key).sort()).toEqual([
      "armees",
      "culture",
    ]);
  });

  test("ministriesOf(x) gives the same ministries as the entity fields, for every label", async () => {
    const rows = await env.testDb.db.read(
      `MATCH (x) WHERE NOT x:Software
       RETURN labels(x)[0] + ':' + x.key AS node, [m IN ${ministriesOf("x")} | m.key] AS ministries
       ORDER BY node`,
    );
    const byNode = Object.fromEntries(
      rows.map(r => [r.node as string, [...(r.ministries as string[])].sort()]),
    );
    expect(byNode).toMatchObject({
      "Ministry:armees": ["armees"],
      "Organization:armees": ["armees"],
      "Startup:s1": ["armees"],
      "Startup:s3": ["culture"],
      "Startup:s4": [],
      "Incubator:fab": ["armees"],
      "Incubator:beta": ["premier-ministre"],
      "Repository:r1": ["armees"],
      "Repository:r3": ["armees"],
      "Repository:r5": [],
      "ForgeAccount:github.com/armees": ["armees"],
    });
  });

  test("coverage: numerator, denominator and share of each figure, chain depths, ministries without", async () => {
    type Ratio = { numerator: number; denominator: number; share: number | null };
    const d = await env.data<{
      coverage: Record<string, Ratio> & {
        dependencyChains: { roots: number; maxDepth: number; medianDepth: number };
        ministriesWithoutStartup: Array<{ key: string }>;
        ministriesWithoutRepository: Array<{ key: string }>;
        ministriesWithoutKnownTool: Array<{ key: string }>;
        method: { name: string };
        repositoriesNotRead: Array<{ reason: string; count: number }>;
        contributorDataDates: { earliest: string; latest: string };
      };
      criticalMass: { method: { coverageNotes: string[] } };
      exposure: { method: { coverageNotes: string[] } };
    }>(
      `{ coverage {
           repositoriesWithOwner { numerator denominator share }
           repositoriesWithMinistry { numerator denominator share }
           startupsWithMinistry { numerator denominator share }
           softwareWithKnownUser { numerator denominator share }
           softwareWithContributorData { numerator denominator share }
           repositoriesWithContributorData { numerator denominator share }
           packagesResolvedToRepository { numerator denominator share }
           dependencyChains { roots maxDepth medianDepth }
           ministriesWithoutStartup { key } ministriesWithoutRepository { key }
           ministriesWithoutKnownTool { key } method { name }
           repositoriesNotRead { reason count } contributorDataDates { earliest latest } }
         criticalMass(of: { label: Software, key: "lib" }) { method { coverageNotes } }
         exposure(of: { label: Software, key: "lib" }) { method { coverageNotes } } }`,
    );
    const c = d.coverage;
    const ratio = (numerator: number, denominator: number) => ({
      numerator,
      denominator,
      share: numerator / denominator,
    });
    expect(c.repositoriesWithOwner).toEqual(ratio(4, 5));
    expect(c.repositoriesWithMinistry).toEqual(ratio(4, 5));
    expect(c.startupsWithMinistry).toEqual(ratio(3, 4));
    expect(c.softwareWithKnownUser).toEqual(ratio(1, 2));
    expect(c.softwareWithContributorData).toEqual(ratio(1, 2));
    expect(c.repositoriesWithContributorData).toEqual(ratio(1, 5));
    expect(c.packagesResolvedToRepository).toEqual(ratio(1, 2));
    expect(c.dependencyChains).toEqual({ roots: 2, maxDepth: 2, medianDepth: 1.5 });
    expect(keys(c.ministriesWithoutStartup)).toEqual(["premier-ministre"]);
    expect(keys(c.ministriesWithoutRepository)).toEqual(["culture"]);
    expect(keys(c.ministriesWithoutKnownTool)).toEqual(["premier-ministre"]);
    expect(c.repositoriesNotRead).toEqual([{ reason: "not available", count: 1 }]);
    expect(c.contributorDataDates).toEqual({ earliest: "2026-08-21", latest: "2026-08-21" });
    const cm = d.criticalMass.method.coverageNotes.join("\n");
    expect(cm).toContain("1 of 2 software with contributor data");
    expect(cm).toContain("not read for contributors and dependencies: not available 1");
    expect(cm).toContain("2026-08-21 to 2026-08-21");
    const notes = d.exposure.method.coverageNotes.join("\n");
    expect(notes).toContain(
      "coverage (query `coverage`): 3 of 4 start-ups that belong to a ministry",
    );
    expect(notes).toContain("coverage (query `coverage`): 1 of 2 packages resolved");
    expect(notes).toMatch(/dependency chains of 2 root\(s\): max depth 2, median 1\.5/);
  });
});
