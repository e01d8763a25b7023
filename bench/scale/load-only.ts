/**
 * `node dist/bench/scale/load-only.js <snapshot folder>`: loads a snapshot folder with the
 * project's loader alone (no post-load steps) into NEO4J_URI or the local Neo4j, and prints the
 * load time and rate, the number of records and the loader process's peak resident memory. Used
 * to measure the loader itself (docs/loading.md). Options: LOAD_BATCH_SIZE, LOAD_TX_RECORDS, LOAD_NODE_CONCURRENCY.
 */
import "reflect-metadata";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { openNeo4j } from "../../src/connection";
import { openSnapshot } from "../../src/importers/snapshot-source";
import { createLogger } from "../../src/logging/logger";
import { createProgress, loadSnapshot } from "../../src/seed";
import { loadedRecords } from "./load";

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) {
    throw new Error("usage: load-only.js <snapshot folder>");
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel, "load-only");
  const connection = await openNeo4j(config, logger);
  try {
    const started = Date.now();
    const summary = await loadSnapshot(connection.db, openSnapshot(path.resolve(dir)), {
      batchSize: optional("LOAD_BATCH_SIZE"),
      recordsPerTransaction: optional("LOAD_TX_RECORDS"),
      nodeConcurrency: optional("LOAD_NODE_CONCURRENCY"),
      progress: createProgress(logger),
    });
    const seconds = (Date.now() - started) / 1000;
    const records = loadedRecords(summary);
    console.log(
      `${dir}: ${records} records in ${seconds.toFixed(1)} s (${Math.round(records / seconds)} records/s)` +
        `${summary.unchanged ? ", nothing written (already loaded)" : ""}; ` +
        `loader peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
    );
  } finally {
    await connection.close();
  }
}

function optional(name: string): number | undefined {
  const value = process.env[name];
  return value === undefined ? undefined : Number(value);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
