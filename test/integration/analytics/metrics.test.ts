import { precomputeAnalytics } from "../../../src/services/analytics/precompute";
import { HAND_BUILT_GRAPH } from "./hand-built-graph";
import {
  keys,
  setUpAnalytics,
  tearDownAnalytics,
  type AnalyticsTestEnv,
} from "./analytics-test-app";

type Any = Record<string, never>;
const CM = `query C($key: String!) { criticalMass(of: {kind: SOFTWARE, key: $key}, asOf: "2026-01-01") {
  contributorsAllTime activeContributors inactiveContributors contributorAbsenceFactor elephantFactor
  unknownAffiliationShare organizationHHI effectiveOrganizations
  organizations { organization { kind key name } share }
  sectorShares { sector contributors contributionShare }
  verdict { reached criteria { criterion value passed } } method { parameters { name value } coverageNotes } } }`;

describe("metrics on a hand-built graph", () => {
  let env: AnalyticsTestEnv;
  beforeAll(async () => {
    env = await setUpAnalytics(t => t.db.write(HAND_BUILT_GRAPH).then(() => undefined));
  });
  afterAll(() => tearDownAnalytics(env));

  test("critical mass: CAF, elephant factor, sector shares, verdict", async () => {
    const { criticalMass: r } = await env.data<{ criticalMass: Any & Record<string, unknown> }>(
      CM,
      { key: "a" },
    );
    expect(r).toMatchObject({
      contributorsAllTime: 3,
      activeContributors: 2,
      inactiveContributors: 1,
      contributorAbsenceFactor: 2,
      elephantFactor: 2,
      unknownAffiliationShare: 0.5,
      organizations: [
        { organization: { kind: "ORGANIZATION", key: "o1", name: "Org 1" }, share: 0.5 },
      ],
      sectorShares: [
        { sector: "STATE", contributors: 1, contributionShare: 0.5 },
        { sector: "COMPANY", contributors: 1, contributionShare: 0.25 },
        { sector: "CIVIL_SOCIETY", contributors: 0, contributionShare: 0 },
        { sector: "FOREIGN_STATE", contributors: 0, contributionShare: 0 },
        { sector: "UNKNOWN", contributors: 1, contributionShare: 0.25 },
      ],
    });
    expect(r.organizationHHI).toBeCloseTo(0.375);
    const verdict = r.verdict as unknown as {
      reached: boolean;
      criteria: { criterion: string; passed: boolean }[];
    };
    expect(verdict.reached).toBe(false);
    expect(verdict.criteria.find(c => c.criterion === "contributorAbsenceFactor")?.passed).toBe(
      true,
    );
  });

  test("critical mass without data is zero, with a coverage note", async () => {
    const { criticalMass: r } = await env.data<{
      criticalMass: { contributorsAllTime: number; method: { coverageNotes: string[] } };
    }>(CM, { key: "x" });
    expect(r.contributorsAllTime).toBe(0);
    expect(r.method.coverageNotes.join(" ")).toMatch(/no COMMITS contribution data/);
  });

  test("reuse matrix: cells with evidence and totals; breadth", async () => {
    const { reuseMatrix: m } = await env.data<{
      reuseMatrix: {
        rows: {
          software: { key: string };
          usingOrganizations: number;
          usingMinistries: number;
          ministryHHI: number;
        }[];
        columns: { column: { key: string }; software: number }[];
        cells: {
          software: { key: string };
          column: { key: string };
          evidence: { relationship: string; user: { key: string }; via: { key: string } | null }[];
        }[];
      };
    }>(
      `{ reuseMatrix { rows { software { key } usingOrganizations usingMinistries ministryHHI }
         columns { column { key } software } cells { software { key } column { key } evidence { relationship user { key } via { key } } } } }`,
    );
    expect(
      m.rows.map(r => [r.software.key, r.usingOrganizations, r.usingMinistries, r.ministryHHI]),
    ).toEqual([
      ["b", 1, 1, 1],
      ["d", 1, 1, 1],
      ["x", 1, 1, 1],
    ]);
    expect(m.columns.map(c => [c.column.key, c.software])).toEqual([
      ["m1", 1],
      ["m2", 1],
      ["m3", 1],
    ]);
    const b = m.cells.find(c => c.software.key === "b");
    expect(b?.evidence).toEqual([
      { relationship: "PRODUCES<-SPONSORED_BY", user: { key: "o2" }, via: { key: "st2" } },
    ]);
    const none = await env.data<{
      reuseBreadth: { usingOrganizations: number; ministryHHI: number | null };
    }>(`{ reuseBreadth(of: {kind: SOFTWARE, key: "a"}) { usingOrganizations ministryHHI } }`);
    expect(none.reuseBreadth).toEqual({ usingOrganizations: 0, ministryHHI: null });
  });

  test("sovereignty: proprietary package at depth 2 with its path; unknown licences give no finding", async () => {
    const { sovereigntyExposure: s } = await env.data<{
      sovereigntyExposure: {
        findings: {
          kind: string;
          component: { key: string };
          depth: number;
          examplePath: { key: string }[];
        }[];
        summary: { components: number; licenceClasses: { licenceClass: string; count: number }[] };
      };
    }>(
      `{ sovereigntyExposure(of: {kind: STARTUP, key: "st1"}, asOf: "2026-01-01") { findings { kind component { key } depth examplePath { key } }
         summary { components licenceClasses { licenceClass count } } } }`,
    );
    expect(s.findings).toEqual([
      {
        kind: "PROPRIETARY_LICENCE",
        component: { key: "npm:prop" },
        depth: 2,
        examplePath: [{ key: "a" }, { key: "c" }, { key: "npm:prop" }],
      },
    ]);
    expect(s.summary.components).toBe(10);
  });

  test("criticality: missing signals are reported, not zero", async () => {
    const q = `query Q($key: String!) { criticalityScore(of: {kind: SOFTWARE, key: $key}, asOf: "2026-01-01") {
      score missingSignals breakdown { signal value missing contribution } } }`;
    const a = (
      await env.data<{
        criticalityScore: {
          score: number;
          missingSignals: string[];
          breakdown: { signal: string; value: number | null; contribution: number | null }[];
        };
      }>(q, { key: "a" })
    ).criticalityScore;
    expect(a.missingSignals).toEqual([]);
    expect(a.breakdown.find(b => b.signal === "contributor_count")?.value).toBe(3);
    expect(a.breakdown.reduce((s, b) => s + (b.contribution ?? 0), 0)).toBeCloseTo(a.score);
    const x = (await env.data<{ criticalityScore: { missingSignals: string[] } }>(q, { key: "x" }))
      .criticalityScore;
    expect(x.missingSignals).toEqual([
      "contributor_count",
      "organization_count",
      "months_since_update",
      "months_since_creation",
    ]);
  });

  test("single points of failure: chain articulation points and bridges, ranked by exposure", async () => {
    const { singlePointsOfFailure: s } = await env.data<{
      singlePointsOfFailure: {
        items: {
          kind: string;
          node: { key: string };
          other: { key: string } | null;
          exposedConsumers: number;
        }[];
      };
    }>(
      `{ singlePointsOfFailure(kinds: [ARTICULATION_POINT, BRIDGE], minExposure: 0, limit: 100) { items { kind node { key } other { key } exposedConsumers } } }`,
    );
    const aps = s.items
      .filter(i => i.kind === "ARTICULATION_POINT")
      .map(i => i.node.key)
      .sort();
    expect(aps).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "x"]);
    expect(
      s.items.find(i => i.kind === "ARTICULATION_POINT" && i.node.key === "e")?.exposedConsumers,
    ).toBe(3);
    expect(s.items.find(i => i.kind === "BRIDGE" && i.node.key === "i")?.other?.key).toBe("h");
  });

  test("precomputed centralities are stored and sortable", async () => {
    const summary = await precomputeAnalytics(env.testDb.db);
    expect(summary.nodes).toBe(18);
    const { centralityRanking: r } = await env.data<{
      centralityRanking: {
        entries: {
          node: { key: string };
          inDegree: number;
          transitiveDependents: number;
          communityId: number;
        }[];
        method: { name: string };
      };
    }>(
      `{ centralityRanking(sortBy: inDegree, labels: [Software], limit: 3) { entries { node { key } inDegree transitiveDependents communityId } method { name } } }`,
    );
    expect(r.entries.map(e => [e.node.key, e.inDegree])).toEqual([
      ["b", 3],
      ["d", 3],
      ["a", 1],
    ]);
    expect(r.method.name).toMatch(/Precomputed/);
    // the same ranking in the current vocabulary, two pages of 2 with a cursor
    type Page = {
      centralityRanking: {
        entries: { node: { key: string; kind: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const RANK = `query R($after: String) { centralityRanking(sort: [{ inDegree: DESC }], kinds: [SOFTWARE], first: 2, after: $after) {
      entries { node { key kind } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await env.data<Page>(RANK)).centralityRanking;
    expect(first.entries.map(e => e.node.key)).toEqual(["b", "d"]);
    expect(first.entries.every(e => e.node.kind === "SOFTWARE")).toBe(true);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await env.data<Page>(RANK, { after: first.pageInfo.endCursor }))
      .centralityRanking;
    expect(second.entries[0]?.node.key).toBe("a");
    const asc = await env.error(
      `{ centralityRanking(sort: [{ inDegree: ASC }]) { entries { node { key } } } }`,
    );
    expect(asc.extensions?.code).toBe("BAD_USER_INPUT");
    const c = await env.data<{ communities: { communities: { size: number }[] } }>(
      `{ communities { communities { size } } }`,
    );
    expect(c.communities.communities.reduce((s, x) => s + x.size, 0)).toBe(18);
  });

  test("connection path between a ministry and a tool, stable tie-break", async () => {
    const { connectionPath: p } = await env.data<{
      connectionPath: {
        length: number;
        nodes: { key: string }[];
        steps: { relationship: string; forward: boolean }[];
        shortestPaths: number;
      };
    }>(
      `{ connectionPath(from: {kind: MINISTRY, key: "m1"}, to: {kind: SOFTWARE, key: "a"}) { length nodes { key } steps { relationship forward } shortestPaths } }`,
    );
    // three paths of length 4 (via d-b, d-c, or the contributor of a's repository): smallest kept
    expect(keys(p.nodes)).toEqual(["m1", "o1", "git:c1", "forge/a", "a"]);
    expect(p.steps.map(s => [s.relationship, s.forward])).toEqual([
      ["PART_OF", false],
      ["AFFILIATED_WITH", false],
      ["CONTRIBUTES_TO", true],
      ["IMPLEMENTS", true],
    ]);
    expect(p.shortestPaths).toBe(3);
    const none = await env.data<{ connectionPath: { length: number | null } }>(
      `{ connectionPath(from: {kind: MINISTRY, key: "m3"}, to: {kind: SOFTWARE, key: "a"}) { length } }`,
    );
    expect(none.connectionPath.length).toBeNull();
  });

  test("contributions without dates are counted as undated, never an internal error", async () => {
    await env.testDb.db.write(
      `MATCH (y:Software {key: 'y'})
       CREATE (r:Repository {key: 'forge/y', name: 'y'})-[:IMPLEMENTS]->(y),
              (c4:Contributor {key: 'git:c4', sector: 'COMPANY', isBot: false}),
              (c5:Contributor {key: 'git:c5', sector: 'COMPANY', isBot: false}),
              (c4)-[:CONTRIBUTES_TO {commits: 3, firstCommit: '2025-03-01', lastCommit: '2025-09-01'}]->(r),
              (c5)-[:CONTRIBUTES_TO {commits: 7}]->(r)`,
    );
    const { criticalMass: r } = await env.data<{
      criticalMass: {
        contributorsAllTime: number;
        activeContributors: number;
        method: { parameters: { name: string; value: string }[]; coverageNotes: string[] };
      };
    }>(CM, { key: "y" });
    expect(r.contributorsAllTime).toBe(1);
    expect(r.activeContributors).toBe(1);
    expect(r.method.parameters).toContainEqual({ name: "undatedRecords", value: "1" });
    expect(r.method.coverageNotes.join(" ")).toMatch(/1 contribution record\(s\) without any date/);
    const { contributorActivity: a } = await env.data<{
      contributorActivity: {
        periods: { activeContributors: number }[];
        method: { coverageNotes: string[] };
      };
    }>(
      `{ contributorActivity(of: {kind: SOFTWARE, key: "y"}, to: "2025-12-31") {
          periods { activeContributors } method { coverageNotes } } }`,
    );
    expect(Math.max(...a.periods.map(p => p.activeContributors))).toBe(1);
    expect(a.method.coverageNotes.join(" ")).toMatch(/without any date/);
  });
});
