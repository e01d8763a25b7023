import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { App } from "../../../src/app";
import { createLogger } from "../../../src/logging/logger";
import { type LocalNeo4j, startLocalNeo4j } from "../../../src/neo4j-local";
import { gql, startTestApp } from "../../setup/test-app";

const PORT = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688) + 2;

describe("readiness when Neo4j goes down and comes back", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "neo4j-readiness-"));
  const logger = createLogger("silent");
  const options = {
    dir,
    boltPort: PORT,
    httpPort: 0,
    heap: "512m",
    pageCache: "64m",
    password: "readiness-test",
  };
  let neo4j: LocalNeo4j;
  let app: App;

  beforeAll(async () => {
    neo4j = await startLocalNeo4j(options, logger);
    app = await startTestApp({
      NEO4J_URI: neo4j.uri,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_CONNECTION_TIMEOUT_MS: "1000",
    });
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    await neo4j?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const readyz = async () => {
    const response = await fetch(`${app.server.url}/readyz`);
    return {
      status: response.status,
      body: (await response.json()) as { status: string; reason?: string },
    };
  };

  test("503 with a reason and DATABASE_UNAVAILABLE while down, healthy again after a restart", async () => {
    expect((await readyz()).status).toBe(200);

    await neo4j.stop();
    const down = await readyz();
    expect(down.status).toBe(503);
    expect(down.body).toEqual({
      status: "unavailable",
      reason: expect.stringMatching(/Neo4j|answer/),
    });
    const failed = await gql(app, "{ databaseInfo { version } }");
    expect(failed.errors).toHaveLength(1);
    expect(failed.errors?.[0]?.extensions).toEqual({ code: "DATABASE_UNAVAILABLE" });
    expect(JSON.stringify(failed)).not.toMatch(/ECONNREFUSED|at .*\.js|MATCH|CALL/);
    expect((await fetch(`${app.server.url}/healthz`)).status).toBe(200);

    neo4j = await startLocalNeo4j(options, logger);
    let ready = await readyz();
    for (let i = 0; i < 20 && ready.status !== 200; i++) {
      await new Promise(resolve => setTimeout(resolve, 500));
      ready = await readyz();
    }
    expect(ready).toEqual({ status: 200, body: { status: "ready" } });
    const ok = await gql<{ databaseInfo: { version: string } }>(
      app,
      "{ databaseInfo { version } }",
    );
    expect(ok.data?.databaseInfo.version).toMatch(/^5\.26\./);
  }, 180_000);
});
