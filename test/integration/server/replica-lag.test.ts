import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import express from "express";
import { applySchema, checkConnectivity, createDriver, Db, type Driver } from "../../../src/db";
import { healthRouter } from "../../../src/http/health";
import { Readiness } from "../../../src/http/readiness";
import { snapshotFreshness } from "../../../src/http/snapshot-freshness";
import type { Snapshot, SnapshotNode } from "../../../src/importers/snapshot-format";
import { createLogger } from "../../../src/logging/logger";
import { type LocalNeo4j, startLocalNeo4j } from "../../../src/neo4j-local";
import { CYPHER_DIR } from "../../../src/paths";
import { loadSnapshot } from "../../../src/seed";
import { openTestDb, type TestDb } from "../../setup/test-db";

/** A second real Neo4j plays the follower / read replica this API process reads from. */
const REPLICA_PORT = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688) + 8;

const prov = [
  { source: "betagouv", record: "x.md", date: "2026-08-20", licence: "CC-BY-NC-SA-4.0" },
];

function snapshot(titles: string[]): Snapshot {
  const startups: SnapshotNode[] = titles.map((title, i) => ({
    key: `s${i}`,
    props: { title },
    prov,
  }));
  return {
    manifest: { formatVersion: 1, builtFrom: {}, counts: { nodes: {}, relationships: {} } },
    nodes: new Map([["Startup", startups]]),
    relationships: new Map(),
  };
}

/**
 * `/readyz` of a process whose READ-routed reads hit a lagging server: the leader is the test
 * Neo4j, the reader a second Neo4j that receives each snapshot only when the test "replicates" it
 * (loads it there with the same loader), as a follower receives the leader's transactions later.
 */
describe("readiness of a replica behind the leader", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "neo4j-replica-"));
  const logger = createLogger("silent");
  let leader: TestDb;
  let replica: LocalNeo4j;
  let replicaDriver: Driver;
  let replicaDb: Db;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    leader = await openTestDb();
    await leader.wipe();
    replica = await startLocalNeo4j(
      {
        dir,
        boltPort: REPLICA_PORT,
        httpPort: 0,
        heap: "512m",
        pageCache: "32m",
        password: "replica-test",
      },
      logger,
    );
    replicaDriver = createDriver({
      uri: replica.uri,
      username: replica.username,
      password: replica.password,
      connectionTimeoutMs: 5_000,
    });
    replicaDb = new Db(replicaDriver, { database: "neo4j", queryTimeoutMs: 60_000 });
    await applySchema(replicaDb, path.join(CYPHER_DIR, "schema"));
    const readiness = new Readiness(
      () => checkConnectivity(replicaDriver, "neo4j", 2_000),
      async () => undefined,
      logger,
      () => snapshotFreshness(replicaDb, leader.db.onLeader()),
    );
    await readiness.startWarmUp();
    const app = express().use(healthRouter(() => readiness.check()));
    server = await new Promise<Server>(resolve => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`;
  }, 180_000);

  afterAll(async () => {
    server?.close();
    await replicaDriver?.close();
    await replica?.stop();
    await leader?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const readyz = async () => {
    const response = await fetch(url);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  test("503 'behind' with both views while the replica lags, ready once it caught up", async () => {
    const first = snapshot(["Alpha", "Beta"]);
    await loadSnapshot(leader.db, first);
    await loadSnapshot(replicaDb, first);
    expect(await readyz()).toEqual({ status: 200, body: { status: "ready" } });

    const second = snapshot(["Alpha", "Beta", "Gamma"]);
    const published = await loadSnapshot(leader.db, second);
    const lagging = await readyz();
    expect(lagging.status).toBe(503);
    expect(lagging.body).toMatchObject({
      status: "unavailable",
      reason: "behind",
      leader: { hash: published.hash },
      reader: { hash: expect.not.stringMatching(published.hash) },
    });

    await loadSnapshot(replicaDb, second); // the replica catches up
    expect(await readyz()).toEqual({ status: 200, body: { status: "ready" } });
  }, 120_000);

  test("the same database read through READ and WRITE routing is never behind itself", async () => {
    await loadSnapshot(leader.db, snapshot(["Delta"]));
    expect(await snapshotFreshness(leader.db)).toEqual({ status: "current" });
  });
});
