import { snapshotDateOf } from "../../../src/services/analytics/data-date";

describe("snapshotDateOf (the data's snapshot date from a recorded manifest)", () => {
  test("the latest harvest date; the curated file's edit date does not count", () => {
    const manifest = JSON.stringify({
      builtFrom: {
        "codes-sources-fr-2021": { snapshotDate: "2021-11-15" },
        suitenumerique: { snapshotDate: "2026-08-21" },
        betagouv: { snapshotDate: "2026-08-20" },
        curated: { snapshotDate: "2026-11-23" },
      },
    });
    expect(snapshotDateOf(manifest)).toBe("2026-08-21");
  });

  test("no manifest, malformed JSON or no dated source: null (never the clock)", () => {
    expect(snapshotDateOf(null)).toBeNull();
    expect(snapshotDateOf("{not json")).toBeNull();
    expect(
      snapshotDateOf(JSON.stringify({ builtFrom: { x: { snapshotDate: "soon" } } })),
    ).toBeNull();
    expect(
      snapshotDateOf(JSON.stringify({ builtFrom: { curated: { snapshotDate: "2026-01-01" } } })),
    ).toBeNull();
  });
});
