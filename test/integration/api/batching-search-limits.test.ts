import type { App } from "../../../src/app";
import type { SearchQuery, SoftwareRelationsQuery } from "../../__generated__/operations";
import { gql, startTestApp } from "../../setup/test-app";
import { openTestDb, type TestDb } from "../../setup/test-db";
import { loadRealGraph, operation } from "./api-helpers";

const NESTED = `query Nested($n: Int!) {
  startups(first: $n, sort: [{ membersCount: DESC }]) {
    nodes {
      key
      incubators { nodes { key } }
      sponsors(first: 5) { totalCount nodes { key ministries { nodes { key } } } }
      members(first: 3) { totalCount nodes { key } }
      phases { nodes { key } }
      repositories { aggregate { count } }
    }
  }
}`;

describe("entity API: batching, search, limits and errors (real snapshot)", () => {
  let app: App;
  let testDb: TestDb;

  beforeAll(async () => {
    testDb = await openTestDb();
    await loadRealGraph(testDb);
    app = await startTestApp({
      GRAPHQL_MAX_DEPTH: "8",
      GRAPHQL_MAX_ALIASES: "5",
      GRAPHQL_MAX_COST: "10000",
    });
  }, 600_000); // the real snapshot (≈ 80,000 records since public-repos) on a busy machine

  afterAll(async () => {
    await app?.stop();
    await testDb?.close();
  });

  test("nested relationship fields are read by the page's own statement: 1 parent and 50 parents cost the same", async () => {
    const one = await gql<{ startups: { nodes: unknown[] } }>(app, NESTED, { n: 1 });
    const fifty = await gql<{ startups: { nodes: Array<{ members: { totalCount: number } }> } }>(
      app,
      NESTED,
      { n: 50 },
    );
    expect(one.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data?.startups.nodes).toHaveLength(50);
    expect(fifty.data?.startups.nodes[0]?.members.totalCount).toBeGreaterThan(50);
    // the root page with every nested page, count and aggregate (repositories) as subqueries
    expect(one.extensions?.statements).toBe(1);
    expect(fifty.extensions?.statements).toBe(one.extensions?.statements);
  });

  test("relationship fields under nodes that were not read by a page go through DataLoaders: 1 hit and 10 hits cost the same", async () => {
    const query = `query ($first: Int!) { search(query: "numerique", types: [STARTUP], first: $first) {
      node { ... on Startup { key incubators { nodes { key } } members(first: 3) { totalCount nodes { key } } } } } }`;
    const one = await gql<{ search: unknown[] }>(app, query, { first: 1 });
    const ten = await gql<{ search: unknown[] }>(app, query, { first: 10 });
    expect(one.errors).toBeUndefined();
    expect(ten.errors).toBeUndefined();
    expect(ten.data?.search).toHaveLength(10);
    // search + incubators + members (page, count)
    expect(one.extensions?.statements).toBe(4);
    expect(ten.extensions?.statements).toBe(4);
  });

  test("a nested connection and its aggregate read by the page's statement equal those read by DataLoaders", async () => {
    const members = `members(first: 3, sort: [{ key: DESC }], where: { NOT: { key: { startsWith: "a" } } }, edge: { start: { gte: "2019-01-01" } }) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { key } relationships { type properties provenance { source record } } } }
      back: members(last: 2, sort: [{ key: ASC }]) { pageInfo { hasPreviousPage startCursor } nodes { key } }
      stats: members(edge: { start: { gte: "2019-01-01" } }, where: { NOT: { key: { startsWith: "a" } } }) {
        aggregate { count missionCount { min max sum count } groupBy { domain { key count } sector { key count } } } }`;
    type Members = { key: string; members: unknown; back: unknown; stats: unknown };
    const viaLoader = await gql<{ search: Array<{ node: Members }> }>(
      app,
      `{ search(query: "numerique", types: [STARTUP], first: 10) { node { ... on Startup { key ${members} } } } }`,
    );
    expect(viaLoader.errors).toBeUndefined();
    const keys = viaLoader.data?.search.map(hit => hit.node.key) ?? [];
    expect(keys).toHaveLength(10);
    const viaPage = await gql<{ startups: { nodes: Members[] } }>(
      app,
      `query ($keys: [String!]) { startups(first: 10, where: { key: { in: $keys } }) { nodes { key ${members} } } }`,
      { keys },
    );
    expect(viaPage.errors).toBeUndefined();
    expect(viaPage.extensions?.statements).toBe(1);
    const byKey = new Map(viaPage.data?.startups.nodes.map(n => [n.key, n]));
    for (const hit of viaLoader.data?.search ?? []) {
      expect(byKey.get(hit.node.key)).toEqual(hit.node);
    }
    expect(
      viaLoader.data?.search.some(
        hit => (hit.node.members as { totalCount: number }).totalCount > 3,
      ),
    ).toBe(true);
    expect(
      viaLoader.data?.search.some(
        hit => (hit.node.stats as { aggregate: { count: number } }).aggregate.count > 1,
      ),
    ).toBe(true);
  });

  test("a reviewer's view of one tool: repositories, users with relationship provenance, dependencies", async () => {
    const result = await gql<SoftwareRelationsQuery>(app, operation("software-relations"), {
      key: "lasuite:docs",
    });
    expect(result.errors).toBeUndefined();
    const docs = result.data?.softwareByKey;
    expect(docs?.name).toBe("Docs");
    expect(docs?.repositories.nodes.map(r => r.key)).toContain("github.com/suitenumerique/docs");
    expect(docs?.packageDependencies.totalCount).toBeGreaterThan(10);
    expect(docs?.provenance.length).toBeGreaterThan(0);
    const edge = docs?.users.edges[0];
    expect(edge?.relationships[0]?.type).toMatch(/^(USES|DEPLOYS)$/);
    expect(edge?.relationships[0]?.provenance.length).toBeGreaterThan(0);
  });

  test.each([
    ["docs", "docs"],
    ["franceconnect", "franceconnect"],
  ])("search '%s' ranks the exact match first, with a score", async (query, key) => {
    const result = await gql<SearchQuery>(app, operation("search"), {
      query,
      kinds: ["SOFTWARE", "STARTUP"],
      first: 5,
    });
    expect(result.errors).toBeUndefined();
    const hits = result.data?.search ?? [];
    const top = hits[0]?.node as { key?: string };
    expect(top.key === key || top.key === `lasuite:${key}`).toBe(true);
    expect(hits.map(h => h.score)).toEqual([...hits.map(h => h.score)].sort((a, b) => b - a));
  });

  test("a repeated operation answers exactly as its first run, statements included", async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      [operation("software-relations"), { key: "lasuite:docs" }],
      [operation("search"), { query: "docs", first: 5 }],
      [operation("database-info"), {}],
      [NESTED, { n: 5 }],
      [
        `{ startups(first: 3, where: { incubators: { some: { key: { eq: "dinum" } } } }, sort: [{ title: ASC }]) {
          edges { cursor node { id key displayName phase fastAmount serviceUrl currentPhaseStart
            provenance { source } } } } }`,
        {},
      ],
    ];
    for (const [query, variables] of cases) {
      const runs = [];
      for (let i = 0; i < 3; i += 1) {
        runs.push(await gql(app, query, variables));
      }
      expect(runs[0]?.errors).toBeUndefined();
      expect(runs[0]?.data).toBeTruthy();
      expect(runs[1]).toEqual(runs[0]);
      expect(runs[2]).toEqual(runs[0]);
    }
  });

  test("search is accent-insensitive, restricts by type and treats Lucene syntax as text", async () => {
    const accents = await gql<SearchQuery>(app, operation("search"), {
      query: "eleve stage",
      kinds: ["STARTUP"],
    });
    expect(accents.data?.search.map(h => (h.node as { key?: string }).key)).toContain(
      "1-eleve-1-stage",
    );
    expect(accents.data?.search.every(h => h.node.__typename === "Startup")).toBe(true);
    const lucene = await gql<SearchQuery>(app, operation("search"), {
      query: 'docs AND (title:"x" OR *',
    });
    expect(lucene.errors).toBeUndefined();
    const empty = await gql(app, operation("search"), { query: "  " });
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("first above 100 is refused with a clear message, before any database work", async () => {
    const result = await gql(app, `{ startups(first: 101) { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/between 0 and 100/);
    expect(result.extensions?.statements).toBe(0);
  });

  test("depth, alias and cost limits refuse with QUERY_TOO_COMPLEX; the cost is reported", async () => {
    const deep = await gql(
      app,
      `{ startups { nodes { sponsors { nodes { ministries { nodes { organizations { nodes { key } } } } } } } } }`,
    );
    expect(deep.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_COMPLEX",
      measure: "query depth",
      limit: 8,
    });
    const aliases = await gql(
      app,
      `{ a: phases { totalCount } b: phases { totalCount } c: phases { totalCount } d: phases { totalCount } e: phases { totalCount } f: phases { totalCount } }`,
    );
    expect(aliases.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_COMPLEX",
      measure: "alias count",
    });
    const costly = await gql(
      app,
      `query($n: Int) { startups(first: 100) { nodes { members(first: $n) { totalCount } } } }`,
      { n: 100 },
    );
    expect(costly.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_COMPLEX",
      measure: "query cost",
      actual: 10100,
    });
    expect(costly.extensions?.statements).toBe(0);
    const fine = await gql(
      app,
      `{ startups(first: 10) { nodes { members(first: 5) { totalCount } } } }`,
    );
    expect(fine.errors).toBeUndefined();
    expect(fine.extensions?.cost).toBe(60);
  });

  test("first and last together, and a malformed cursor, are BAD_USER_INPUT", async () => {
    const both = await gql(app, `{ startups(first: 1, last: 1) { totalCount } }`);
    expect(both.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const cursor = await gql(app, `{ startups(after: "bm9wZQ") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("a bad argument of a nested connection is BAD_USER_INPUT at its own path", async () => {
    const result = await gql(
      app,
      `{ startups(first: 2) { nodes { key incubators { nodes { key } } members(after: "bm9wZQ") { nodes { key } } } } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/'after' is not a valid cursor/);
    expect(result.errors?.[0]?.path).toEqual(["startups", "nodes", 0, "members"]);
    // the parent's page ran (with its valid nested fields) and nothing else
    expect(result.extensions?.statements).toBe(1);
  });
});
