import "reflect-metadata";
import { startApp } from "./app";
import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logging/logger";
import { seedIfEmpty } from "./seed/seed-on-start";

/** `npm start`: local Neo4j (unless NEO4J_URI is set), schema, seed if empty, GraphQL server. */
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
  const app = await startApp(config, logger, {
    beforeListen:
      config.seed.onEmpty && !config.neo4j.readOnly
        ? db => seedIfEmpty(db, config.seed.dir, logger)
        : undefined,
  });
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "signal received");
    app.stop().then(
      () => process.exit(0),
      error => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
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
