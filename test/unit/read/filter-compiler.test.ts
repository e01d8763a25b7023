import { compileWhere } from "../../../src/read/compile/filter-compiler";
import { ParamBag } from "../../../src/read/compile/params";
import { requireEntity } from "../../../src/read/model";

const STARTUP = requireEntity("Startup");
/** Parentheses are generated generously; compare without them. */
const bare = (cypher: string): string => cypher.replace(/[()]/g, "");

describe("compileWhere", () => {
  test("values only travel as parameters; names come from the registry", () => {
    const params = new ParamBag();
    const cypher = compileWhere(
      STARTUP,
      { key: { eq: "x' OR 1=1 //" }, fastAmount: { gte: 10 } },
      "n",
      params,
    );
    expect(bare(cypher)).toBe("n.key = $p0 AND n.fastAmount >= $p1");
    expect(params.values).toEqual({ p0: "x' OR 1=1 //", p1: 10 });
  });

  test("text filters fold case and accents on both sides", () => {
    const params = new ParamBag();
    const cypher = compileWhere(STARTUP, { title: { contains: "ÉLÈVE" } }, "n", params);
    expect(cypher).toContain("coalesce(n._search_title, ");
    expect(cypher).toContain("CONTAINS $p0");
    expect(params.values.p0).toBe("eleve");
  });

  test("some / none / all and relationship counts become pattern subqueries", () => {
    const params = new ParamBag();
    const cypher = compileWhere(
      STARTUP,
      {
        sponsors: { some: { ministries: { some: { key: { eq: "armees" } } } } },
        incubators: { none: {} },
        members: { all: { isBot: { eq: false } } },
        membersAggregate: { count: { gt: 5 } },
      },
      "n",
      params,
    );
    expect(bare(cypher)).toBe(
      "EXISTS { MATCH n-[:SPONSORED_BY]->m0:Organization WHERE EXISTS { MATCH m0-[:PART_OF|SAME_AS]->m1:Ministry WHERE m1.key = $p0 } }" +
        " AND NOT EXISTS { n-[:INCUBATED_BY]->m2:Incubator }" +
        " AND NOT EXISTS { MATCH n<-[:MEMBER_OF]-m3:Contributor WHERE NOT coalescem3.isBot = $p1, false }" +
        " AND COUNT { MATCH n<-[:MEMBER_OF]-m4:Contributor RETURN DISTINCT m4 } > $p2",
    );
  });

  test("AND / OR / NOT compose; an empty OR branch matches everything", () => {
    const params = new ParamBag();
    expect(
      bare(
        compileWhere(
          STARTUP,
          { OR: [{ currentPhase: { eq: "a" } }, { NOT: { nationalImpact: { eq: true } } }] },
          "n",
          params,
        ),
      ),
    ).toBe("n.currentPhase = $p0 OR NOT coalescen.nationalImpact = $p1, false");
    expect(
      compileWhere(STARTUP, { OR: [{ currentPhase: { eq: "a" } }, {}] }, "n", new ParamBag()),
    ).toBe("");
  });

  test("unknown fields and operators are BAD_USER_INPUT", () => {
    expect(() =>
      compileWhere(STARTUP, { "n.key}) DETACH DELETE n //": { eq: 1 } }, "n", new ParamBag()),
    ).toThrow(/not a filterable field/);
    expect(() => compileWhere(STARTUP, { title: { regex: ".*" } }, "n", new ParamBag())).toThrow(
      /unknown filter operator/,
    );
  });

  test("an OR of same-shape branches is one list parameter: the statement does not grow with N", () => {
    const orOf = (n: number) => {
      const params = new ParamBag();
      const terms = Array.from({ length: n }, (_, i) => ({
        title: { contains: `t${i}` },
        sponsors: { some: { key: { eq: `s${i}` } } },
      }));
      return { cypher: compileWhere(STARTUP, { OR: terms }, "n", params), params: params.values };
    };
    const three = orOf(3);
    const three_hundred = orOf(300);
    expect(three_hundred.cypher).toBe(three.cypher);
    expect(bare(three.cypher)).toMatch(
      /^any\w*t0 IN \$p0 WHERE .* CONTAINS t0\.v0 AND EXISTS \{ MATCH /,
    );
    expect(bare(three.cypher)).toMatch(/WHERE t0_m0\.key = t0\.v1 }$/);
    expect(three.params.p0).toEqual([
      { v0: "t0", v1: "s0" },
      { v0: "t1", v1: "s1" },
      { v0: "t2", v1: "s2" },
    ]);
    expect((three_hundred.params.p0 as unknown[]).length).toBe(300);
  });

  test("branches of different shapes stay apart; an empty OR branch matches everything", () => {
    const params = new ParamBag();
    const cypher = compileWhere(
      STARTUP,
      { AND: [{ key: { eq: "a" } }, { key: { eq: "b" } }, { title: { contains: "c" } }] },
      "n",
      params,
    );
    expect(bare(cypher)).toMatch(/^allt0 IN \$p0 WHERE n\.key = t0\.v0 AND .*CONTAINS \$p1$/);
    expect(params.values.p0).toEqual([{ v0: "a" }, { v0: "b" }]);
    expect(compileWhere(STARTUP, { OR: [{ key: { eq: "a" } }, {}] }, "n", new ParamBag())).toBe("");
    expect(compileWhere(STARTUP, { OR: [] }, "n", new ParamBag())).toBe("(false)");
  });
});
