import path from "node:path";
import type { Config } from "./config";
import { applySchema, checkConnectivity, createDriver, Db, type Driver } from "./db";
import type { Logger } from "./logging/logger";
import {
  LocalNeo4jError,
  readLocalPassword,
  startLocalNeo4j,
  superviseLocalNeo4j,
  type SupervisedNeo4j,
} from "./neo4j-local";
import { CYPHER_DIR } from "./paths";

export interface Neo4jConnection {
  driver: Driver;
  db: Db;
  /** Set when this process started the local Neo4j (and must stop it); restarted if it dies. */
  local?: SupervisedNeo4j;
  /** Where the driver connects (the local Neo4j's URI and password when it was started or joined). */
  target: Target;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or starts the local Neo4j; when the local one already runs (e.g. under
 * `npm start`), connects to it instead. Waits for Bolt and applies the schema (not when readOnly).
 */
export async function openNeo4j(
  config: Config,
  logger: Logger,
  options: { readOnly?: boolean } = {},
): Promise<Neo4jConnection> {
  let local: SupervisedNeo4j | undefined;
  let target: Target;
  if (config.neo4j.uri) {
    target = {
      uri: config.neo4j.uri,
      username: config.neo4j.username,
      password: config.neo4j.password ?? "",
    };
  } else {
    const started = await startOrJoinLocal(config, logger);
    local = started.local;
    target = started.target;
  }
  const driver = createDriver({ ...target, connectionTimeoutMs: config.neo4j.connectionTimeoutMs });
  const close = async () => {
    await driver.close();
    await local?.stop();
  };
  try {
    await waitForNeo4j(driver, config, target.uri, logger);
    const db = new Db(driver, {
      database: config.neo4j.database,
      queryTimeoutMs: config.neo4j.queryTimeoutMs,
    });
    if (!options.readOnly) {
      const statements = await applySchema(db, path.join(CYPHER_DIR, "schema"));
      logger.info({ statements }, "schema applied");
    }
    return { driver, db, local, target, close };
  } catch (error) {
    await close();
    throw error;
  }
}

type Target = { uri: string; username: string; password: string };

/**
 * Starts the local Neo4j. When its folder is locked by another process, joins that Neo4j if it
 * answers (e.g. `npm run seed` while `npm start` runs); if it is shutting down, waits and retries.
 */
async function startOrJoinLocal(
  config: Config,
  logger: Logger,
): Promise<{ local?: SupervisedNeo4j; target: Target }> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const options = { ...config.local, password: config.neo4j.password };
      const local = superviseLocalNeo4j(
        await startLocalNeo4j(options, logger),
        () => startLocalNeo4j(options, logger),
        logger,
        { maxRestarts: config.local.maxRestarts },
      );
      return {
        local,
        target: { uri: local.uri, username: local.username, password: local.password },
      };
    } catch (error) {
      if (!(error instanceof LocalNeo4jError && error.kind === "locked") || Date.now() > deadline) {
        throw error;
      }
    }
    const target = {
      uri: `bolt://127.0.0.1:${config.local.boltPort}`,
      username: "neo4j",
      password: config.neo4j.password ?? readLocalPassword(config.local.dir),
    };
    const probe = createDriver({ ...target, connectionTimeoutMs: 2_000 });
    const reachable = await checkConnectivity(probe, config.neo4j.database, 3_000);
    await probe.close();
    if (reachable === true) {
      logger.info("the local Neo4j is already running: connecting to it");
      return { target };
    }
    logger.info(
      "the local Neo4j folder is locked by a Neo4j that does not answer (stopping?): retrying",
    );
    await new Promise(resolve => setTimeout(resolve, 2_000));
  }
}

async function waitForNeo4j(
  driver: Driver,
  config: Config,
  uri: string,
  logger: Logger,
): Promise<void> {
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
      throw new Error(`Neo4j at ${uri} is not reachable: ${result}`);
    }
    logger.warn({ reason: result }, "waiting for Neo4j");
    await new Promise(resolve => setTimeout(resolve, 1_000));
  }
}
