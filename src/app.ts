import type { Config } from "./config";
import { checkConnectivity, CypherRegistry, type Db } from "./db";
import { openNeo4j, type Neo4jConnection } from "./connection";
import { startServer, type RunningServer } from "./http/server";
import type { Logger } from "./logging/logger";
import type { LocalNeo4j } from "./neo4j-local";
import { CYPHER_DIR } from "./paths";

export interface App {
  server: RunningServer;
  db: Db;
  localNeo4j?: LocalNeo4j;
  /** Graceful stop: no new requests, in-flight ones finish, driver closed, local Neo4j stopped. */
  stop(): Promise<void>;
}

export interface AppHooks {
  /** Runs once the schema is applied, before the server listens (e.g. seeding an empty graph). */
  beforeListen?: (db: Db) => Promise<void>;
}

/** Starts everything `npm start` needs, in order, and returns a handle to stop it. */
export async function startApp(config: Config, logger: Logger, hooks: AppHooks = {}): Promise<App> {
  const connection = await openNeo4j(config, logger);
  try {
    await hooks.beforeListen?.(connection.db);
    const server = await startServer({
      config,
      logger,
      db: connection.db,
      cypher: CypherRegistry.load(CYPHER_DIR),
      ready: () => checkConnectivity(connection.driver, config.neo4j.database, 2_000),
    });
    logger.info(
      { url: `${server.url}/graphql`, ide: config.graphql.ide ? `${server.url}/ide` : undefined },
      "GraphQL server ready",
    );
    let stopping: Promise<void> | undefined;
    void connection.local?.exited.then(code => {
      if (!stopping) {
        logger.error(
          { code },
          "the local Neo4j exited unexpectedly; /readyz reports 503 until it is back",
        );
      }
    });
    return {
      server,
      db: connection.db,
      localNeo4j: connection.local,
      stop: () => (stopping ??= shutdown(server, connection, logger)),
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

async function shutdown(
  server: RunningServer,
  connection: Neo4jConnection,
  logger: Logger,
): Promise<void> {
  logger.info("shutting down: draining requests");
  await server.stop();
  await connection.close();
  logger.info("stopped");
}
