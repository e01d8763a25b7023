import neo4j, {
  isRetriableError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from "neo4j-driver";
import { mapNeo4jError } from "./errors";
import { toNative } from "./to-native";

const READ_RETRIES = 2;

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
}

export interface DbSettings {
  database: string;
  queryTimeoutMs: number;
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
  ) {}

  /** A view of this Db that tags and counts the statements of one request. */
  scoped(scope: DbScope): Db {
    return new Db(this.driver, this.settings, scope);
  }

  /**
   * Runs one read statement and returns its rows as plain objects.
   * NOTE: reads run as auto-commit statements (one round trip instead of BEGIN…COMMIT's two; about
   * 1.5x cheaper per statement under load, see bench/api), retried here on transient errors the way
   * a managed transaction would be. Writes always use managed transactions.
   */
  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    const timeout = this.settings.queryTimeoutMs;
    for (let attempt = 0; ; attempt += 1) {
      const session = this.driver.session({
        database: this.settings.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        this.count();
        const result = await session.run(cypher, params, this.txConfig(timeout));
        return result.records.map(recordToRow);
      } catch (error) {
        if (attempt < READ_RETRIES && isRetriableError(error)) {
          await new Promise(resolve => setTimeout(resolve, 25 * 2 ** attempt));
          continue;
        }
        throw mapNeo4jError(error, timeout);
      } finally {
        await session.close();
      }
    }
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
    const result = await tx.run(cypher, params);
    return result.records.map(recordToRow);
  }
}

function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) {
    row[String(key)] = toNative(record.get(key));
  }
  return row;
}
