import { cumulativeCut, onionLayers, topKFactor, topKShare } from "../../../src/analytics";

// CHAOSS worked example (https://chaoss.community/?p=3944): total 2,475, half 1,237.5.
const CHAOSS = [1000, 202, 90, 33, 332, 343, 42, 433];

describe("topKFactor (F(θ))", () => {
  it("gives 2 on the CHAOSS worked example (1000 + 433 = 1433 > 1237.5)", () => {
    expect(topKFactor(CHAOSS)).toBe(2);
  });

  it("needs strictly more than θ: exactly half is not enough", () => {
    expect(topKFactor([1, 1])).toBe(2);
    expect(topKFactor([5, 5, 5, 5])).toBe(3); // 10 is not > 10, 15 is
    expect(topKFactor([6, 2, 2])).toBe(1); // 6 > 5
  });

  it("returns 0 for empty or all-zero input and ignores zeros", () => {
    expect(topKFactor([])).toBe(0);
    expect(topKFactor([0, 0])).toBe(0);
    expect(topKFactor([0, 3, 0])).toBe(1);
  });

  it("supports other thresholds", () => {
    expect(topKFactor([10, 10, 10, 10, 10], 0.8)).toBe(5); // 40 is not > 40
    expect(topKFactor([10, 10, 10, 10, 10], 0)).toBe(1);
  });

  it("rejects bad θ and bad values", () => {
    expect(() => topKFactor([1], 1)).toThrow(RangeError);
    expect(() => topKFactor([1], -0.1)).toThrow(RangeError);
    expect(() => topKFactor([-1])).toThrow(RangeError);
    expect(() => topKFactor([Number.NaN])).toThrow(RangeError);
  });
});

describe("topKShare", () => {
  it("names the top units, breaking ties by key", () => {
    const r = topKShare([
      { key: "b", value: 5 },
      { key: "a", value: 5 },
      { key: "c", value: 5 },
      { key: "d", value: 5 },
    ]);
    expect(r).toEqual({
      factor: 3,
      total: 20,
      topKeys: ["a", "b", "c"],
      topShare: 0.75,
      threshold: 0.5,
    });
  });

  it("handles empty input", () => {
    expect(topKShare([])).toEqual({
      factor: 0,
      total: 0,
      topKeys: [],
      topShare: 0,
      threshold: 0.5,
    });
  });
});

describe("onion model", () => {
  it("cuts the CHAOSS example into core 4, regular 2, casual 2", () => {
    // sorted 1000, 433, 343, 332 | 202, 90 | 42, 33 ; 80 % = 1980 (2108 ≥), 95 % = 2351.25 (2400 ≥)
    expect(onionLayers(CHAOSS)).toEqual({ core: 4, regular: 2, casual: 2 });
  });

  it("is inclusive: reaching exactly 80 % is enough", () => {
    expect(cumulativeCut([8, 1, 1], 0.8, false)).toBe(1);
    expect(cumulativeCut([8, 1, 1], 0.8, true)).toBe(2);
  });

  it("is all zeros on empty input", () => {
    expect(onionLayers([])).toEqual({ core: 0, regular: 0, casual: 0 });
  });
});
