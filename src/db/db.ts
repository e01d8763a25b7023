import neo4j, {
  isRetriableError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from "neo4j-driver";
import { DatabaseTimeoutError, DatabaseUnavailableError } from "../errors";
import { mapNeo4jError } from "./errors";
import { PublishedSlot, SLOT_PARAM } from "./published-slot";
import { toNative } from "./to-native";

const READ_RETRIES = 2;
const USES_SLOT = new RegExp(`\\$${SLOT_PARAM}\\b`);
/** How long past the deadline a statement may take to report Neo4j's own timeout. */
const DEADLINE_SLACK_MS = 250;

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Counts the statements a request sends, so tests can prove batching. */
export interface StatementCounter {
  statements: number;
}

export interface DbScope {
  requestId?: string;
  operationName?: string;
  counter?: StatementCounter;
  /**
   * The request's deadline (epoch ms): every statement of the request shares it, so that no client
   * waits much past the query timeout, whatever the number of statements, retries or a Neo4j that
   * does not answer (planning, connection acquisition).
   */
  deadline?: number;
  /**
   * Route this view's reads to the leader (WRITE access mode) instead of a follower or read replica:
   * only for the leader's view of the published snapshot (`/readyz`), never for serving requests.
   */
  onLeader?: boolean;
}

export interface DbSettings {
  database: string;
  queryTimeoutMs: number;
  /**
   * False while Neo4j is (re)starting or cold (set by the server's readiness): a statement that
   * times out then is reported as DATABASE_UNAVAILABLE, the database's state, not the query's.
   */
  warm?: () => boolean;
}

/**
 * The application's only gateway to Neo4j: managed transactions, parameters only, a per-transaction
 * timeout, metadata for `SHOW TRANSACTIONS`, and driver types converted to plain values.
 */
export class Db {
  constructor(
    private readonly driver: Driver,
    readonly settings: DbSettings,
    private readonly scope: DbScope = {},
    private readonly slot: { get(): Promise<number> } = new PublishedSlot(
      driver,
      settings.database,
    ),
  ) {}

  /** A view of this Db that tags and counts the statements of one request. */
  scoped(scope: DbScope): Db {
    return new Db(this.driver, this.settings, scope, this.slot);
  }

  /** A view of this Db whose statements see snapshot slot `slot` (the loader's post-load steps). */
  pinned(slot: number): Db {
    return new Db(this.driver, this.settings, this.scope, { get: () => Promise.resolve(slot) });
  }

  /** Adds `$slot` (the published snapshot slot) to the parameters of a statement that uses it. */
  private async withSlot(cypher: string, params: Params): Promise<Params> {
    if (SLOT_PARAM in params || !USES_SLOT.test(cypher)) {
      return params;
    }
    return { ...params, [SLOT_PARAM]: await this.slot.get() };
  }

  /** A view of this Db whose reads go to the leader (the writer) of a cluster: its freshest data. */
  onLeader(): Db {
    return new Db(this.driver, this.settings, { ...this.scope, onLeader: true });
  }

  /**
   * Runs one read statement and returns its rows as plain objects.
   * NOTE: reads run as auto-commit statements (one round trip instead of BEGIN…COMMIT's two; about
   * 1.5x cheaper per statement under load, see bench/api), retried here on transient errors the way
   * a managed transaction would be. Writes always use managed transactions.
   */
  async read(cypher: string, given: Params = {}): Promise<Row[]> {
    const timeout = this.settings.queryTimeoutMs;
    for (let attempt = 0; ; attempt += 1) {
      const left = this.timeLeft(timeout);
      if (left <= 0) {
        throw this.unlessCold(new DatabaseTimeoutError(timeout));
      }
      // READ: a routing driver (neo4j://) sends it to a follower or read replica; the process's
      // bookmarks make it wait until that server has this process's own writes
      const session = this.driver.session({
        database: this.settings.database,
        defaultAccessMode: this.scope.onLeader ? neo4j.session.WRITE : neo4j.session.READ,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      let timedOut = false;
      try {
        this.count();
        // the published slot (cached) is read inside the deadline, retried and mapped like the rest
        const run = this.withSlot(cypher, given).then(params =>
          session.run(cypher, params, this.txConfig(left)),
        );
        const result = await withDeadline(run, left + DEADLINE_SLACK_MS, () => {
          timedOut = true;
          return new DatabaseTimeoutError(timeout);
        });
        return result.records.map(recordToRow);
      } catch (error) {
        if (!timedOut && attempt < READ_RETRIES && isRetriableError(error)) {
          await new Promise(resolve => setTimeout(resolve, 25 * 2 ** attempt));
          continue;
        }
        throw this.unlessCold(mapNeo4jError(error, timeout));
      } finally {
        // a statement abandoned at the deadline is closed in the background (Neo4j stops it at
        // its own transaction timeout); waiting for it would hold the client past the deadline
        const closing = session.close().catch(() => undefined);
        if (!timedOut) {
          await closing;
        }
      }
    }
  }

  /**
   * Runs one read statement and hands its rows to `onRow` one at a time as they arrive (the
   * driver's async iteration, with backpressure), for results too large to hold as one array
   * (whole-graph projections). Not retried: `onRow` may have seen rows. Returns the row count.
   */
  async stream(
    cypher: string,
    params: Params,
    onRow: (row: Row) => void,
    timeoutMs = this.settings.queryTimeoutMs,
  ): Promise<number> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    let rows = 0;
    try {
      this.count();
      const withSlot = await this.withSlot(cypher, params);
      for await (const record of session.run(cypher, withSlot, this.txConfig(timeoutMs))) {
        onRow(recordToRow(record));
        rows += 1;
      }
      return rows;
    } catch (error) {
      throw mapNeo4jError(error, timeoutMs);
    } finally {
      await session.close();
    }
  }

  private unlessCold(error: unknown): unknown {
    const cold = this.settings.warm && !this.settings.warm();
    return cold && error instanceof DatabaseTimeoutError ? new DatabaseUnavailableError() : error;
  }

  /** Milliseconds this request may still spend in Neo4j (the query timeout without a deadline). */
  private timeLeft(timeout: number): number {
    const deadline = this.scope.deadline;
    return deadline === undefined ? timeout : Math.min(timeout, deadline - Date.now());
  }

  write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.runWrite(tx => this.runIn(tx, cypher, params));
  }

  /** Several statements in one write transaction: all applied or none. */
  writeTransaction<T>(
    work: (run: (cypher: string, params?: Params) => Promise<Row[]>) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    return this.runWrite(
      tx => work((cypher, params = {}) => this.runIn(tx, cypher, params)),
      timeoutMs,
    );
  }

  /**
   * One write statement in its own auto-commit transaction: the only way to run
   * `CALL { … } IN TRANSACTIONS` (bulk deletes and updates in bounded transactions).
   */
  async writeAutoCommit(cypher: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    const timeout = timeoutMs ?? this.settings.queryTimeoutMs;
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      this.count();
      const result = await session.run(
        cypher,
        await this.withSlot(cypher, params),
        this.txConfig(timeout),
      );
      return result.records.map(recordToRow);
    } catch (error) {
      throw mapNeo4jError(error, timeout);
    } finally {
      await session.close();
    }
  }

  async serverInfo(): Promise<{ version: string; edition: string }> {
    const rows = await this.read(
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
    );
    return {
      version: String(rows[0]?.version ?? "unknown"),
      edition: String(rows[0]?.edition ?? "unknown"),
    };
  }

  private async runWrite<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    const timeout = timeoutMs ?? this.settings.queryTimeoutMs;
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await session.executeWrite(work, this.txConfig(timeout));
    } catch (error) {
      throw mapNeo4jError(error, timeout);
    } finally {
      await session.close();
    }
  }

  private txConfig(timeout: number) {
    return {
      timeout,
      metadata: {
        app: "graph-api",
        requestId: this.scope.requestId ?? "",
        operationName: this.scope.operationName ?? "",
      },
    };
  }

  private count(): void {
    if (this.scope.counter) {
      this.scope.counter.statements += 1;
    }
  }

  private async runIn(tx: ManagedTransaction, cypher: string, params: Params): Promise<Row[]> {
    this.count();
    const result = await tx.run(cypher, await this.withSlot(cypher, params));
    return result.records.map(recordToRow);
  }
}

/** Rejects with `onTimeout()` when `work` has not settled within `ms`. */
async function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) {
    row[String(key)] = toNative(record.get(key));
  }
  return row;
}
