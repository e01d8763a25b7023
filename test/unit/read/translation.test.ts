import { toGlobalId } from "../../../src/read/model";
import { translate } from "./translation-harness";

/**
 * The entity read path's translation, pinned: for every registry feature, a GraphQL operation goes
 * in and the Cypher statements and their parameters come out, without a database, compared with
 * the reviewed snapshot in __snapshots__/ (`jest --ci` fails when one is missing). User values
 * only ever appear in the parameters.
 */
const cases: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  "root page: projection of the selected properties only": {
    query: `{ startups(first: 2) { nodes { key title } } }`,
  },
  "root page with totalCount: one statement for both": {
    query: `{ software(first: 3) { totalCount edges { cursor node { name } } pageInfo { hasNextPage } } }`,
  },
  "totalCount alone: one count statement": {
    query: `{ repositories(first: 0) { totalCount } }`,
  },
  "scalar filters: eq, in, comparisons, isNull, date": {
    query: `{ startups(where: { fastAmount: { gte: 100000, lt: 500000 }, key: { in: ["a", "b"] },
      currentPhaseStart: { gt: "2024-01-01" }, serviceUrl: { isNull: false } }) { nodes { key } } }`,
  },
  "text filters fold case and accents; ordering comparisons stay raw": {
    query: `{ organizations(where: { name: { contains: "Éducation", gte: "A" }, acronym: { eq: "DINUM" } }) { nodes { key } } }`,
  },
  "list and enum filters": {
    query: `{ startups(where: { techno: { includesAny: ["react", "vue"], isEmpty: false },
      phase: { in: [CONSTRUCTION, ACCELERATION] }, nationalImpact: { eq: true } }) { nodes { key phase } } }`,
  },
  "AND / OR / NOT, and same-shape OR branches folded into one list predicate": {
    query: `{ software(where: { OR: [{ name: { contains: "docs" } }, { name: { contains: "grist" } },
      { name: { contains: "tchap" } }], NOT: { licence: { eq: "proprietary" } },
      AND: [{ key: { startsWith: "lasuite:" } }, { inSill2022: { eq: true } }] }) { nodes { key } } }`,
  },
  "relationship quantifiers: some, none, all, nested": {
    query: `{ startups(where: {
      sponsors: { some: { ministries: { some: { key: { eq: "armees" } } } } },
      members: { none: { domain: { eq: "Design" } } },
      phases: { all: { order: { lte: 3 } } } }) { nodes { key } } }`,
  },
  "relationship count filter": {
    query: `{ software(where: { usersAggregate: { count: { gte: 3 } } }) { nodes { key } } }`,
  },
  "sort on a property, a text property, a boolean and a relationship count": {
    query: `{ software(first: 5, sort: [{ usersCount: DESC }, { name: ASC }, { inSill2022: DESC }]) { nodes { key } } }`,
  },
  "keyset pagination forward (after) and backward (last/before)": {
    query: `query ($after: String, $before: String) {
      forward: startups(first: 2, after: $after, sort: [{ title: ASC }]) { nodes { key } }
      backward: startups(last: 2, before: $before, sort: [{ title: ASC }]) { nodes { key } } }`,
    variables: {
      after: Buffer.from(JSON.stringify(["title:a,key:a", ["docs", "docs"]])).toString("base64url"),
      before: Buffer.from(JSON.stringify(["title:a,key:a", ["zero", "zero"]])).toString(
        "base64url",
      ),
    },
  },
  "nested pages under a root page: one statement, filters, sort and counts inside": {
    query: `{ ministries(first: 3) { nodes { key
      organizations(first: 5, where: { name: { contains: "santé" } }, sort: [{ name: ASC }]) {
        totalCount nodes { key name repositories(first: 2) { nodes { key } } } } } } }`,
  },
  "edge filters on a relationship's properties, with the relationships returned": {
    query: `{ startups(first: 2) { nodes { key
      members(first: 10, edge: { end: { gte: "2026-01-01" }, role: { contains: "dev" } }) {
        edges { relationships { type properties } node { key } } } } } }`,
  },
  "edge filter on a multi-type relationship field": {
    query: `{ software(first: 2) { nodes { key
      packageDependencies(edge: { kind: { eq: "RUNTIME" } }) { totalCount } } } }`,
  },
  "aliases with equal arguments share one nested read; different ones get their own": {
    query: `{ software(first: 2) { nodes { key
      a: users(first: 3) { nodes { key } } b: users(first: 3) { nodes { name } }
      c: users(first: 1, sort: [{ name: DESC }]) { nodes { key } } } } }`,
  },
  "five levels of relationships": {
    query: `{ ministries(first: 1) { nodes { key
      organizations(first: 2) { nodes { key
        repositories(first: 2) { nodes { key
          contributors(first: 2) { nodes { key
            startups(first: 2) { nodes { key
              incubators(first: 2) { nodes { key } } } } } } } } } } } } }`,
  },
  "root aggregate: count, numeric stats and groupBy in one statement": {
    query: `{ startups(first: 0, where: { phase: { eq: CONSTRUCTION } }) { aggregate {
      count fastAmount { min max avg sum } groupBy { phase { key count } incubator { key name count } } } } }`,
  },
  "root aggregate: a single groupBy dimension": {
    query: `{ startups(first: 0) { aggregate { groupBy { ministry { key name count } } } } }`,
  },
  "aggregates under nested nodes": {
    query: `{ ministries(first: 2) { nodes { key
      sponsoredStartups { totalCount aggregate { count groupBy { phase { key count } } } } } } }`,
  },
  "a relationship connection under a lookup by key": {
    query: `{ softwareByKey(key: "lasuite:docs") { name dependencies(first: 3) { nodes { key } } } }`,
  },
  "lookups by global id (node, nodes), batched per label": {
    query: `query ($a: ID!, $b: ID!, $c: ID!) {
      node(id: $a) { id ... on Software { name } }
      nodes(ids: [$b, $c]) { id ... on Startup { title } } }`,
    variables: {
      a: toGlobalId("Software", "lasuite:docs"),
      b: toGlobalId("Startup", "mon-entreprise"),
      c: toGlobalId("Startup", "aides-jeunes"),
    },
  },
  "a relationship connection under node(id)": {
    query: `query ($id: ID!) { node(id: $id) { ... on Organization { acronym
      softwareUsed(first: 5, sort: [{ name: ASC }]) { nodes { key name } } } } }`,
    variables: { id: toGlobalId("Organization", "dinum") },
  },
  "full-text search, projected on the selected fields": {
    query: `{ search(query: "docs l'équipe", kinds: [SOFTWARE, STARTUP], first: 5) {
      score node { id displayName ... on Startup { title } } } }`,
  },
  "a bad cursor runs no statement": {
    query: `{ startups(first: 2, after: "not-a-cursor") { nodes { key } } }`,
  },
  "a page size out of range runs no statement": {
    query: `{ software(first: 500) { totalCount } }`,
  },
  "a nested field with bad arguments is left out of its parent's statement and fails alone": {
    query: `{ startups(first: 1) { nodes { key members(after: "bad") { nodes { key } } } } }`,
  },
};

describe("translation of GraphQL operations into Cypher (no database)", () => {
  test.each(Object.keys(cases))("%s", async name => {
    const { query, variables } = cases[name] as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const translation = await translate(query, variables);
    expect(translation).toMatchSnapshot();
  });

  test("user values travel as parameters, never in the Cypher text", async () => {
    const { statements } = await translate(
      `{ startups(where: { title: { contains: "x' OR 1=1 //" } }) { nodes { key } } }`,
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.cypher).not.toContain("1=1");
    expect(Object.values(statements[0]?.params ?? {})).toContain("x' or 1=1 //");
  });
});
