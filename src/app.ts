import path from "node:path";

import type { Config } from "./config";
import {
  applySchema,
  checkConnectivity,
  createDriver,
  CypherRegistry,
  Db,
  type Driver,
} from "./db";
import { startServer, type RunningServer } from "./http/server";
import type { Logger } from "./logging/logger";
import { type LocalNeo4j, startLocalNeo4j } from "./neo4j-local";
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
  let localNeo4j: LocalNeo4j | undefined;
  let connection = config.neo4j.uri
    ? {
        uri: config.neo4j.uri,
        username: config.neo4j.username,
        password: config.neo4j.password ?? "",
      }
    : undefined;
  if (!connection) {
    localNeo4j = await startLocalNeo4j(
      { ...config.local, password: config.neo4j.password },
      logger,
    );
    connection = {
      uri: localNeo4j.uri,
      username: localNeo4j.username,
      password: localNeo4j.password,
    };
  }
  const driver = createDriver({
    ...connection,
    connectionTimeoutMs: config.neo4j.connectionTimeoutMs,
  });
  try {
    await waitForNeo4j(driver, config, logger);
    const db = new Db(driver, {
      database: config.neo4j.database,
      queryTimeoutMs: config.neo4j.queryTimeoutMs,
    });
    const statements = await applySchema(db, path.join(CYPHER_DIR, "schema"));
    logger.info({ statements }, "schema applied");
    await hooks.beforeListen?.(db);
    const cypher = CypherRegistry.load(CYPHER_DIR);
    const server = await startServer({
      config,
      logger,
      db,
      cypher,
      ready: () => checkConnectivity(driver, config.neo4j.database, 2_000),
    });
    logger.info(
      { url: `${server.url}/graphql`, ide: config.graphql.ide ? `${server.url}/ide` : undefined },
      "GraphQL server ready",
    );
    let stopping: Promise<void> | undefined;
    void localNeo4j?.exited.then(code => {
      if (!stopping) {
        logger.error(
          { code },
          "the local Neo4j exited unexpectedly; /readyz reports 503 until it is back",
        );
      }
    });
    return {
      server,
      db,
      localNeo4j,
      stop: () => (stopping ??= shutdown(server, driver, localNeo4j, logger)),
    };
  } catch (error) {
    await driver.close();
    await localNeo4j?.stop();
    throw error;
  }
}

async function waitForNeo4j(driver: Driver, config: Config, logger: Logger): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const result = await checkConnectivity(
      driver,
      config.neo4j.database,
      config.neo4j.connectionTimeoutMs,
    );
    if (result === true) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Neo4j at ${config.neo4j.uri ?? "the local launcher"} is not reachable: ${result}`,
      );
    }
    logger.warn({ reason: result }, "waiting for Neo4j");
    await new Promise(resolve => setTimeout(resolve, 1_000));
  }
}

async function shutdown(
  server: RunningServer,
  driver: Driver,
  local: LocalNeo4j | undefined,
  logger: Logger,
): Promise<void> {
  logger.info("shutting down: draining requests");
  await server.stop();
  await driver.close();
  if (local) {
    logger.info("stopping the local Neo4j");
    await local.stop();
  }
  logger.info("stopped");
}
