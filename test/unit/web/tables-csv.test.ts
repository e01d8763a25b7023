import { fileStem, type Table, toCsv, toJson } from "../../../web/src/logic/table";
import {
  activityTable,
  dependenciesTable,
  heatmap,
  reuseTable,
  sectorTable,
} from "../../../web/src/logic/view-tables";
import { formatRoute, parseRoute, type Route } from "../../../web/src/logic/route";

const table: Table = {
  name: "t",
  caption: "T",
  columns: [
    { key: "a", title: "Nom" },
    { key: "b", title: "Valeur", numeric: true },
  ],
  rows: [
    { a: 'Dit "bonjour", puis part', b: 3 },
    { a: '=HYPERLINK("x")', b: null },
    { a: "ligne\nsuivante", b: true },
  ],
};

describe("CSV and JSON downloads", () => {
  test("RFC 4180 quoting, CRLF, empty for null, formulas neutralised", () => {
    expect(toCsv(table)).toBe(
      'Nom,Valeur\r\n"Dit ""bonjour"", puis part",3\r\n"\'=HYPERLINK(""x"")",\r\n"ligne\nsuivante",oui\r\n',
    );
  });

  test("JSON rows keyed by column key, nulls kept", () => {
    expect(JSON.parse(toJson(table))).toEqual([
      { a: 'Dit "bonjour", puis part', b: 3 },
      { a: '=HYPERLINK("x")', b: null },
      { a: "ligne\nsuivante", b: true },
    ]);
  });

  test("file names are plain ASCII", () => {
    expect(fileStem("Dépendances", "lasuite:docs")).toBe("dependances-lasuite-docs");
  });
});

describe("view tables", () => {
  const docs = { kind: "SOFTWARE", key: "lasuite:docs", name: "Docs" };

  test("dependencies: unknown licence and requirement are written as unknown, never as clean", () => {
    const t = dependenciesTable(docs, [
      {
        node: { kind: "PACKAGE", key: "npm:x", name: "x" },
        depth: 2,
        relation: "INDIRECT",
        requirement: null,
        dependencyKind: null,
        licence: null,
        licenceClass: null,
        examplePath: [docs, { kind: "PACKAGE", key: "npm:x", name: "x" }],
      },
    ]);
    expect(t.name).toBe("dependances-lasuite-docs");
    expect(t.rows).toEqual([
      {
        name: "x",
        type: "Paquet",
        key: "npm:x",
        relation: "indirecte",
        depth: 2,
        requirement: "inconnue",
        kind: "inconnu",
        licence: "licence inconnue",
        licenceClass: "licence inconnue",
        path: "Docs → x",
      },
    ]);
  });

  test("reuse matrix: one column per ministry, zero where there is no evidence", () => {
    const m = {
      rows: [
        {
          software: { id: "s1", kind: "SOFTWARE", key: "a", name: "A" },
          usingMinistries: 1,
          usingOrganizations: 2,
        },
        {
          software: { id: "s2", kind: "SOFTWARE", key: "b", name: "B" },
          usingMinistries: 0,
          usingOrganizations: 0,
        },
      ],
      columns: [
        { column: { id: "m1", kind: "MINISTRY", key: "armees", name: "Armées" }, software: 1 },
        { column: { id: "m2", kind: "MINISTRY", key: "culture", name: "Culture" }, software: 0 },
      ],
      cells: [{ software: { id: "s1" }, column: { id: "m1" }, organizations: 2 }],
    };
    expect(reuseTable(m).rows).toEqual([
      { software: "A", usingMinistries: 1, armees: 2, culture: 0 },
      { software: "B", usingMinistries: 0, armees: 0, culture: 0 },
    ]);
    expect(heatmap(m)).toEqual({
      values: [
        [2, 0],
        [0, 0],
      ],
      max: 2,
    });
  });

  test("sector shares keep the unknown sector, named in French", () => {
    const t = sectorTable(docs, [
      {
        sector: "STATE",
        contributors: 3,
        contributorShare: 0.5,
        contributions: 10,
        contributionShare: 0.25,
      },
      {
        sector: "UNKNOWN",
        contributors: 3,
        contributorShare: 0.5,
        contributions: 30,
        contributionShare: 0.75,
      },
    ]);
    expect(t.rows.map(r => [r.sector, r.contributionShare])).toEqual([
      ["État", 0.25],
      ["Inconnu", 0.75],
    ]);
  });

  test("contributors over time: one row per year, estimated contributions rounded, unknown share", () => {
    const period = (
      label: string,
      active: number,
      unaffiliated: number,
      contributions: number,
    ) => ({
      label,
      activeContributors: active,
      newContributors: 1,
      contributions,
      unaffiliatedContributors: unaffiliated,
      unknownAffiliationShare: active === 0 ? 0 : unaffiliated / active,
    });
    const t = activityTable({ kind: "SOFTWARE", key: "lasuite:docs", name: "Docs" }, [
      period("2024", 3, 1, 12.4),
      period("2025", 0, 0, 0),
    ]);
    expect(t.name).toMatch(/^contributeurs-par-an/);
    expect(t.caption).toMatch(/Docs/);
    expect(t.rows).toEqual([
      {
        year: "2024",
        contributors: 3,
        newContributors: 1,
        contributions: 12,
        unaffiliated: 1,
        unknownShare: 0.3333,
      },
      {
        year: "2025",
        contributors: 0,
        newContributors: 1,
        contributions: 0,
        unaffiliated: 0,
        unknownShare: 0,
      },
    ]);
    expect(toCsv(t).split("\n")[0]).toMatch(/Part d'affiliation inconnue/);
  });
});

describe("shareable URLs", () => {
  const routes: Route[] = [
    { view: "search", query: "la suite" },
    { view: "entity", id: "U29mdHdhcmU6bGFzdWl0ZTpkb2Nz", types: ["USES", "DEPENDS_ON"] },
    { view: "dependencies", id: "U29mdHdhcmU6bGFzdWl0ZTpkb2Nz", depth: 3 },
    { view: "exposure", id: "abc" },
    { view: "critical-mass", id: "abc" },
    { view: "reuse", level: "ORGANIZATION", expanded: ["lasuite"] },
    { view: "ministry", key: "armees" },
    { view: "path", from: "a", to: "b" },
  ];

  test.each(routes)("%o survives a round trip through its URL", route => {
    const url = new URL(formatRoute(route), "http://x");
    expect(parseRoute(url.pathname, url.search)).toEqual(route);
  });

  test("depth is clamped to 1…6, unknown paths are not found", () => {
    expect(parseRoute("/dependances/x", "?profondeur=99")).toEqual({
      view: "dependencies",
      id: "x",
      depth: 6,
    });
    expect(parseRoute("/dependances/x", "?profondeur=abc")).toEqual({
      view: "dependencies",
      id: "x",
      depth: 2,
    });
    expect(parseRoute("/nulle-part", "")).toEqual({ view: "not-found", path: "/nulle-part" });
  });
});
