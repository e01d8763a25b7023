import { beyondFirstNote, buildMethod } from "../../../src/analytics";
import { pagedMethod, pageInfo, pageWindow } from "../../../src/graphql/analytics/paging";

const serviceMethod = (total: number, fetched: number) =>
  buildMethod({
    name: "m",
    formula: "f",
    parameters: { maxDepth: 6, first: fetched },
    coverageNotes: ["declared only", beyondFirstNote(total, fetched, "item(s)")],
  });

describe("analytics paging", () => {
  const defaults = { first: 500, max: 5000 };

  test("the method shows the page the client asked for, not the rows fetched to find the next", () => {
    const first = pageWindow("dependencies", { first: 10, after: null }, defaults);
    // 40 rows in all; the service was asked for 11 (one past the page)
    const m = pagedMethod(serviceMethod(40, first.fetch), first, first.fetch);
    expect(m.parameters).toEqual({ maxDepth: 6, first: 10 });
    expect(m.coverageNotes).toEqual([
      "declared only",
      "this page: rows 1…10; more rows follow (pageInfo.endCursor)",
    ]);
  });

  test("after a cursor the note counts from the cursor and says when nothing follows", () => {
    const page1 = pageWindow("dependencies", { first: 10, after: null }, defaults);
    const cursor = encodeEndCursor(page1);
    const page2 = pageWindow("dependencies", { first: 10, after: cursor }, defaults);
    expect(page2.offset).toBe(10);
    // 14 rows in all: the page holds rows 11…14
    const m = pagedMethod(serviceMethod(14, page2.fetch), page2, 14);
    expect(m.parameters).toEqual({ maxDepth: 6, first: 10, after: "row 10" });
    expect(m.coverageNotes).toEqual(["declared only", "this page: rows 11…14; no row follows"]);
    expect(m.coverageNotes.join(" ")).not.toMatch(/limit|beyond/);
  });

  test("a page that ends at the list's maximum keeps the service's count of the rows left out", () => {
    const w = pageWindow("dependencies", { first: 5000, after: null }, defaults);
    const m = pagedMethod(serviceMethod(5200, w.fetch), w, 5000);
    expect(m.coverageNotes).toContain(beyondFirstNote(5200, 5000, "item(s)"));
    expect(m.coverageNotes.at(-1)).toBe(
      "this page: rows 1…5000; the page ends at the largest list served",
    );
  });
});

/** The cursor a client gets back as `pageInfo.endCursor` of a full page. */
function encodeEndCursor(window: ReturnType<typeof pageWindow>): string {
  return pageInfo(window, window.fetch).endCursor!;
}
