import type { CypherRegistry, Db, StatementCounter } from "./db";
import type { LoaderRegistry } from "./read/execute/loader-registry";
import type { Logger } from "./logging/logger";
import type { HeavyWork } from "./services/analytics/heavy-work";

/** What every resolver receives; built once per request by `createContext`. */
export interface Context {
  requestId: string;
  db: Db;
  cypher: CypherRegistry;
  logger: Logger;
  statements: StatementCounter;
  /** Per-request DataLoaders (batching of relationship fields and node lookups). */
  loaders: LoaderRegistry;
  /** Cache, admission and worker threads of the heavy analytics (one per process). */
  heavy?: HeavyWork;
}
