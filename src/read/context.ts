import type { CypherRegistry, Db, StatementCounter } from "../db";
import type { LoaderRegistry } from "./execute/loader-registry";

/**
 * What the entity read path needs of a request: the database, the Cypher registry, the
 * statement counter and the request's DataLoaders. The server's request context (src/context.ts)
 * extends it; the read path never depends on the rest.
 */
export interface ReadContext {
  db: Db;
  cypher: CypherRegistry;
  statements: StatementCounter;
  /** Per-request DataLoaders (batching of relationship fields and node lookups). */
  loaders: LoaderRegistry;
}
