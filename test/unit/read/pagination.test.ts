import { decodeCursor, encodeCursor } from "../../../src/read/plan/cursor";
import { pageWindow } from "../../../src/read/plan/page-args";
import { pageStatement } from "../../../src/read/compile/page-query";
import { ParamBag } from "../../../src/read/compile/params";
import { requireEntity } from "../../../src/read/model";
import { resolveSort, sortSignature } from "../../../src/read/plan/sort";

const SOFTWARE = requireEntity("Software");

describe("keyset pagination", () => {
  test("sorts always end with the unique key; relationship counts are sortable", () => {
    const terms = resolveSort(SOFTWARE, [{ usersCount: "DESC" }]);
    expect(terms.map(t => t.field)).toEqual(["usersCount", "key"]);
    expect(terms[0]?.expression("n")).toContain(
      "COUNT { MATCH (n)<-[:USES|DEPLOYS]-(n_c:Organization) RETURN DISTINCT n_c }",
    );
    expect(() => resolveSort(SOFTWARE, [{ name: "ASC", key: "DESC" }])).toThrow(
      /exactly one field/,
    );
    expect(() => resolveSort(SOFTWARE, [{ years: "ASC" }])).toThrow(/not a sortable field/);
  });

  test("cursors round-trip and are tied to their sort order", () => {
    const cursor = encodeCursor("name:a,key:a", ["docs", "lasuite:docs"]);
    expect(decodeCursor(cursor, "name:a,key:a", 2, "after")).toEqual(["docs", "lasuite:docs"]);
    expect(() => decodeCursor(cursor, "key:a", 1, "after")).toThrow(/another sort order/);
    expect(() => decodeCursor("%%%", "key:a", 1, "after")).toThrow(/not a valid cursor/);
  });

  test("first/last bounds", () => {
    expect(pageWindow({})).toEqual({
      size: 20,
      backward: false,
      after: undefined,
      before: undefined,
    });
    expect(pageWindow({ last: 5, before: "c" })).toMatchObject({
      size: 5,
      backward: true,
      before: "c",
    });
    expect(() => pageWindow({ first: 101 })).toThrow(/between 0 and 100/);
    expect(() => pageWindow({ first: 1, last: 1 })).toThrow(/not both/);
  });

  test("last/before reverses the order and compares the other way", () => {
    const terms = resolveSort(SOFTWARE, [{ name: "ASC" }]);
    const before = encodeCursor(sortSignature(terms), ["m", "k"]);
    const params = new ParamBag();
    const cypher = pageStatement({
      entity: SOFTWARE,
      scope: { kind: "root" },
      where: null,
      terms,
      window: pageWindow({ last: 3, before }),
      params,
    });
    expect(cypher).toContain("WHERE ((s0 < $p0) OR (s0 = $p0 AND s1 < $p1))");
    expect(cypher).toContain("ORDER BY s0 DESC, s1 DESC");
    expect(cypher).toContain("LIMIT toInteger($p2)");
    expect(params.values.p2).toBe(4);
  });
});
