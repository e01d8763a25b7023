import type { Logger } from "../logging/logger";
import type { LocalNeo4j } from "./local-neo4j";

export interface SupervisorOptions {
  /** Failed restart attempts in a row before giving up (0 = never restart). */
  maxRestarts: number;
  /** First backoff; doubles at each failed attempt, up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/** A local Neo4j that is started again when it exits unexpectedly. */
export interface SupervisedNeo4j extends LocalNeo4j {
  /** Called each time a restarted Neo4j is ready again (e.g. to warm it up). */
  onRestarted(listener: () => void): void;
  /** Called each time it exits unexpectedly (e.g. to report the database cold at once). */
  onDown(listener: () => void): void;
  /** Restarts so far (successful ones). */
  readonly restarts: number;
}

/**
 * Watches a local Neo4j and starts it again when it exits without being asked to (a crash, an
 * OOM kill, `kill -9`): after a backoff (1 s, 2 s, 4 s… up to 30 s), at most `maxRestarts`
 * failed attempts in a row, each attempt logged. Same folder, ports and password, so the
 * driver reconnects by itself. `exited` resolves only when it gives up or is stopped.
 */
export function superviseLocalNeo4j(
  initial: LocalNeo4j,
  start: () => Promise<LocalNeo4j>,
  logger: Logger,
  options: SupervisorOptions,
): SupervisedNeo4j {
  const baseDelay = options.baseDelayMs ?? 1_000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const listeners: Array<() => void> = [];
  const downListeners: Array<() => void> = [];
  let current = initial;
  let stopping = false;
  let restarts = 0;
  let finish: (code: number | null) => void = () => undefined;
  const exited = new Promise<number | null>(resolve => (finish = resolve));
  let sleeping: { timer: NodeJS.Timeout; wake: () => void } | undefined;

  const sleep = (ms: number) =>
    new Promise<void>(resolve => {
      const timer = setTimeout(() => {
        sleeping = undefined;
        resolve();
      }, ms);
      sleeping = { timer, wake: resolve };
    });

  const watch = (neo4j: LocalNeo4j) => {
    void neo4j.exited.then(async code => {
      if (stopping) {
        finish(code);
        return;
      }
      logger.error({ code, pid: neo4j.pid }, "the local Neo4j exited unexpectedly: restarting it");
      downListeners.forEach(listener => listener());
      for (let attempt = 1; attempt <= options.maxRestarts && !stopping; attempt += 1) {
        const delay = Math.min(maxDelay, baseDelay * 2 ** (attempt - 1));
        logger.warn(
          { attempt, maxAttempts: options.maxRestarts, delayMs: delay },
          "restarting the local Neo4j",
        );
        await sleep(delay);
        if (stopping) {
          break;
        }
        try {
          current = await start();
        } catch (error) {
          logger.error(
            { attempt, err: error instanceof Error ? error.message : String(error) },
            "the local Neo4j did not restart",
          );
          continue;
        }
        if (stopping) {
          await current.stop(); // stopped while it was starting
          break;
        }
        restarts += 1;
        logger.info({ attempt, pid: current.pid }, "the local Neo4j is back");
        watch(current);
        listeners.forEach(listener => listener());
        return;
      }
      if (!stopping) {
        logger.error(
          { attempts: options.maxRestarts },
          "giving up restarting the local Neo4j: /readyz stays 503",
        );
      }
      finish(code);
    });
  };
  watch(initial);

  return {
    get uri() {
      return current.uri;
    },
    get httpUrl() {
      return current.httpUrl;
    },
    username: initial.username,
    password: initial.password,
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    exited,
    onRestarted: listener => listeners.push(listener),
    onDown: listener => downListeners.push(listener),
    stop: async () => {
      stopping = true;
      if (sleeping) {
        clearTimeout(sleeping.timer);
        sleeping.wake();
      }
      await current.stop();
      finish(null);
    },
  };
}
