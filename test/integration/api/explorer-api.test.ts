import { readdirSync } from "node:fs";
import path from "node:path";
import type { App } from "../../../src/app";
import { toGlobalId } from "../../../src/read/model";
import { WEB_DIST_DIR } from "../../../src/paths";
import { gql, startTestApp } from "../../setup/test-app";
import { openTestDb, type TestDb } from "../../setup/test-db";
import { ensureWebBuild } from "../web/browser";

const PROV = `_provSource: ['curated'], _provRecord: ['seed/curated.yml#x'], _provDate: ['2026-01-01'],
  _provLicence: ['Etalab-2.0'], _provUrl: ['https://example.org/x']`;

/** The API additions the explorer needed, on a small hand-built graph, and the HTTP around it. */
describe("explorer API: displayName, entityKind, neighbourhood, CORS and the app at /", () => {
  let testDb: TestDb;
  let app: App;

  beforeAll(async () => {
    ensureWebBuild();
    testDb = await openTestDb();
    await testDb.wipe();
    await testDb.db.write(`
      CREATE (s:Software {key: 't:a', name: 'Outil A', ${PROV}})
      CREATE (p1:Package {key: 'npm:x', name: 'x', ${PROV}})
      CREATE (p2:Package {key: 'npm:y', name: 'y', ${PROV}})
      CREATE (m:Ministry {key: 'm', name: 'Ministère M', kind: 'MINISTRY', ${PROV}})
      CREATE (c:Contributor {key: 'git:abc', ${PROV}})
      CREATE (f1:ForgeAccount {key: 'github.com/x', displayName: 'Compte X', ${PROV}})
      CREATE (f2:ForgeAccount {key: 'github.com/y', ${PROV}})
      CREATE (s)-[:DEPENDS_ON {id: 'd1', kind: 'RUNTIME', ${PROV}}]->(p1)
      CREATE (s)-[:DEPENDS_ON {id: 'd2', kind: 'DEV', ${PROV}}]->(p2)
      CREATE (m)-[:USES {id: 'u1', ${PROV}}]->(s)`);
    app = await startTestApp({ CORS_ORIGINS: "https://explorateur.example.fr" });
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    await testDb?.close();
  });

  test("every node has a display name (its name, or its key when it has none) and a kind", async () => {
    const r = await gql<{ nodes: Array<{ displayName: string; entityKind: string } | null> }>(
      app,
      `query($ids: [ID!]!) { nodes(ids: $ids) { displayName entityKind } }`,
      {
        ids: [
          toGlobalId("Software", "t:a"),
          toGlobalId("Contributor", "git:abc"),
          toGlobalId("ForgeAccount", "github.com/x"),
          toGlobalId("ForgeAccount", "github.com/y"),
          toGlobalId("Ministry", "m"),
        ],
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.nodes).toEqual([
      { displayName: "Outil A", entityKind: "SOFTWARE" },
      { displayName: "git:abc", entityKind: "CONTRIBUTOR" },
      { displayName: "Compte X", entityKind: "FORGE_ACCOUNT" },
      { displayName: "github.com/y", entityKind: "FORGE_ACCOUNT" },
      { displayName: "Ministère M", entityKind: "MINISTRY" },
    ]);
  });

  test("the stored `kind` of a ministry stays a field of its own beside `entityKind`", async () => {
    const r = await gql<{ ministryByKey: unknown; search: unknown }>(
      app,
      `{ ministryByKey(key: "m") { kind entityKind displayName provenance { licence } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.ministryByKey).toEqual({
      kind: "MINISTRY",
      entityKind: "MINISTRY",
      displayName: "Ministère M",
      provenance: [{ licence: "Etalab-2.0" }],
    });
  });

  const HOOD = `query($id: ID!, $types: [String!], $first: Int!) {
    neighbourhood(id: $id, relationshipTypes: $types, first: $first) {
      truncated properties
      relationshipTypes { type count }
      center { displayName entityKind provenance { source } }
      neighbours { outgoing node { displayName entityKind } relationship { id type properties provenance { licence } } }
    } }`;

  test("neighbourhood: both directions, each relationship with its provenance, counts per type", async () => {
    const r = await gql<{ neighbourhood: Record<string, unknown> }>(app, HOOD, {
      id: toGlobalId("Software", "t:a"),
      first: 10,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.neighbourhood).toEqual({
      truncated: false,
      properties: { key: "t:a", name: "Outil A" },
      relationshipTypes: [
        { type: "DEPENDS_ON", count: 2 },
        { type: "USES", count: 1 },
      ],
      center: {
        displayName: "Outil A",
        entityKind: "SOFTWARE",
        provenance: [{ source: "curated" }],
      },
      neighbours: [
        {
          outgoing: true,
          node: { displayName: "x", entityKind: "PACKAGE" },
          relationship: {
            id: "d1",
            type: "DEPENDS_ON",
            properties: { kind: "RUNTIME" },
            provenance: [{ licence: "Etalab-2.0" }],
          },
        },
        {
          outgoing: false,
          node: { displayName: "Ministère M", entityKind: "MINISTRY" },
          relationship: {
            id: "u1",
            type: "USES",
            properties: {},
            provenance: [{ licence: "Etalab-2.0" }],
          },
        },
        {
          outgoing: true,
          node: { displayName: "y", entityKind: "PACKAGE" },
          relationship: {
            id: "d2",
            type: "DEPENDS_ON",
            properties: { kind: "DEV" },
            provenance: [{ licence: "Etalab-2.0" }],
          },
        },
      ],
    });
  });

  test("neighbourhood: filtered by type, truncated at the limit, null for a missing node", async () => {
    const uses = await gql<{ neighbourhood: { neighbours: unknown[]; truncated: boolean } }>(
      app,
      HOOD,
      {
        id: toGlobalId("Software", "t:a"),
        types: ["USES"],
        first: 10,
      },
    );
    expect(uses.data?.neighbourhood.neighbours).toHaveLength(1);
    expect(uses.data?.neighbourhood.truncated).toBe(false);
    const one = await gql<{ neighbourhood: { neighbours: unknown[]; truncated: boolean } }>(
      app,
      HOOD,
      {
        id: toGlobalId("Software", "t:a"),
        first: 1,
      },
    );
    expect(one.data?.neighbourhood.neighbours).toHaveLength(1);
    expect(one.data?.neighbourhood.truncated).toBe(true);
    const missing = await gql(app, HOOD, { id: toGlobalId("Software", "nope"), first: 5 });
    expect(missing.errors).toBeUndefined();
    expect(missing.data).toEqual({ neighbourhood: null });
  });

  test.each([
    [{ first: 0 }, "first"],
    [{ first: 501 }, "first"],
    [{ first: 5, types: ["USES) DETACH DELETE n //"] }, "relationshipTypes"],
  ])("neighbourhood refuses %o with BAD_USER_INPUT", async (vars, argument) => {
    const r = await gql(app, HOOD, { id: toGlobalId("Software", "t:a"), ...vars });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.extensions?.argument).toBe(argument);
  });

  test("neighbourhood: the deprecated types/limit still work; a name and its former name together are refused", async () => {
    const old = await gql<{ neighbourhood: { neighbours: unknown[]; truncated: boolean } }>(
      app,
      `query($id: ID!) { neighbourhood(id: $id, types: ["USES"], limit: 10) { neighbours { outgoing } truncated } }`,
      { id: toGlobalId("Software", "t:a") },
    );
    expect(old.errors).toBeUndefined();
    expect(old.data?.neighbourhood.neighbours).toHaveLength(1);
    const both = await gql(
      app,
      `query($id: ID!) { neighbourhood(id: $id, first: 5, limit: 5) { truncated } }`,
      { id: toGlobalId("Software", "t:a") },
    );
    expect(both.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(both.errors?.[0]?.extensions?.argument).toBe("first");
  });

  const preflight = (origin: string) =>
    fetch(`${app.server.url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });

  test("CORS: a listed origin gets its preflight answered and can read responses", async () => {
    const r = await preflight("https://explorateur.example.fr");
    expect(r.status).toBe(204);
    expect(r.headers.get("access-control-allow-origin")).toBe("https://explorateur.example.fr");
    expect(r.headers.get("access-control-allow-methods")).toContain("POST");
    expect(r.headers.get("access-control-allow-headers")).toContain("content-type");
    const post = await fetch(`${app.server.url}/graphql`, {
      method: "POST",
      headers: { origin: "https://explorateur.example.fr", "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get("access-control-allow-origin")).toBe("https://explorateur.example.fr");
  });

  test("CORS: another origin gets no Access-Control-Allow-Origin (the browser refuses)", async () => {
    const r = await preflight("https://ailleurs.example.com");
    expect(r.status).toBe(204);
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("CSRF prevention still refuses simple cross-site requests, listed origin or not", async () => {
    const r = await fetch(`${app.server.url}/graphql`, {
      method: "POST",
      headers: { origin: "https://explorateur.example.fr", "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/CSRF/i);
  });

  test("the explorer is served at / and at every view's URL; its assets are cached for good", async () => {
    for (const url of [
      "/",
      `/entite/${toGlobalId("Software", "t:a")}`,
      "/reutilisation?niveau=organisation",
    ]) {
      const r = await fetch(`${app.server.url}${url}`, { headers: { accept: "text/html" } });
      expect(r.status).toBe(200);
      expect(await r.text()).toContain('<div id="app">');
    }
    const js = readdirSync(path.join(WEB_DIST_DIR, "assets")).find(f => f.endsWith(".js"));
    const asset = await fetch(`${app.server.url}/assets/${js}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    const missing = await fetch(`${app.server.url}/assets/nope.js`);
    expect(missing.status).toBe(404);
    const ide = await fetch(`${app.server.url}/ide`);
    expect(await ide.text()).not.toContain('<div id="app">');
  });
});
