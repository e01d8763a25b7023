import type { Logger } from "../logging/logger";
import type { NotReady } from "./health";
import type { Freshness } from "./snapshot-freshness";

/**
 * Representative reads run before the server reports ready, and again after each restart of the
 * local Neo4j: they fill Neo4j's page cache and plan cache, and V8's, so that the first real
 * requests do not all meet a cold database at once. Errors are tolerated per operation only in
 * the sense that the whole set is retried until it passes.
 */
export const WARM_UP_OPERATIONS = [
  `{ startups(first: 20, sort: [{ membersCount: DESC }]) { totalCount edges { cursor node { id key title currentPhase incubators(first: 3) { nodes { key name } } } } } }`,
  `{ startups(first: 5, where: { OR: [{ title: { contains: "a" } }, { title: { contains: "e" } }] }) { nodes { key } } }`,
  `{ software(first: 20) { totalCount nodes { key name repositories(first: 5) { nodes { key stars } } users(first: 5) { totalCount } } } }`,
  `{ organizations(first: 20) { nodes { key name ministries { nodes { key } } } } }`,
  `{ search(query: "docs", first: 5) { score node { id } } }`,
];

const RETRY_MS = 1_000;
/** How long `/readyz` waits for the two seed-state reads before leaving freshness unknown. */
const FRESHNESS_TIMEOUT_MS = 2_000;

/**
 * What `/readyz` reports: 503 while Neo4j does not answer, while the warm-up set has not passed
 * since the last (re)start, while the server this process reads from is behind the leader's
 * published snapshot (`behind`, with both views), and once shutdown began (so a load balancer
 * stops sending traffic).
 */
export class Readiness {
  private warm = false;
  private draining = false;
  private warming: Promise<void> | undefined;
  private wasBehind = false;

  constructor(
    private readonly connectivity: () => Promise<true | string>,
    private readonly warmUp: () => Promise<void>,
    private readonly logger: Logger,
    /** Compares the snapshot read through READ routing with the leader's (none = not checked). */
    private readonly freshness?: () => Promise<Freshness>,
  ) {}

  async check(): Promise<true | string | NotReady> {
    if (this.draining) {
      return "shutting down";
    }
    const connected = await this.connectivity();
    if (connected !== true) {
      return connected;
    }
    if (!this.warm) {
      return "warming up (running the warm-up queries)";
    }
    const fresh = await this.checkFreshness();
    if (fresh.status === "behind") {
      return { reason: "behind", reader: fresh.reader, leader: fresh.leader };
    }
    return true;
  }

  /**
   * A leader that cannot be read (down, partitioned, slow) leaves freshness unknown: the process
   * stays ready, since failing here would take every replica out of the load balancer at once
   * while their own reads still work.
   */
  private async checkFreshness(): Promise<Freshness | { status: "unknown" }> {
    if (!this.freshness) {
      return { status: "unknown" };
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const fresh = await Promise.race([
        this.freshness(),
        new Promise<never>((_resolve, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${FRESHNESS_TIMEOUT_MS} ms`)),
            FRESHNESS_TIMEOUT_MS,
          );
        }),
      ]);
      if ((fresh.status === "behind") !== this.wasBehind) {
        this.wasBehind = fresh.status === "behind";
        this.logger.info(fresh, this.wasBehind ? "behind the leader: not ready" : "caught up");
      }
      return fresh;
    } catch (error) {
      this.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        "snapshot freshness unknown (leader view not read): staying ready",
      );
      return { status: "unknown" };
    } finally {
      clearTimeout(timer);
    }
  }

  /** True once the warm-up passed since the last (re)start of Neo4j. */
  isWarm(): boolean {
    return this.warm;
  }

  /** (Re)runs the warm-up set until it passes; readiness is false meanwhile. */
  startWarmUp(): Promise<void> {
    this.warm = false;
    this.warming ??= this.warmUntilDone().finally(() => {
      this.warming = undefined;
    });
    return this.warming;
  }

  /** Neo4j went down: not ready (and cold) until the next warm-up passes. */
  markCold(): void {
    this.warm = false;
  }

  /** Shutdown began: report 503 from now on. */
  drain(): void {
    this.draining = true;
  }

  private async warmUntilDone(): Promise<void> {
    for (;;) {
      const started = Date.now();
      try {
        await this.warmUp();
        this.warm = true;
        this.logger.info({ durationMs: Date.now() - started }, "warm-up done: ready");
        return;
      } catch (error) {
        if (this.draining) {
          return;
        }
        this.logger.warn(
          { err: error instanceof Error ? error.message : String(error) },
          "warm-up failed: retrying",
        );
        await new Promise(resolve => setTimeout(resolve, RETRY_MS).unref());
      }
    }
  }
}
