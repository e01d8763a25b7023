import { buildMethod, effectiveNumber, hhi, shares, addMonthsUtc } from "../../../src/analytics";

describe("hhi / effectiveNumber", () => {
  it("accepts counts or shares", () => {
    expect(hhi([50, 30, 20])).toBeCloseTo(0.25 + 0.09 + 0.04, 12);
    expect(hhi([0.5, 0.3, 0.2])).toBeCloseTo(0.38, 12);
    expect(effectiveNumber([50, 30, 20])).toBeCloseTo(1 / 0.38, 12);
  });

  it("gives 1/n for n equal units and 1 for a monopoly", () => {
    expect(hhi([3, 3, 3, 3])).toBeCloseTo(0.25, 12);
    expect(effectiveNumber([3, 3, 3, 3])).toBeCloseTo(4, 12);
    expect(hhi([7, 0])).toBe(1);
  });

  it("is undefined (null / 0) without data", () => {
    expect(hhi([])).toBeNull();
    expect(hhi([0, 0])).toBeNull();
    expect(effectiveNumber([])).toBe(0);
  });

  it("rejects negative counts", () => {
    expect(() => hhi([-1, 2])).toThrow(RangeError);
  });
});

describe("shares", () => {
  it("sums duplicate keys and sorts by value then key", () => {
    expect(
      shares([
        { key: "b", value: 1 },
        { key: "a", value: 1 },
        { key: "c", value: 2 },
        { key: "b", value: 0 },
      ]),
    ).toEqual([
      { key: "c", value: 2, share: 0.5 },
      { key: "a", value: 1, share: 0.25 },
      { key: "b", value: 1, share: 0.25 },
    ]);
  });
});

describe("buildMethod", () => {
  it("drops undefined parameters and copies arrays", () => {
    const refs = ["https://example.org"];
    const m = buildMethod({
      name: "n",
      formula: "f",
      parameters: { a: 1, b: undefined, c: null },
      references: refs,
      computedAt: new Date("2024-01-02T00:00:00Z"),
    });
    expect(m).toEqual({
      name: "n",
      formula: "f",
      parameters: { a: 1, c: null },
      references: ["https://example.org"],
      computedAt: "2024-01-02T00:00:00.000Z",
      coverageNotes: [],
    });
    expect(m.references).not.toBe(refs);
  });
});

describe("addMonthsUtc", () => {
  it("clamps to the end of the month and crosses years", () => {
    expect(addMonthsUtc(new Date("2024-03-31T00:00:00Z"), -1).toISOString()).toBe(
      "2024-02-29T00:00:00.000Z",
    );
    expect(addMonthsUtc(new Date("2024-01-15T12:00:00Z"), -13).toISOString()).toBe(
      "2022-12-15T12:00:00.000Z",
    );
    expect(addMonthsUtc(new Date("2024-12-31T00:00:00Z"), 2).toISOString()).toBe(
      "2025-02-28T00:00:00.000Z",
    );
  });
});
