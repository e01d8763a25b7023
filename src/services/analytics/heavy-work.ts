import { spofStructure, type SpofStructure, type SpofStructureInput } from "../../analytics";
import type { AnalyticsPool } from "../../analytics/worker/pool";
import type { Db } from "../../db";
import { DatabaseTimeoutError, OverloadedError } from "../../errors";

export interface HeavyWorkOptions {
  /** Computations run at once. */
  concurrency: number;
  /** Computations that may wait for a slot; beyond, OVERLOADED at once. */
  queue: number;
  /** Time budget of one computation (its worker task and its statements). */
  budgetMs: number;
  /** How long a request waits for a slot or a result (then OVERLOADED: the work goes on). */
  waitMs: number;
}

/** What a computation gets: its abort signal and a Db whose deadline is the budget's. */
export interface HeavyTask {
  signal: AbortSignal;
  db: Db;
}

const RETRY_AFTER_S = 2;

/**
 * Admission, caching and time budget of the heavy analytics (whole-graph algorithms):
 * - results are cached per snapshot version (the graph only changes on a reseed) and a
 *   computation in progress is shared by every request that asks for it;
 * - at most `concurrency` computations run, `queue` more may wait; beyond, or after waiting
 *   `waitMs` for a slot, the request gets OVERLOADED (with Retry-After) at once;
 * - a computation gets `budgetMs`: past it, its worker task is aborted (DATABASE_TIMEOUT);
 * - the CPU-bound part runs in worker threads (`pool`), so the event loop stays free.
 */
export class HeavyWork {
  private readonly cache = new Map<string, Promise<unknown>>();
  private version: string | undefined;
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly options: HeavyWorkOptions,
    private readonly db: Db,
    private readonly pool?: AnalyticsPool,
  ) {}

  /**
   * Runs `compute` once per snapshot version and key (`null` version = never cached). The caller
   * waits at most `waitMs`; a computation still running then goes on and fills the cache.
   */
  run<T>(version: string | null, key: string, compute: (task: HeavyTask) => Promise<T>) {
    return this.wait(this.start(version, key, compute));
  }

  private start<T>(version: string | null, key: string, compute: (task: HeavyTask) => Promise<T>) {
    if (version === null) {
      return this.admit(compute);
    }
    if (version !== this.version) {
      this.cache.clear();
      this.version = version;
    }
    let result = this.cache.get(key) as Promise<T> | undefined;
    if (!result) {
      result = this.admit(compute);
      this.cache.set(key, result);
      result.catch(() => this.cache.delete(key));
    }
    return result;
  }

  /** The structural part of the single points of failure, in a worker thread when there is a pool. */
  async spofStructure(input: SpofStructureInput, signal: AbortSignal): Promise<SpofStructure> {
    if (!this.pool) {
      return spofStructure(input); // no worker threads (see WORKERS_AVAILABLE): inline
    }
    return this.pool.spofStructure(input, signal).catch(error => {
      throw signal.aborted ? new DatabaseTimeoutError(this.options.budgetMs) : error;
    });
  }

  private async admit<T>(compute: (task: HeavyTask) => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      const { budgetMs } = this.options;
      const db = this.db.scoped({
        operationName: "heavy-analytics",
        deadline: Date.now() + budgetMs,
      });
      return await compute({ signal: AbortSignal.timeout(budgetMs), db });
    } finally {
      this.release();
    }
  }

  private async wait<T>(result: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new OverloadedError("the analysis is still being computed", RETRY_AFTER_S)),
        this.options.waitMs,
      );
    });
    try {
      return await Promise.race([result, expired]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async acquire(): Promise<void> {
    if (this.active < this.options.concurrency) {
      this.active += 1;
      return;
    }
    if (this.waiting.length >= this.options.queue) {
      throw new OverloadedError("heavy analytics are saturated", RETRY_AFTER_S);
    }
    await new Promise<void>((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(wake), 1);
        reject(new OverloadedError("heavy analytics are saturated", RETRY_AFTER_S));
      }, this.options.waitMs);
      this.waiting.push(wake);
    });
    // the slot was handed over by release(): `active` already counts it
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) {
      next();
    } else {
      this.active -= 1;
    }
  }
}
