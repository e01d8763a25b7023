import {
  chainDepthNote,
  chainDepths,
  coverageNote,
  coverageRatio,
  median,
} from "../../../src/analytics";

describe("coverage figures", () => {
  test("a ratio carries numerator, denominator and share; no denominator gives no share", () => {
    expect(coverageRatio("startupsWithMinistry", 3, 4)).toMatchObject({
      numerator: 3,
      denominator: 4,
      share: 0.75,
    });
    expect(coverageRatio("packagesResolvedToRepository", 0, 0).share).toBeNull();
    expect(() => coverageRatio("startupsWithMinistry", 5, 4)).toThrow(/above denominator/);
  });

  test("the cited sentence names the figure and its counts", () => {
    expect(coverageNote(coverageRatio("repositoriesWithMinistry", 1454, 9252))).toBe(
      "coverage (query `coverage`): 1,454 of 9,252 repositories that belong to a ministry (owner, or owner's ministry: docs/data-model.md) (15.7 %)",
    );
  });

  test("chain depth = deepest shortest chain per root; cycles end; max and median over roots", () => {
    const edges: Array<[string, string]> = [
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
      ["a", "d"], // d at depth 1 from a, not 3
      ["x", "y"],
      ["y", "x"], // cycle
      ["z", "y"],
    ];
    // a: b 1, d 1, c 2 → 2; x: y 1 → 1; z: y 1, x 2 → 2
    expect(chainDepths(edges, ["a", "x", "z"])).toEqual({ roots: 3, maxDepth: 2, medianDepth: 2 });
    expect(chainDepths(edges, ["a", "x"])).toEqual({ roots: 2, maxDepth: 2, medianDepth: 1.5 });
    expect(chainDepths([], ["a"])).toEqual({ roots: 0, maxDepth: null, medianDepth: null });
  });

  test("median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  test("the chain sentence says when the traversal analytics cut deeper chains", () => {
    expect(chainDepthNote({ roots: 2, maxDepth: 8, medianDepth: 3 }, 6)).toMatch(
      /max depth 8, median 3; chains deeper than 6 are cut at 6/,
    );
    expect(chainDepthNote({ roots: 2, maxDepth: 2, medianDepth: 1.5 }, 6)).not.toMatch(/cut/);
  });
});
