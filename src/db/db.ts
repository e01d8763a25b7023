import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from "neo4j-driver";
import { mapNeo4jError } from "./errors";
import { toNative } from "./to-native";

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

  /** Runs one read statement and returns its rows as plain objects. */
  read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.run("READ", tx => this.runIn(tx, cypher, params));
  }

  write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.run("WRITE", tx => this.runIn(tx, cypher, params));
  }

  /** Several statements in one write transaction: all applied or none. */
  writeTransaction<T>(
    work: (run: (cypher: string, params?: Params) => Promise<Row[]>) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    return this.run(
      "WRITE",
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

  private async run<T>(
    mode: "READ" | "WRITE",
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    const timeout = timeoutMs ?? this.settings.queryTimeoutMs;
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = {
      timeout,
      metadata: {
        app: "graph-api",
        requestId: this.scope.requestId ?? "",
        operationName: this.scope.operationName ?? "",
      },
    };
    try {
      return mode === "READ"
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw mapNeo4jError(error, timeout);
    } finally {
      await session.close();
    }
  }

  private async runIn(tx: ManagedTransaction, cypher: string, params: Params): Promise<Row[]> {
    if (this.scope.counter) {
      this.scope.counter.statements += 1;
    }
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
