/**
 * The one catalogue of error codes a client can see in `extensions.code`.
 * Documented in the README ("Errors"); anything else is masked as INTERNAL_SERVER_ERROR.
 */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED",
  GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED",
  NOT_FOUND = "NOT_FOUND",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE",
  DATABASE_TIMEOUT = "DATABASE_TIMEOUT",
  /** Heavy work or in-flight requests are saturated: retry after `extensions.retryAfterSeconds`. */
  OVERLOADED = "OVERLOADED",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}
