import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ErrorCode } from "../errors";
import type { Logger } from "../logging/logger";

const PUBLIC_CODES = new Set<string>(
  Object.values(ErrorCode).filter(c => c !== ErrorCode.INTERNAL_SERVER_ERROR),
);
PUBLIC_CODES.add("PERSISTED_QUERY_NOT_FOUND");
PUBLIC_CODES.add("PERSISTED_QUERY_NOT_SUPPORTED");
PUBLIC_CODES.add("OPERATION_RESOLUTION_FAILURE");
PUBLIC_CODES.add("BAD_REQUEST");

// graphql-js 16 words it "more that N tokens"
const TOKEN_LIMIT = /Document contains more th(?:an|at) (\d+) tokens/;

/**
 * Lets errors of the public catalogue through and masks everything else, so that Cypher, driver
 * messages and stack traces never reach a client. The original is logged.
 */
export function makeFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "");
    const tokens = TOKEN_LIMIT.exec(formatted.message);
    if (code === "GRAPHQL_PARSE_FAILED" && tokens) {
      // the parser's `maxTokens` guard is one of our limits: same code and shape as the others
      return {
        message: `token count exceeds the limit of ${tokens[1]}`,
        extensions: {
          code: ErrorCode.QUERY_TOO_COMPLEX,
          measure: "token count",
          limit: Number(tokens[1]),
        },
      };
    }
    if (PUBLIC_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    logger.error({ err: original, path: formatted.path }, "internal error masked");
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
