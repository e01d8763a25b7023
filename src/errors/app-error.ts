import { GraphQLError } from "graphql";
import { ErrorCode } from "./error-code";

/** Base of every error whose message is meant for the client. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, extensions);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.NOT_FOUND, message, extensions);
  }
}

export class QueryTooComplexError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(ErrorCode.QUERY_TOO_COMPLEX, message, extensions);
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor() {
    super(ErrorCode.DATABASE_UNAVAILABLE, "The graph database is unavailable. Try again shortly.");
  }
}

export class DatabaseTimeoutError extends AppError {
  constructor(timeoutMs: number) {
    super(
      ErrorCode.DATABASE_TIMEOUT,
      `The query took longer than the ${timeoutMs} ms limit. Narrow it (filters, smaller first/depth).`,
      { timeoutMs },
    );
  }
}

/** Only `query` operations run: the API is read-only (no Mutation or Subscription type). */
export class ReadOnlyApiError extends AppError {
  constructor(operation: string) {
    super(
      ErrorCode.GRAPHQL_VALIDATION_FAILED,
      `this API is read-only: only query operations are supported (got a ${operation})`,
      { operation },
    );
  }
}

/** Refused at once because heavy work or in-flight requests are saturated. */
export class OverloadedError extends AppError {
  constructor(what: string, retryAfterSeconds: number) {
    super(ErrorCode.OVERLOADED, `The server is busy (${what}). Retry in ${retryAfterSeconds} s.`, {
      retryAfterSeconds,
    });
  }
}
