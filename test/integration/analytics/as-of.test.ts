/**
 * Time-window analytics default `asOf` to the data's snapshot date recorded by the seed loader,
 * so that their results do not move with the machine's clock.
 */
import { HAND_BUILT_GRAPH } from "./hand-built-graph";
import { setUpAnalytics, tearDownAnalytics, type AnalyticsTestEnv } from "./analytics-test-app";

// curated is left out (an edit date, not a harvest): the snapshot date is suitenumerique's
const MANIFEST = JSON.stringify({
  formatVersion: 1,
  builtFrom: {
    betagouv: { snapshotDate: "2025-11-20" },
    suitenumerique: { snapshotDate: "2025-12-01" },
    curated: { snapshotDate: "2027-01-01" },
  },
});

const QUERY = `{
  criticalMass(of: {label: Software, key: "a"}) {
    activeContributors inactiveContributors
    method { parameters { name value } coverageNotes } }
  criticalityScore(of: {label: Software, key: "a"}) {
    score method { parameters { name value } } }
  sovereigntyExposure(of: {label: Software, key: "a"}, unmaintainedMonths: 12) {
    findings { kind component { key } } method { parameters { name value } } }
}`;

type Method = { parameters: Array<{ name: string; value: string }>; coverageNotes?: string[] };
type Result = {
  criticalMass: { activeContributors: number; inactiveContributors: number; method: Method };
  criticalityScore: { score: number; method: Method };
  sovereigntyExposure: {
    findings: Array<{ kind: string; component: { key: string } }>;
    method: Method;
  };
};

const param = (m: Method, name: string) => m.parameters.find(p => p.name === name)?.value;

describe("asOf defaults to the data's snapshot date", () => {
  let env: AnalyticsTestEnv;
  beforeAll(async () => {
    env = await setUpAnalytics(async t => {
      await t.db.write(HAND_BUILT_GRAPH);
      await t.db.write("CREATE (:SeedState {key: 'snapshot', manifest: $manifest})", {
        manifest: MANIFEST,
      });
    });
  });
  afterAll(async () => {
    jest.useRealTimers();
    await tearDownAnalytics(env);
  });

  test("method shows the snapshot date and where it comes from", async () => {
    const r = await env.data<Result>(QUERY);
    expect(param(r.criticalMass.method, "asOf")).toMatch(/^2025-12-01/);
    expect(param(r.criticalMass.method, "asOfBasis")).toBe("data snapshot date");
    expect(r.criticalMass.method.coverageNotes?.join(" ")).toMatch(/snapshot date 2025-12-01/);
    expect(param(r.criticalityScore.method, "asOf")).toMatch(/^2025-12-01/);
    expect(param(r.sovereigntyExposure.method, "asOf")).toMatch(/^2025-12-01/);
    // c1 (last commit 2025-11-01) and c2 (2025-06-01) are active 12 months before 2025-12-01
    expect(r.criticalMass.activeContributors).toBe(2);
  });

  test("results are the same whatever the machine's clock says", async () => {
    const today = await env.data<Result>(QUERY);
    // only Date is faked: timers keep running so the server and the driver work
    jest.useFakeTimers({
      now: new Date("2031-06-01T12:00:00Z"),
      doNotFake: [
        "hrtime",
        "nextTick",
        "performance",
        "queueMicrotask",
        "setImmediate",
        "clearImmediate",
        "setInterval",
        "clearInterval",
        "setTimeout",
        "clearTimeout",
      ],
    });
    let later: Result;
    try {
      expect(new Date().getUTCFullYear()).toBe(2031);
      later = await env.data<Result>(QUERY);
    } finally {
      jest.useRealTimers();
    }
    expect(later.criticalMass.activeContributors).toBe(today.criticalMass.activeContributors);
    expect(later.criticalMass.inactiveContributors).toBe(today.criticalMass.inactiveContributors);
    expect(later.criticalityScore.score).toBe(today.criticalityScore.score);
    expect(later.sovereigntyExposure.findings).toEqual(today.sovereigntyExposure.findings);
    expect(param(later.criticalMass.method, "asOf")).toBe(param(today.criticalMass.method, "asOf"));
  });

  test("an explicit asOf still wins, and says so", async () => {
    const r = await env.data<{ criticalMass: { activeContributors: number; method: Method } }>(
      `{ criticalMass(of: {label: Software, key: "a"}, asOf: "2027-06-01") {
           activeContributors method { parameters { name value } } } }`,
    );
    expect(param(r.criticalMass.method, "asOfBasis")).toBe("argument");
    expect(r.criticalMass.activeContributors).toBe(0);
  });
});
