import { readFileSync } from "node:fs";
import path from "node:path";
import type { App } from "../../../src/app";
import { REPO_ROOT } from "../../../src/paths";
import type { DatabaseInfoQuery } from "../../__generated__/operations";
import { gql, operation, startTestApp } from "../../setup/test-app";
import { openTestDb, type TestDb } from "../../setup/test-db";

describe("GraphQL server over the real Neo4j", () => {
  let app: App;
  let testDb: TestDb;

  beforeAll(async () => {
    testDb = await openTestDb();
    await testDb.wipe();
    await testDb.db.write(
      "CREATE (:Startup {key: 's1'})-[:INCUBATED_BY]->(:Incubator {key: 'i1'}), (:Startup {key: 's2'})",
    );
    app = await startTestApp();
  });

  afterAll(async () => {
    await app?.stop();
    await testDb?.close();
  });

  test("/healthz says the process is up", async () => {
    const response = await fetch(`${app.server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("/readyz says Neo4j answers", async () => {
    const response = await fetch(`${app.server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready" });
  });

  test("databaseInfo reports the Neo4j 5.26 version and counts per label and type", async () => {
    const result = await gql<DatabaseInfoQuery>(
      app,
      operation("database-info"),
      {},
      "DatabaseInfo",
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.databaseInfo).toEqual({
      version: expect.stringMatching(/^5\.26\.\d+$/),
      edition: "community",
      nodeCount: 3,
      relationshipCount: 1,
      labels: [
        { label: "Startup", count: 2 },
        { label: "Incubator", count: 1 },
      ],
      relationshipTypes: [{ type: "INCUBATED_BY", count: 1 }],
    });
  });

  test("a malformed body gets a JSON error, not a stack trace", async () => {
    const response = await fetch(`${app.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: "Malformed JSON body", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  test("a body over the size limit is refused", async () => {
    const response = await fetch(`${app.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ databaseInfo { version } } # ${"x".repeat(300_000)}` }),
    });
    expect(response.status).toBe(413);
  });

  test("an unknown field is a validation error with its code", async () => {
    const result = await gql(app, "{ nope }");
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  test("the offline IDE and its assets are served by the server itself", async () => {
    const page = await fetch(`${app.server.url}/ide`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("/ide/static/ruru.js");
    expect(html).not.toMatch(/unpkg|jsdelivr|cdn\./);
    const asset = await fetch(`${app.server.url}/ide/static/ruru.js`);
    expect(asset.status).toBe(200);
  });

  test("the IDE opens on the product's name with the README's examples as tabs", async () => {
    const html = await (await fetch(`${app.server.url}/ide`)).text();
    expect(html).toContain("<title>Graphe du numérique public");
    for (const title of ["Strategy analyst", "Front-end list page", "Sovereignty reviewer"]) {
      expect(html).toContain(title);
    }
    const doc = await fetch(`${app.server.url}/ide/docs/api.md`);
    expect(doc.status).toBe(200);
    expect(await doc.text()).toMatch(/^#/);
  });

  test("the SDL is served at /graphql/schema.graphql, equal to schema/schema.graphql", async () => {
    const response = await fetch(`${app.server.url}/graphql/schema.graphql`);
    expect(response.status).toBe(200);
    const committed = readFileSync(path.join(REPO_ROOT, "schema", "schema.graphql"), "utf8");
    expect(await response.text()).toBe(committed);
  });

  test("CSRF prevention refuses a simple GET without a preflight header", async () => {
    const response = await fetch(
      `${app.server.url}/graphql?query=${encodeURIComponent("{ databaseInfo { version } }")}`,
    );
    expect(response.status).toBe(400);
  });
});
