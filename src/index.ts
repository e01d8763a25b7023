import "reflect-metadata";
import cluster from "node:cluster";
import { type App, startApp } from "./app";
import { type Config, ConfigError, loadConfig } from "./config";
import { createLogger, type Logger } from "./logging/logger";
import { seedIfEmpty } from "./seed/seed-on-start";
import { type PrimaryMessage, startPrimary } from "./workers";

/**
 * `npm start`: local Neo4j (unless NEO4J_URI is set), schema, seed if empty, GraphQL server; with
 * WEB_CONCURRENCY > 1, the primary of that many API workers (src/workers.ts).
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  if (cluster.isPrimary && config.http.workers > 1) {
    const primary = await startPrimary(config, logger);
    onSignals(logger, () => primary.stop());
    process.exit(await primary.done);
  }
  await serve(config, cluster.isWorker ? logger.child({ worker: cluster.worker?.id }) : logger);
}

/** One process serving the API (the only one, or one worker of the primary). */
async function serve(config: Config, logger: Logger): Promise<void> {
  const app = await startApp(config, logger, {
    beforeListen:
      config.seed.onEmpty && !config.neo4j.readOnly
        ? db => seedIfEmpty(db, config.seed.dir, logger)
        : undefined,
  });
  if (cluster.isWorker) {
    process.on("message", message => followPrimary(app, message as PrimaryMessage));
  }
  onSignals(logger, () =>
    app.stop().then(
      () => process.exit(0),
      error => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    ),
  );
}

/** A worker's readiness follows the local Neo4j the primary supervises (cold again after a restart). */
function followPrimary(app: App, message: PrimaryMessage): void {
  if (message.type === "neo4j-down") {
    app.readiness.markCold();
  } else if (message.type === "neo4j-restarted") {
    void app.readiness.startWarmUp();
  }
}

function onSignals(logger: Logger, stop: () => Promise<unknown>): void {
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "signal received");
    void stop();
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}

main().catch(error => {
  process.stderr.write(
    `start-up failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
