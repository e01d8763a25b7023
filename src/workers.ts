/**
 * `WEB_CONCURRENCY=N npm start` (N > 1): this primary process prepares Neo4j once (starts the
 * local one unless NEO4J_URI is set, applies the schema, seeds an empty graph) and runs N API
 * workers (node:cluster) that share the HTTP port. Workers are stateless (every cache is keyed by
 * the snapshot version): each connects to the same Neo4j and serves any request. SIGTERM/SIGINT
 * stops the workers (each drains its requests), then the local Neo4j.
 */
import cluster, { type Worker } from "node:cluster";
import type { Config } from "./config";
import { openNeo4j } from "./connection";
import type { Logger } from "./logging/logger";
import { seedIfEmpty } from "./seed/seed-on-start";

/** Messages the primary sends its workers. */
export type PrimaryMessage = { type: "neo4j-down" } | { type: "neo4j-restarted" };

export interface Primary {
  /** Stops the workers (each drains its requests), then the local Neo4j; resolves when all exited. */
  stop(): Promise<void>;
  /** Resolves with the exit code the primary should end with once everything stopped. */
  done: Promise<number>;
}

/** Starts the primary: Neo4j once, then `config.http.workers` workers; restarts a worker that dies. */
export async function startPrimary(config: Config, logger: Logger): Promise<Primary> {
  const connection = await openNeo4j(config, logger, { readOnly: config.neo4j.readOnly });
  try {
    if (config.seed.onEmpty && !config.neo4j.readOnly) {
      await seedIfEmpty(connection.db, config.seed.dir, logger);
    }
  } catch (error) {
    await connection.close();
    throw error;
  }
  await connection.driver.close(); // the workers have their own drivers
  const stopNeo4j = async () => connection.local?.stop();

  // the workers join the Neo4j prepared here: no second local Neo4j, no second schema step or seed
  const workerEnv = {
    NEO4J_URI: connection.target.uri,
    NEO4J_USERNAME: connection.target.username,
    NEO4J_PASSWORD: connection.target.password,
    NEO4J_READ_ONLY: "true",
    SEED_ON_EMPTY: "false",
  };
  let stopping = false;
  let finish: (code: number) => void = () => undefined;
  const done = new Promise<number>(resolve => (finish = resolve));
  const listening = new Set<number>();

  const fork = (): Worker => {
    const worker = cluster.fork(workerEnv);
    logger.info({ worker: worker.id, pid: worker.process.pid }, "API worker started");
    return worker;
  };
  const broadcast = (message: PrimaryMessage) => {
    for (const worker of Object.values(cluster.workers ?? {})) {
      worker?.send(message);
    }
  };
  connection.local?.onDown(() => broadcast({ type: "neo4j-down" }));
  connection.local?.onRestarted(() => broadcast({ type: "neo4j-restarted" }));

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter(w => w !== undefined);
      logger.info({ workers: workers.length }, "stopping the API workers");
      await Promise.all(
        workers.map(
          worker =>
            new Promise<void>(resolve => {
              if (worker.isDead()) {
                resolve();
                return;
              }
              worker.once("exit", () => resolve());
              worker.process.kill("SIGTERM");
            }),
        ),
      );
      await stopNeo4j();
      logger.info("stopped");
    })());

  cluster.on("listening", worker => listening.add(worker.id));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      return;
    }
    const wasServing = listening.delete(worker.id);
    logger.error({ worker: worker.id, code, signal }, "API worker exited");
    if (wasServing) {
      fork(); // a worker that served and died is replaced
      return;
    }
    // one that died before listening would die again (bad port, bad configuration): give up
    void stop().then(() => finish(1));
  });

  for (let i = 0; i < config.http.workers; i += 1) {
    fork();
  }
  return {
    stop: () => stop().then(() => finish(0)),
    done,
  };
}
