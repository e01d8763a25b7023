import { isRetriableError, Neo4jError } from "neo4j-driver";
import { DatabaseTimeoutError, DatabaseUnavailableError } from "../errors";

const UNAVAILABLE = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.ClientError.Security.Unauthorized",
]);

const TIMEOUT = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.LockClientStopped",
]);

/**
 * The only place that reads Neo4j error codes. Unavailability and timeouts become client-visible
 * errors with a fixed code; anything else is rethrown unchanged and masked by the server.
 */
export function mapNeo4jError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code)) {
      return new DatabaseUnavailableError();
    }
    if (TIMEOUT.has(error.code)) {
      return new DatabaseTimeoutError(timeoutMs);
    }
    // locks, deadlocks, a database still starting after a restart…: still failing after the
    // retries, they are reported as unavailability, never as an internal error
    if (error.code.startsWith("Neo.TransientError.") || isRetriableError(error)) {
      return new DatabaseUnavailableError();
    }
  }
  if (
    error instanceof Error &&
    /connect ECONNREFUSED|Connection acquisition timed out|Pool is closed/i.test(error.message)
  ) {
    return new DatabaseUnavailableError();
  }
  return error;
}
