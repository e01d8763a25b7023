import type { App } from "../../../src/app";
import { toGlobalId } from "../../../src/read/model";
import { byKeyField } from "../../../src/graphql/entities";
import { ENTITIES } from "../../../src/read/model";
import type { SourcesQuery, StartupListQuery } from "../../__generated__/operations";
import { gql, startTestApp } from "../../setup/test-app";
import { openTestDb, type TestDb } from "../../setup/test-db";
import { loadRealGraph, MANIFEST_COUNTS, operation } from "./api-helpers";

describe("entity API: root fields, keys, global ids, pagination, provenance (real snapshot)", () => {
  let app: App;
  let testDb: TestDb;

  beforeAll(async () => {
    testDb = await openTestDb();
    await loadRealGraph(testDb);
    app = await startTestApp();
  }, 600_000); // the real snapshot (≈ 80,000 records since public-repos) on a busy machine

  afterAll(async () => {
    await app?.stop();
    await testDb?.close();
  });

  test.each(ENTITIES.map(e => [e.plural, e.label, e] as const))(
    "%s lists %s nodes with a totalCount equal to the snapshot's",
    async (plural, label, entity) => {
      const result = await gql<
        Record<string, { totalCount: number; nodes: Array<{ id: string; key: string }> }>
      >(app, `{ ${plural}(first: 3) { totalCount nodes { id key } } }`);
      expect(result.errors).toBeUndefined();
      const connection = result.data?.[plural];
      expect(connection?.totalCount).toBe(MANIFEST_COUNTS[label]);
      expect(connection?.nodes).toHaveLength(3);
      const first = connection?.nodes[0];
      expect(first?.id).toBe(toGlobalId(label, first?.key ?? ""));
      const byKey = await gql<Record<string, { key: string }>>(
        app,
        `query($key: String!) { ${byKeyField(entity)}(key: $key) { key } }`,
        { key: first?.key },
      );
      expect(byKey.data?.[byKeyField(entity)]).toEqual({ key: first?.key });
    },
  );

  test("natural keys fetch the real records: a start-up, a repository URL, a SILL id", async () => {
    const result = await gql<Record<string, { key: string; title?: string; name?: string }>>(
      app,
      `{ a: startupByKey(key: "docs") { key title }
         b: repositoryByKey(key: "github.com/suitenumerique/docs") { key name }
         c: softwareByKey(key: "franceconnect") { key name } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      a: { key: "docs", title: "Docs" },
      b: { key: "github.com/suitenumerique/docs", name: "docs" },
      c: { key: "franceconnect", name: "FranceConnect" },
    });
  });

  test("an unknown key is NOT_FOUND; node(id) of a missing node is null; a bad id is BAD_USER_INPUT", async () => {
    const missing = await gql(app, `{ startupByKey(key: "no-such-startup") { key } }`);
    expect(missing.data).toEqual({ startupByKey: null });
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const nodeMissing = await gql(app, `query($id: ID!) { node(id: $id) { id } }`, {
      id: toGlobalId("Startup", "nope"),
    });
    expect(nodeMissing.errors).toBeUndefined();
    expect(nodeMissing.data).toEqual({ node: null });
    const bad = await gql(app, `{ node(id: "not-an-id") { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("nodes(ids) returns mixed types in the order asked", async () => {
    const ids = [
      toGlobalId("Software", "franceconnect"),
      toGlobalId("Ministry", "armees"),
      toGlobalId("Startup", "nope"),
    ];
    const result = await gql<{ nodes: Array<{ __typename: string; id: string } | null> }>(
      app,
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes).toEqual([
      { __typename: "Software", id: ids[0] },
      { __typename: "Ministry", id: ids[1] },
      null,
    ]);
  });

  test("keyset pagination walks forward then backward over the same rows", async () => {
    const doc = operation("startup-list");
    const sort = [{ phase: "ASC" }, { title: "DESC" }];
    const all = await gql<StartupListQuery>(app, doc, { first: 9, sort });
    const keys = all.data?.startups.edges.map(e => e.node.key) ?? [];
    expect(keys).toHaveLength(9);
    const page1 = await gql<StartupListQuery>(app, doc, { first: 3, sort });
    const page2 = await gql<StartupListQuery>(app, doc, {
      first: 3,
      after: page1.data?.startups.pageInfo.endCursor,
      sort,
    });
    const page3 = await gql<StartupListQuery>(app, doc, {
      first: 3,
      after: page2.data?.startups.pageInfo.endCursor,
      sort,
    });
    const forward = [page1, page2, page3].flatMap(
      p => p.data?.startups.edges.map(e => e.node.key) ?? [],
    );
    expect(forward).toEqual(keys);
    expect(page1.data?.startups.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
    });
    expect(page2.data?.startups.pageInfo.hasPreviousPage).toBe(true);
    const back = await gql<StartupListQuery>(app, doc, {
      last: 3,
      before: page3.data?.startups.pageInfo.startCursor,
      sort,
    });
    expect(back.data?.startups.edges.map(e => e.node.key)).toEqual(keys.slice(3, 6));
    expect(back.data?.startups.pageInfo).toMatchObject({
      hasPreviousPage: true,
      hasNextPage: true,
    });
    const tail = await gql<StartupListQuery>(app, doc, { last: 2, sort });
    expect(tail.data?.startups.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
    expect(tail.data?.startups.totalCount).toBe(MANIFEST_COUNTS.Startup);
  });

  test("a cursor survives an insert before it (keyset, not offset)", async () => {
    const doc = operation("startup-list");
    const page1 = await gql<StartupListQuery>(app, doc, { first: 2 });
    const page2 = await gql<StartupListQuery>(app, doc, {
      first: 2,
      after: page1.data?.startups.pageInfo.endCursor,
    });
    await testDb.db.write("CREATE (:Startup {key: '0-inserted-first', title: 'Inserted'})");
    try {
      const again = await gql<StartupListQuery>(app, doc, {
        first: 2,
        after: page1.data?.startups.pageInfo.endCursor,
      });
      expect(again.data?.startups.edges.map(e => e.node.key)).toEqual(
        page2.data?.startups.edges.map(e => e.node.key),
      );
    } finally {
      await testDb.db.write("MATCH (s:Startup {key: '0-inserted-first'}) DELETE s");
    }
  });

  test("a cursor from another sort order is refused", async () => {
    const doc = operation("startup-list");
    const page = await gql<StartupListQuery>(app, doc, { first: 1, sort: [{ title: "ASC" }] });
    const result = await gql(app, doc, { first: 1, after: page.data?.startups.pageInfo.endCursor });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/another sort order/);
  });

  test("every node carries its provenance; sources list licences and snapshot dates", async () => {
    const result = await gql<{ startupByKey: { provenance: Array<Record<string, unknown>> } }>(
      app,
      `{ startupByKey(key: "docs") { provenance { source record date licence url } } }`,
    );
    expect(result.data?.startupByKey.provenance).toEqual([
      {
        source: "betagouv",
        record: "content/_startups/docs.md",
        date: "2026-08-20",
        licence: "CC-BY-NC-SA-4.0",
        url: null,
      },
    ]);
    const sources = await gql<SourcesQuery>(app, operation("sources"));
    expect(sources.errors).toBeUndefined();
    const betagouv = sources.data?.sources.find(s => s.id === "betagouv");
    expect(betagouv).toMatchObject({
      licence: "CC-BY-NC-SA-4.0",
      snapshotDate: "2026-08-20",
      url: "https://github.com/betagouv/beta.gouv.fr",
    });
    expect(betagouv?.nodeCount).toBeGreaterThan(600);
    expect(sources.data?.sources.map(s => s.id)).toContain("sill-2022");
    expect(sources.data?.sources.every(s => s.loadedAt)).toBe(true);
  });
});
