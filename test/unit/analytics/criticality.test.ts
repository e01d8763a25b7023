import {
  criticalityScore,
  normaliseSignal,
  PIKE_ORIGINAL,
  type CriticalityProfile,
} from "../../../src/analytics";

const ln = Math.log;

describe("normaliseSignal", () => {
  const contributors = { signal: "c", weight: 2, upper: 5000, description: "" };
  const updated = { signal: "u", weight: 1, upper: 120, smallerIsBetter: true, description: "" };

  it("log-scales and caps: log(1+v)/log(1+T)", () => {
    expect(normaliseSignal(99, contributors)).toBeCloseTo(ln(100) / ln(5001), 12); // ≈ 0.540677
    expect(normaliseSignal(99, contributors)).toBeCloseTo(0.540677, 5);
    expect(normaliseSignal(5000, contributors)).toBe(1);
    expect(normaliseSignal(10_000, contributors)).toBe(1);
    expect(normaliseSignal(0, contributors)).toBe(0);
    expect(normaliseSignal(-3, contributors)).toBe(0);
  });

  it("flips smaller-is-better signals", () => {
    expect(normaliseSignal(0, updated)).toBe(1);
    expect(normaliseSignal(120, updated)).toBe(0);
    expect(normaliseSignal(500, updated)).toBe(0);
    expect(normaliseSignal(3, updated)).toBeCloseTo(ln(118) / ln(121), 12);
  });

  it("supports lower bounds and the linear distribution", () => {
    const spec = {
      signal: "x",
      weight: 1,
      lower: 10,
      upper: 110,
      distribution: "linear" as const,
      description: "",
    };
    expect(normaliseSignal(60, spec)).toBe(0.5);
    expect(normaliseSignal(5, spec)).toBe(0);
  });

  it("rejects NaN and empty ranges", () => {
    expect(() => normaliseSignal(Number.NaN, contributors)).toThrow(RangeError);
    expect(() => normaliseSignal(1, { ...contributors, upper: 0 })).toThrow(RangeError);
  });
});

describe("criticalityScore, PIKE_ORIGINAL", () => {
  it("has the exact OpenSSF defaults", () => {
    expect(
      PIKE_ORIGINAL.signals.map(s => [s.signal, s.weight, s.upper, s.smallerIsBetter === true]),
    ).toEqual([
      ["created_since", 1, 120, false],
      ["updated_since", 1, 120, true],
      ["contributor_count", 2, 5000, false],
      ["org_count", 1, 10, false],
      ["commit_frequency", 1, 1000, false],
      ["recent_release_count", 0.5, 26, false],
      ["updated_issues_count", 0.5, 5000, false],
      ["closed_issues_count", 0.5, 5000, false],
      ["issue_comment_frequency", 1, 15, false],
      ["github_mention_count", 2, 500000, false],
    ]);
  });

  it("scores 1 when every signal is at its best", () => {
    const r = criticalityScore(
      {
        created_since: 120,
        updated_since: 0,
        contributor_count: 5000,
        org_count: 10,
        commit_frequency: 1000,
        recent_release_count: 26,
        updated_issues_count: 5000,
        closed_issues_count: 5000,
        issue_comment_frequency: 15,
        github_mention_count: 500000,
      },
      "PIKE_ORIGINAL",
    );
    expect(r.score).toBeCloseTo(1, 12);
    expect(r.missingSignals).toEqual([]);
  });

  it("averages over present signals only: (2·1 + 1·0) / 3", () => {
    const r = criticalityScore({ contributor_count: 5000, org_count: 0 }, "PIKE_ORIGINAL");
    expect(r.score).toBeCloseTo(2 / 3, 12);
    const contributors = r.breakdown.find(b => b.signal === "contributor_count");
    expect(contributors).toMatchObject({
      value: 5000,
      weight: 2,
      threshold: 5000,
      normalised: 1,
      missing: false,
    });
    expect(contributors?.contribution).toBeCloseTo(2 / 3, 12);
    const mentions = r.breakdown.find(b => b.signal === "github_mention_count");
    expect(mentions).toMatchObject({
      value: null,
      normalised: null,
      contribution: null,
      missing: true,
    });
    expect(r.missingSignals).toHaveLength(8);
  });

  it("does not read a missing signal as zero", () => {
    expect(criticalityScore({ org_count: 10 }, "PIKE_ORIGINAL").score).toBe(1);
    expect(criticalityScore({ org_count: 10, created_since: null }, "PIKE_ORIGINAL").score).toBe(1);
  });

  it("created_since 9 months = log 10 / log 121 ≈ 0.480128", () => {
    expect(criticalityScore({ created_since: 9 }, "PIKE_ORIGINAL").score).toBeCloseTo(0.480128, 5);
  });

  it("returns null without any signal and lists ignored keys", () => {
    const r = criticalityScore({ stars: 12 }, "PIKE_ORIGINAL");
    expect(r.score).toBeNull();
    expect(r.ignoredSignals).toEqual(["stars"]);
    expect(r.profile).toBe("PIKE_ORIGINAL");
  });
});

describe("criticalityScore, ECOSYSTEM_FR", () => {
  it("computes a hand-checked score and labels the profile as ours", () => {
    const r = criticalityScore(
      {
        contributor_count: 4,
        organization_count: 1,
        ministries_using_count: 2,
        organizations_using_count: 9,
        transitive_dependents_count: null,
        months_since_update: 3,
        months_since_creation: 24,
      },
      "ECOSYSTEM_FR",
      "2025-01-01T00:00:00.000Z",
    );
    const expected =
      (2 * (ln(5) / ln(5001)) + // 2 × 0.188959
        ln(2) / ln(11) + // 0.289065
        2 * (ln(3) / ln(31)) + // 2 × 0.319923
        ln(10) / ln(101) + // 0.498922
        ln(118) / ln(121) + // 0.994765
        ln(25) / ln(121)) / // 0.671188 → 3.471704 / 8
      8;
    expect(r.score).toBeCloseTo(expected, 12);
    expect(r.score).toBeCloseTo(0.433963, 5);
    expect(r.missingSignals).toEqual(["transitive_dependents_count"]);
    expect(r.breakdown.reduce((s, b) => s + (b.contribution ?? 0), 0)).toBeCloseTo(
      r.score ?? 0,
      12,
    );
    expect(r.method.name).toContain("(ours)");
    expect(r.method.coverageNotes).toEqual(["missing signals: transitive_dependents_count"]);
  });

  it("accepts a custom profile", () => {
    const custom: CriticalityProfile = {
      name: "ECOSYSTEM_FR",
      origin: "ours",
      references: [],
      signals: [{ signal: "x", weight: 3, upper: 9, description: "" }],
    };
    expect(criticalityScore({ x: 9 }, custom).score).toBe(1);
  });
});
