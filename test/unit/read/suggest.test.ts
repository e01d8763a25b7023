import { closestKeys } from "../../../src/read/execute/suggest";

describe("did-you-mean suggestions", () => {
  const keys = ["lasuite", "lasuite:docs", "lasuite:drive", "lasuite:meet", "franceconnect"];

  test("the closest keys first, at most three", () => {
    const found = closestKeys("lasuite:doc", keys);
    expect(found[0]).toBe("lasuite:docs");
    expect(found.length).toBeLessThanOrEqual(3);
  });

  test("keys containing the input, accent- and case-insensitively", () => {
    expect(closestKeys("FranceConnect", keys)).toEqual(["franceconnect"]);
    expect(closestKeys("mèet", keys)).toContain("lasuite:meet");
  });

  test("nothing close gives no suggestion, and the key itself is never suggested", () => {
    expect(closestKeys("zzzzzz", keys)).toEqual([]);
    expect(closestKeys("lasuite", ["lasuite"])).toEqual([]);
  });
});
