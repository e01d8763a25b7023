import {
  dependenciesToGraph,
  edgeTypeCounts,
  exposureToGraph,
  filterByRelationshipTypes,
  neighbourhoodToGraph,
  pathToGraph,
} from "../../../web/src/logic/graph-data";
import { kindStyle } from "../../../web/src/logic/kinds";

const ref = (id: string, kind = "SOFTWARE") => ({
  id,
  kind,
  key: id.toLowerCase(),
  name: `n${id}`,
});
const node = (id: string, entityKind = "SOFTWARE") => ({ id, entityKind, displayName: `n${id}` });

describe("neighbourhood → graph data", () => {
  const hood = {
    center: node("A"),
    neighbours: [
      {
        outgoing: true,
        node: node("B", "PACKAGE"),
        relationship: { id: "r1", type: "DEPENDS_ON" },
      },
      { outgoing: false, node: node("C", "MINISTRY"), relationship: { id: "r2", type: "USES" } },
    ],
  };

  test("nodes coloured by kind, edges in the relationship's direction", () => {
    const g = neighbourhoodToGraph(hood);
    expect(g.nodes.map(n => [n.id, n.depth, n.colour])).toEqual([
      ["A", 0, kindStyle("SOFTWARE").colour],
      ["B", 1, kindStyle("PACKAGE").colour],
      ["C", 1, kindStyle("MINISTRY").colour],
    ]);
    expect(g.edges).toEqual([
      { id: "r1", source: "A", target: "B", type: "DEPENDS_ON" },
      { id: "r2", source: "C", target: "A", type: "USES" },
    ]);
  });

  test("expanding a node merges its neighbours one ring further, without duplicates", () => {
    const first = neighbourhoodToGraph(hood);
    const second = neighbourhoodToGraph(
      {
        center: node("B", "PACKAGE"),
        neighbours: [
          { outgoing: false, node: node("A"), relationship: { id: "r1", type: "DEPENDS_ON" } },
          { outgoing: true, node: node("D"), relationship: { id: "r3", type: "PUBLISHED_FROM" } },
        ],
      },
      first,
    );
    expect(second.nodes.map(n => [n.id, n.depth])).toEqual([
      ["A", 0],
      ["B", 1],
      ["C", 1],
      ["D", 2],
    ]);
    expect(second.edges.map(e => e.id)).toEqual(["r1", "r2", "r3"]);
  });

  test("filtering by relationship type keeps what those types still reach from the subject", () => {
    const g = neighbourhoodToGraph(hood);
    const only = filterByRelationshipTypes(g, new Set(["USES"]));
    expect(only.nodes.map(n => n.id)).toEqual(["A", "C"]);
    expect(only.edges.map(e => e.type)).toEqual(["USES"]);
    expect(filterByRelationshipTypes(g, new Set())).toBe(g);
    expect(edgeTypeCounts(g)).toEqual([
      { type: "DEPENDS_ON", count: 1 },
      { type: "USES", count: 1 },
    ]);
  });
});

describe("analytics → graph data", () => {
  test("dependencies along their example paths, DIRECT solid and INDIRECT dashed, unknown licence said", () => {
    const s = ref("S");
    const g = dependenciesToGraph(s, [
      {
        node: ref("B"),
        depth: 1,
        relation: "DIRECT",
        licenceClass: "OPEN",
        examplePath: [s, ref("B")],
      },
      {
        node: ref("C", "PACKAGE"),
        depth: 2,
        relation: "INDIRECT",
        licenceClass: null,
        examplePath: [s, ref("B"), ref("C", "PACKAGE")],
      },
    ]);
    expect(g.nodes.map(n => [n.id, n.depth, n.note])).toEqual([
      ["S", 0, undefined],
      ["B", 1, "directe · libre"],
      ["C", 2, "indirecte · licence inconnue"],
    ]);
    expect(g.edges.map(e => [e.source, e.target, e.dashed ?? false])).toEqual([
      ["S", "B", false],
      ["B", "C", true],
    ]);
  });

  test("exposure: dependents, the users that expose them and their ministries", () => {
    const s = ref("S");
    const g = exposureToGraph({
      subject: s,
      dependents: [{ node: ref("D"), depth: 1, examplePath: [ref("D"), s] }],
      startups: [
        {
          entity: ref("U", "STARTUP"),
          depth: 2,
          ministries: [ref("M", "MINISTRY")],
          evidence: [{ relationship: "USES", target: ref("D") }],
        },
      ],
      organizations: [],
    });
    expect(g.nodes.map(n => n.id).sort()).toEqual(["D", "M", "S", "U"]);
    expect(g.edges.map(e => `${e.source}-${e.type}-${e.target}`)).toEqual([
      "D-DEPENDS_ON-S",
      "U-USES-D",
      "U-MINISTRY-M",
    ]);
  });

  test("a connection path keeps each step's direction", () => {
    const g = pathToGraph(
      [ref("A"), ref("B"), ref("C")],
      [
        { relationship: "USES", forward: true },
        { relationship: "PART_OF", forward: false },
      ],
    );
    expect(g.edges.map(e => `${e.source}>${e.type}>${e.target}`)).toEqual([
      "A>USES>B",
      "C>PART_OF>B",
    ]);
  });
});
