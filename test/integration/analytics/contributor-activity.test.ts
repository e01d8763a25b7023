/**
 * `contributorActivity`: contributors over time in one call, on a fixture graph whose series is
 * known by hand, and checked against `criticalMass` windows (the same membership rule).
 */
import type { ActivityPeriod } from "../../../src/analytics/contributor-activity";
import { setUpAnalytics, tearDownAnalytics, type AnalyticsTestEnv } from "./analytics-test-app";

/**
 * Software s (key 'tool') with two repositories; c1 (affiliated to o1) commits 2022-07-01 →
 * 2023-06-30 (365 days, 365 commits: one a day) on r1 and 10 commits in 2024 on r2; c2
 * (unaffiliated) 4 commits in March 2023 on r1; a bot 100 commits in 2023 on r1.
 */
const FIXTURE = `
CREATE (s:Software {key: 'tool', name: 'Tool'}),
       (r1:Repository {key: 'forge/r1', name: 'r1'})-[:IMPLEMENTS]->(s),
       (r2:Repository {key: 'forge/r2', name: 'r2'})-[:IMPLEMENTS]->(s),
       (o1:Organization {key: 'o1', name: 'Org 1'}),
       (c1:Contributor {key: 'git:c1', sector: 'UNKNOWN', isBot: false}),
       (c2:Contributor {key: 'git:c2', sector: 'UNKNOWN', isBot: false}),
       (bot:Contributor {key: 'git:bot', sector: 'UNKNOWN', isBot: true}),
       (c1)-[:AFFILIATED_WITH {sector: 'STATE', confidence: 'high'}]->(o1),
       (c1)-[:CONTRIBUTES_TO {commits: 365, firstCommit: '2022-07-01', lastCommit: '2023-06-30'}]->(r1),
       (c1)-[:CONTRIBUTES_TO {commits: 10, firstCommit: '2024-02-01', lastCommit: '2024-02-10'}]->(r2),
       (c2)-[:CONTRIBUTES_TO {commits: 4, firstCommit: '2023-03-01', lastCommit: '2023-03-20'}]->(r1),
       (bot)-[:CONTRIBUTES_TO {commits: 100, firstCommit: '2023-01-01', lastCommit: '2023-12-31'}]->(r1),
       (lonely:Software {key: 'lonely', name: 'No data'})
`;

const SERIES = `query A($key: String!, $granularity: ActivityGranularity, $from: String, $to: String, $excludeBots: Boolean) {
  contributorActivity(of: {kind: SOFTWARE, key: $key}, granularity: $granularity, from: $from, to: $to, excludeBots: $excludeBots) {
    subject { key } contributionKind granularity
    periods { label from to activeContributors newContributors contributions unaffiliatedContributors unknownAffiliationShare }
    method { name parameters { name value } coverageNotes }
  } }`;

interface Series {
  contributorActivity: {
    subject: { key: string };
    contributionKind: string;
    granularity: string;
    periods: ActivityPeriod[];
    method: {
      name: string;
      parameters: { name: string; value: string }[];
      coverageNotes: string[];
    };
  };
}

describe("contributorActivity on a fixture graph", () => {
  let env: AnalyticsTestEnv;
  beforeAll(async () => {
    env = await setUpAnalytics(t => t.db.write(FIXTURE).then(() => undefined));
  });
  afterAll(() => tearDownAnalytics(env));

  test("yearly series from the first contribution to `to`: active, new, spread commits, unaffiliated share", async () => {
    const { contributorActivity: a } = await env.data<Series>(SERIES, {
      key: "tool",
      to: "2025-06-30",
    });
    expect(a.subject.key).toBe("tool");
    expect(a.contributionKind).toBe("COMMITS");
    expect(a.granularity).toBe("YEAR");
    expect(a.periods.map(p => p.label)).toEqual(["2022", "2023", "2024", "2025"]);
    const [y2022, y2023, y2024, y2025] = a.periods;
    expect(y2022).toEqual({
      label: "2022",
      from: "2022-01-01",
      to: "2022-12-31",
      activeContributors: 1,
      newContributors: 1,
      contributions: 184, // 1 July → 31 December: 184 of c1's 365 days
      unaffiliatedContributors: 0,
      unknownAffiliationShare: 0,
    });
    // c1 (affiliated) and c2 (not); the bot is left out
    expect(y2023).toMatchObject({
      activeContributors: 2,
      newContributors: 1,
      contributions: 181 + 4,
      unaffiliatedContributors: 1,
      unknownAffiliationShare: 0.5,
    });
    expect(y2024).toMatchObject({ activeContributors: 1, newContributors: 0, contributions: 10 });
    expect(y2025).toMatchObject({ activeContributors: 0, contributions: 0 });
    expect(a.method.coverageNotes.join(" ")).toMatch(/1 bot contributor\(s\) excluded/);
    expect(a.method.coverageNotes.join(" ")).toMatch(/estimate/);
  });

  test("each year counts what criticalMass counts for that year's window", async () => {
    const { contributorActivity: a } = await env.data<Series>(SERIES, {
      key: "tool",
      to: "2024-12-31",
    });
    for (const p of a.periods) {
      const { criticalMass } = await env.data<{
        criticalMass: { contributorsInWindow: number; newContributors: number };
      }>(
        `query W($from: String!, $to: String!) { criticalMass(of: {kind: SOFTWARE, key: "tool"}, from: $from, to: $to) { contributorsInWindow newContributors } }`,
        { from: p.from, to: p.to },
      );
      expect([p.label, p.activeContributors, p.newContributors]).toEqual([
        p.label,
        criticalMass.contributorsInWindow,
        criticalMass.newContributors,
      ]);
    }
  });

  test("monthly series from `from`, bots included on demand", async () => {
    const { contributorActivity: a } = await env.data<Series>(SERIES, {
      key: "tool",
      granularity: "MONTH",
      from: "2023-02-15",
      to: "2023-04-01",
      excludeBots: false,
    });
    expect(a.periods.map(p => [p.label, p.activeContributors])).toEqual([
      ["2023-02", 2],
      ["2023-03", 3],
      ["2023-04", 2],
    ]);
    expect(a.periods[1]!.to).toBe("2023-03-31");
    // March: c1 31 commits, c2 4, the bot 100 × 31/365
    expect(a.periods[1]!.contributions).toBeCloseTo(31 + 4 + (100 * 31) / 365, 1);
  });

  test("a subject without contribution data has an empty series and says so", async () => {
    const { contributorActivity: a } = await env.data<Series>(SERIES, {
      key: "lonely",
      to: "2025-01-01",
    });
    expect(a.periods).toEqual([]);
    expect(a.method.coverageNotes.join(" ")).toMatch(/no contribution records/);
  });

  test("bad arguments are BAD_USER_INPUT with the reason; an unknown subject NOT_FOUND", async () => {
    const reversed = await env.error(SERIES, { key: "tool", from: "2024-01-01", to: "2023-01-01" });
    expect(reversed.extensions?.code).toBe("BAD_USER_INPUT");
    expect(reversed.message).toMatch(/from .* is after to/);
    const badDate = await env.error(SERIES, { key: "tool", from: "last year" });
    expect(badDate.extensions?.code).toBe("BAD_USER_INPUT");
    expect(badDate.message).toMatch(/from must be an ISO date/);
    const tooLong = await env.error(SERIES, {
      key: "tool",
      granularity: "MONTH",
      from: "1900-01-01",
      to: "2024-01-01",
    });
    expect(tooLong.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooLong.message).toMatch(/at most 600/);
    const unknown = await env.error(SERIES, { key: "nope" });
    expect(unknown.extensions?.code).toBe("NOT_FOUND");
  });
});
