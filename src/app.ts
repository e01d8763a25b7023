import type { Config } from "./config";
import { checkConnectivity, CypherRegistry, type Db } from "./db";
import { openNeo4j, type Neo4jConnection } from "./connection";
import { Readiness } from "./http/readiness";
import { snapshotFreshness } from "./http/snapshot-freshness";
import { startServer, type RunningServer } from "./http/server";
import type { Logger } from "./logging/logger";
import type { SupervisedNeo4j } from "./neo4j-local";
import { CYPHER_DIR } from "./paths";

export interface App {
  server: RunningServer;
  db: Db;
  localNeo4j?: SupervisedNeo4j;
  /** What /readyz reports (Neo4j answers, warm-up passed, not shutting down). */
  readiness: Readiness;
  /** Graceful stop: no new requests, in-flight ones finish, driver closed, local Neo4j stopped. */
  stop(): Promise<void>;
}

export interface AppHooks {
  /** Runs once the schema is applied, before the server listens (e.g. seeding an empty graph). */
  beforeListen?: (db: Db) => Promise<void>;
}

/** Starts everything `npm start` needs, in order, and returns a handle to stop it. */
export async function startApp(config: Config, logger: Logger, hooks: AppHooks = {}): Promise<App> {
  const connection = await openNeo4j(config, logger, { readOnly: config.neo4j.readOnly });
  try {
    await hooks.beforeListen?.(connection.db);
    const readiness = new Readiness(
      () => checkConnectivity(connection.driver, config.neo4j.database, 2_000),
      () => server.warmUp(), // called only once the server below has started
      logger,
      () => snapshotFreshness(connection.db),
    );
    // a statement that times out while Neo4j is not warm (a restart) reports unavailability
    connection.db.settings.warm = () => readiness.isWarm();
    const server = await startServer({
      config,
      logger,
      db: connection.db,
      cypher: CypherRegistry.load(CYPHER_DIR),
      ready: () => readiness.check(),
    });
    logger.info(
      { url: `${server.url}/graphql`, ide: config.graphql.ide ? `${server.url}/ide` : undefined },
      "GraphQL server ready",
    );
    void readiness.startWarmUp();
    // a restarted local Neo4j is cold again: warm it up before reporting ready
    connection.local?.onDown(() => readiness.markCold());
    connection.local?.onRestarted(() => void readiness.startWarmUp());
    let stopping: Promise<void> | undefined;
    return {
      server,
      db: connection.db,
      localNeo4j: connection.local,
      readiness,
      stop: () => (stopping ??= shutdown(server, readiness, connection, logger)),
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

async function shutdown(
  server: RunningServer,
  readiness: Readiness,
  connection: Neo4jConnection,
  logger: Logger,
): Promise<void> {
  logger.info("shutting down: draining requests");
  readiness.drain();
  await server.stop();
  await connection.close();
  logger.info("stopped");
}
