import { criticalMass, type Contribution, type Sector } from "../../../src/analytics";

const AS_OF = "2024-12-31";
const NOW = "2025-01-01T00:00:00.000Z";

function c(
  id: string,
  commits: number,
  firstCommit: string,
  lastCommit: string,
  org: string | null = null,
  sector: Sector = "UNKNOWN",
  isBot = false,
): Contribution {
  return {
    contributorId: id,
    organizationKey: org,
    sector,
    commits,
    firstCommit,
    lastCommit,
    isBot,
  };
}

// The CHAOSS worked example (1000, 202, 90, 33, 332, 343, 42, 433), each person in their own organisation.
// asOf "2024-12-31" = end of that day; active = last contribution after 2023-12-31T23:59:59.999Z.
const CHAOSS: Contribution[] = [
  c("c1", 1000, "2019-01-01", "2024-06-01", "o1", "STATE"), // active
  c("c2", 202, "2020-01-01", "2022-01-01", "o2", "COMPANY"), // inactive
  c("c3", 90, "2024-03-01", "2024-04-01", "o3", "COMPANY"), // active, new
  c("c4", 33, "2023-05-01", "2023-06-01", "o4", "CIVIL_SOCIETY"), // inactive
  c("c5", 332, "2021-01-01", "2024-12-01", "o5", "STATE"), // active
  c("c6", 343, "2018-01-01", "2023-12-31", "o6", "FOREIGN_STATE"), // inactive: last day before the 12 months
  c("c7", 42, "2024-11-01", "2024-11-02", "o7", "UNKNOWN"), // active, new
  c("c8", 433, "2022-01-01", "2024-01-15", "o8", "STATE"), // active
];

describe("criticalMass on the CHAOSS worked example (all-time)", () => {
  const r = criticalMass(CHAOSS, { asOf: AS_OF, computedAt: NOW });

  it("gives CAF 2 and EF 2", () => {
    expect(r.contributorAbsenceFactor).toBe(2);
    expect(r.elephantFactor).toBe(2);
    expect(r.contributionsInWindow).toBe(2475);
  });

  it("counts contributors, active / inactive and new ones", () => {
    expect(r.contributorsAllTime).toBe(8);
    expect(r.contributorsInWindow).toBe(8);
    expect(r.activeContributors).toBe(5);
    expect(r.inactiveContributors).toBe(3);
    expect(r.newContributors).toBe(2); // first contribution during 2024: c3, c7
  });

  it("computes organisations, HHI and effective number", () => {
    expect(r.organizations).toHaveLength(8);
    expect(r.organizations[0]).toEqual({ key: "o1", contributions: 1000, share: 1000 / 2475 });
    expect(r.organizations[1]?.key).toBe("o8");
    // Σ x² = 1,000,000 + 40,804 + 8,100 + 1,089 + 110,224 + 117,649 + 1,764 + 187,489 = 1,467,119
    expect(r.organizationHHI).toBeCloseTo(1467119 / 2475 ** 2, 12);
    expect(r.effectiveOrganizations).toBeCloseTo(2475 ** 2 / 1467119, 12);
    expect(r.unknownAffiliationShare).toBe(0);
  });

  it("reports all five sectors", () => {
    expect(r.sectorShares.map(s => s.sector)).toEqual([
      "STATE",
      "COMPANY",
      "CIVIL_SOCIETY",
      "FOREIGN_STATE",
      "UNKNOWN",
    ]);
    const state = r.sectorShares[0]!;
    expect(state.contributors).toBe(3);
    expect(state.contributorShare).toBeCloseTo(3 / 8, 12);
    expect(state.contributions).toBe(1765);
    expect(state.contributionShare).toBeCloseTo(1765 / 2475, 12);
    expect(r.sectorShares[3]).toEqual({
      sector: "FOREIGN_STATE",
      contributors: 1,
      contributorShare: 1 / 8,
      contributions: 343,
      contributionShare: 343 / 2475,
    });
  });

  it("cuts the onion 4 / 2 / 2", () => {
    expect(r.onion).toEqual({ core: 4, regular: 2, casual: 2 });
  });

  it("fails the verdict on active contributors only, with one reason per criterion", () => {
    expect(r.verdict.reached).toBe(false);
    expect(r.verdict.reasons).toEqual([
      "failed: activeContributors = 5 < 10",
      "passed: contributorAbsenceFactor = 2 ≥ 2",
      "passed: elephantFactor = 2 ≥ 2",
      "passed: organizations = 8 ≥ 3",
    ]);
    const relaxed = criticalMass(CHAOSS, { asOf: AS_OF, verdict: { minActiveContributors: 5 } });
    expect(relaxed.verdict.reached).toBe(true);
  });

  it("documents its method", () => {
    expect(r.method.computedAt).toBe(NOW);
    expect(r.method.parameters).toMatchObject({
      asOf: "2024-12-31T23:59:59.999Z",
      activeIntervalMonths: 12,
      threshold: 0.5,
      excludeBots: true,
      unaffiliated: "EACH_OWN_UNIT",
      from: null,
      to: null,
      minActiveContributors: 10,
    });
    expect(r.method.references).toContain("https://chaoss.community/?p=3944");
  });

  it("gives EF 2 too when everybody is unaffiliated and each is their own unit", () => {
    const unaffiliated = CHAOSS.map(x => ({ ...x, organizationKey: null }));
    const u = criticalMass(unaffiliated, { asOf: AS_OF });
    expect(u.elephantFactor).toBe(2);
    expect(u.organizations).toEqual([]);
    expect(u.unknownAffiliationShare).toBe(1);
  });
});

describe("criticalMass unaffiliated policies", () => {
  // X 50 (org), B 40 and C 30 unaffiliated; total 120, half 60.
  const rows = [
    c("a", 50, "2024-01-01", "2024-02-01", "X", "STATE"),
    c("b", 40, "2024-01-01", "2024-02-01"),
    c("c", 30, "2024-01-01", "2024-02-01"),
  ];

  it("EACH_OWN_UNIT: 50, 40, 30 → EF 2, HHI 5000/14400", () => {
    const r = criticalMass(rows, { asOf: AS_OF });
    expect(r.elephantFactor).toBe(2);
    expect(r.organizationHHI).toBeCloseTo(5000 / 14400, 12);
    expect(r.unknownAffiliationShare).toBeCloseTo(70 / 120, 12);
    expect(r.organizations).toEqual([{ key: "X", contributions: 50, share: 50 / 120 }]);
  });

  it("ONE_UNIT: unaffiliated 70 > 60 → EF 1", () => {
    const r = criticalMass(rows, { asOf: AS_OF, unaffiliated: "ONE_UNIT" });
    expect(r.elephantFactor).toBe(1);
    expect(r.organizationHHI).toBeCloseTo(7400 / 14400, 12);
  });

  it("EXCLUDE: only X remains → EF 1, HHI 1", () => {
    const r = criticalMass(rows, { asOf: AS_OF, unaffiliated: "EXCLUDE" });
    expect(r.elephantFactor).toBe(1);
    expect(r.organizationHHI).toBe(1);
    expect(r.unknownAffiliationShare).toBeCloseTo(70 / 120, 12);
  });

  it("checks the maximum unknown share when asked", () => {
    const r = criticalMass(rows, { asOf: AS_OF, verdict: { maxUnknownShare: 0.5 } });
    expect(r.verdict.reasons).toContain("failed: unknownAffiliationShare = 0.583 > 0.5");
  });
});

describe("criticalMass ties, empty and bots", () => {
  it("ties: four people with 5 commits each → CAF 3", () => {
    const rows = ["a", "b", "c", "d"].map(id => c(id, 5, "2024-05-01", "2024-05-01", id));
    const r = criticalMass(rows, { asOf: AS_OF });
    expect(r.contributorAbsenceFactor).toBe(3);
    expect(r.elephantFactor).toBe(3);
    expect(r.effectiveOrganizations).toBeCloseTo(4, 12);
  });

  it("empty input: zeros, all sectors present, verdict not reached", () => {
    const r = criticalMass([], { asOf: AS_OF });
    expect(r).toMatchObject({
      contributorsAllTime: 0,
      contributorsInWindow: 0,
      activeContributors: 0,
      newContributors: 0,
      inactiveContributors: 0,
      contributorAbsenceFactor: 0,
      elephantFactor: 0,
      organizations: [],
      organizationHHI: null,
      effectiveOrganizations: 0,
      unknownAffiliationShare: 0,
      onion: { core: 0, regular: 0, casual: 0 },
    });
    expect(r.sectorShares).toHaveLength(5);
    expect(r.sectorShares.every(s => s.contributions === 0 && s.contributorShare === 0)).toBe(true);
    expect(r.verdict.reached).toBe(false);
  });

  it("all bots: excluded by default, counted when asked", () => {
    const bots = [
      c("bot1", 10, "2024-01-01", "2024-02-01", "gh", "COMPANY", true),
      c("bot2", 20, "2024-01-01", "2024-02-01", "gh", "COMPANY", true),
    ];
    const r = criticalMass(bots, { asOf: AS_OF });
    expect(r.contributorsAllTime).toBe(0);
    expect(r.contributorAbsenceFactor).toBe(0);
    expect(r.method.coverageNotes).toContain("2 bot contributor(s) excluded");
    const withBots = criticalMass(bots, { asOf: AS_OF, excludeBots: false });
    expect(withBots.contributorsAllTime).toBe(2);
    expect(withBots.contributorAbsenceFactor).toBe(1);
  });

  it("ignores zero-commit records and rejects inconsistent ones", () => {
    expect(
      criticalMass([c("z", 0, "2024-01-01", "2024-01-01")], { asOf: AS_OF }).contributorsAllTime,
    ).toBe(0);
    expect(() => criticalMass([c("z", 1, "2024-02-01", "2024-01-01")], { asOf: AS_OF })).toThrow(
      RangeError,
    );
    expect(() => criticalMass([c("z", -1, "2024-01-01", "2024-01-01")], { asOf: AS_OF })).toThrow(
      RangeError,
    );
    expect(() => criticalMass([], { asOf: AS_OF, threshold: 1 })).toThrow(RangeError);
    expect(() => criticalMass([], { asOf: "not a date" })).toThrow(RangeError);
  });
});

describe("criticalMass windows", () => {
  it("counts only records overlapping the window (partial overlaps in full)", () => {
    const r = criticalMass(CHAOSS, { window: { from: "2024-01-01", to: "2024-12-31" } });
    // in window: c1 1000 (partial), c3 90, c5 332 (partial), c7 42, c8 433 (partial); c6 ends 2023-12-31
    expect(r.contributorsInWindow).toBe(5);
    expect(r.contributionsInWindow).toBe(1897);
    expect(r.contributorAbsenceFactor).toBe(1); // 1000 > 948.5
    expect(r.contributorsAllTime).toBe(8);
    expect(r.newContributors).toBe(2); // c3, c7
    expect(r.method.parameters.asOf).toBe("2024-12-31T23:59:59.999Z"); // defaults to window.to
    expect(r.method.coverageNotes).toContain(
      "3 record(s) overlap a window bound and are counted in full",
    );
  });

  it("sums monthly records per contributor inside the window only", () => {
    const rows = [
      c("x", 10, "2023-06-01", "2023-06-30", "A"),
      c("x", 5, "2024-02-01", "2024-02-29", "A"),
      c("y", 4, "2024-03-01", "2024-03-31", "B"),
      c("y", 2, "2024-04-01", "2024-04-30", "C"), // y changed employer: commits follow the record
    ];
    const r = criticalMass(rows, { window: { from: "2024-01-01", to: "2024-12-31" } });
    expect(r.contributionsInWindow).toBe(11);
    expect(r.contributorAbsenceFactor).toBe(1); // y 6, x 5: 6 > 5.5
    expect(r.elephantFactor).toBe(2); // A 5, B 4, C 2: 5 is not > 5.5, 9 is
    expect(r.organizations.map(o => o.key)).toEqual(["A", "B", "C"]);
  });

  it("date-only bounds cover the whole day; the active interval is 12 calendar months", () => {
    const rows = [
      c("in", 1, "2024-01-01", "2024-01-01"), // first day of the interval: active
      c("out", 1, "2023-12-31T23:00:00Z", "2023-12-31T23:00:00Z"), // last hour before: inactive
      c("late", 1, "2024-12-31T15:00:00Z", "2024-12-31T15:00:00Z"), // afternoon of window.to
    ];
    const r = criticalMass(rows, { window: { from: "2024-01-01", to: "2024-12-31" } });
    expect(r.activeContributors).toBe(2);
    expect(r.inactiveContributors).toBe(1);
    expect(r.contributorsInWindow).toBe(2);
    expect(r.newContributors).toBe(2);
    const monthly = criticalMass(rows, { window: { from: "2024-01", to: "2024-12" } });
    expect(monthly.method.parameters.to).toBe("2024-12-31T23:59:59.999Z");
  });

  it("records starting after asOf do not make someone active", () => {
    const rows = [
      c("late", 3, "2025-03-01", "2025-03-02"),
      c("old", 3, "2020-01-01", "2020-02-01"),
    ];
    const r = criticalMass(rows, { asOf: AS_OF });
    expect(r.activeContributors).toBe(0);
    expect(r.inactiveContributors).toBe(1);
    expect(r.contributorsAllTime).toBe(2);
  });
});
