import { assertFresh } from "../../../src/services/analytics/precomputed-stamp";

const reasonOf = (fn: () => void): unknown => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: Record<string, unknown> }).extensions?.reason;
  }
  return "served";
};

describe("assertFresh", () => {
  it("serves values stamped with the published version once their writes completed", () => {
    expect(
      reasonOf(() => assertFresh({ snapshotVersion: "version:3", complete: true }, "version:3")),
    ).toBe("served");
  });

  it.each([
    [null, "NOT_PRECOMPUTED"],
    [{ snapshotVersion: null, complete: false }, "NOT_PRECOMPUTED"],
    [{ snapshotVersion: "version:3", complete: false }, "PRECOMPUTATION_RUNNING"],
    [{ snapshotVersion: "version:2", complete: true }, "STALE_PRECOMPUTATION"],
  ])("refuses %j with %s", (state, reason) => {
    expect(reasonOf(() => assertFresh(state, "version:3"))).toBe(reason);
  });

  it("names both versions when the values are stale", () => {
    expect(() => assertFresh({ snapshotVersion: "hash:abc", complete: true }, "hash:def")).toThrow(
      /computed for snapshot hash:abc, not for the published hash:def/,
    );
  });
});
