import "reflect-metadata";
import path from "node:path";
import { Command } from "commander";
import { loadConfig } from "../config";
import { openNeo4j } from "../connection";
import { readSnapshot } from "../importers/snapshot-format";
import { createLogger } from "../logging/logger";
import { REPO_ROOT } from "../paths";
import { createProgress, formatSummary, loadSnapshot } from "../seed";
import { afterSeed } from "../seed/after-seed";
import { DEFAULT_SNAPSHOT_DIR } from "../model";

/** `npm run seed`: loads seed/snapshot into Neo4j (idempotent; all or nothing). */
async function main(): Promise<void> {
  const config = loadConfig();
  const program = new Command()
    .name("seed")
    .description("Load the seed snapshot into Neo4j (NEO4J_URI, or the local Neo4j).")
    .option(
      "--dir <path>",
      `snapshot folder (default: SEED_DIR, else ${DEFAULT_SNAPSHOT_DIR})`,
      config.seed.dir,
    )
    .option("--batch-size <n>", "records per UNWIND batch", "1000")
    .parse();
  const options = program.opts<{ dir: string; batchSize: string }>();
  const logger = createLogger(config.logLevel, "seed");
  const batchSize = parseBatchSize(options.batchSize);
  const dir = path.resolve(REPO_ROOT, options.dir);
  logger.info({ dir }, "loading the snapshot folder");
  const snapshot = readSnapshot(dir);
  const connection = await openNeo4j(config, logger);
  try {
    const summary = await loadSnapshot(connection.db, snapshot, {
      batchSize,
      progress: createProgress(logger),
    });
    process.stdout.write(`loaded ${dir}\n${formatSummary(summary)}\n`);
    await afterSeed(connection.db, logger);
  } finally {
    await connection.close();
  }
}

function parseBatchSize(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1) {
    throw new Error(`--batch-size must be a whole number of at least 1, got '${text}'`);
  }
  return value;
}

main().catch(error => {
  process.stderr.write(
    `seed failed, the database is unchanged: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
