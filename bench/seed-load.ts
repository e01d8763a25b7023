import "reflect-metadata";
import path from "node:path";
import { loadConfig } from "../src/config";
import { openNeo4j } from "../src/connection";
import type { Db } from "../src/db";
import { readSnapshot, type Snapshot } from "../src/importers/snapshot-format";
import { createLogger } from "../src/logging/logger";
import { REPO_ROOT } from "../src/paths";
import { loadSnapshot } from "../src/seed";

/**
 * Seed-load benchmark: the full snapshot into an empty database, the idempotent reload, and the
 * batching gain against a baseline of one statement per record on a subset, measured in this run.
 * Uses its own local Neo4j under .neo4j-bench (it wipes it). With NEO4J_URI, set BENCH_ALLOW_WIPE=true.
 */
async function main(): Promise<void> {
  const env = {
    NEO4J_LOCAL_DIR: ".neo4j-bench",
    NEO4J_LOCAL_BOLT_PORT: "7697",
    NEO4J_LOCAL_HTTP_PORT: "0",
    LOG_LEVEL: "warn",
    ...process.env,
  };
  const config = loadConfig(env);
  if (config.neo4j.uri && process.env.BENCH_ALLOW_WIPE !== "true") {
    throw new Error(
      "this benchmark wipes the database: set BENCH_ALLOW_WIPE=true to run it against NEO4J_URI",
    );
  }
  const logger = createLogger(config.logLevel, "bench");
  const snapshot = readSnapshot(path.join(REPO_ROOT, "seed/snapshot"));
  const connection = await openNeo4j(config, logger);
  try {
    const { db } = connection;
    await wipe(db);
    const full = await timed(() => loadSnapshot(db, snapshot));
    const reload = await timed(() => loadSnapshot(db, snapshot));
    const [counts] = await db.read(
      "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships",
    );
    const subset = pick(
      snapshot,
      ["Startup", "Incubator", "Organization"],
      ["INCUBATED_BY", "SPONSORED_BY"],
    );
    await wipe(db);
    const batched = await timed(() => loadSnapshot(db, subset, { batchSize: 1_000 }));
    await wipe(db);
    const oneByOne = await timed(() => loadSnapshot(db, subset, { batchSize: 1 }));
    const subsetRecords = [...subset.nodes.values(), ...subset.relationships.values()].reduce(
      (n, l) => n + l.length,
      0,
    );
    const rows = [
      [
        "full snapshot, empty database",
        full.ms,
        `${counts.nodes} nodes, ${counts.relationships} relationships`,
      ],
      [
        "idempotent reload (no change)",
        reload.ms,
        reload.value.unchanged ? "nothing written" : "CHANGED (unexpected)",
      ],
      [`subset (${subsetRecords} records), batches of 1000`, batched.ms, ""],
      [`subset (${subsetRecords} records), baseline: 1 record per statement`, oneByOne.ms, ""],
    ];
    process.stdout.write(
      `${rows.map(([name, ms, note]) => `${String(name).padEnd(62)}${String(ms).padStart(8)} ms  ${note}`).join("\n")}\n`,
    );
    process.stdout.write(
      `batching speed-up vs baseline: ${(oneByOne.ms / batched.ms).toFixed(1)}x\n`,
    );
    process.stdout.write(`reload / full load: ${(reload.ms / full.ms).toFixed(2)}\n`);
    process.stdout.write(
      `heap used by this process: ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB\n`,
    );
  } finally {
    await connection.close();
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6), value };
}

async function wipe(db: Db): Promise<void> {
  await db.write("MATCH (n) DETACH DELETE n");
}

function pick(snapshot: Snapshot, labels: string[], types: string[]): Snapshot {
  const keep = (label: string) => labels.includes(label);
  return {
    manifest: snapshot.manifest,
    nodes: new Map([...snapshot.nodes].filter(([label]) => keep(label))),
    relationships: new Map(
      [...snapshot.relationships]
        .filter(([type]) => types.includes(type))
        .map(([type, list]) => [type, list.filter(r => keep(r.from.label) && keep(r.to.label))]),
    ),
  };
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
