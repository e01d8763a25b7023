import type { ApolloServerPlugin } from "@apollo/server";
import Negotiator from "negotiator";
import type { Context } from "../context";
import { ErrorCode } from "../errors";

const JSON_TYPE = "application/json";
const GRAPHQL_RESPONSE_TYPE = "application/graphql-response+json";

/**
 * HTTP statuses of the GraphQL-over-HTTP specification, for both response media types:
 * - a request error (parse, validation, variables, limits, a non-query operation: no `data`) is
 *   400 under `application/graphql-response+json`, and 200 under `application/json` (the spec's
 *   "SHOULD use 200" for the legacy type), never 500;
 * - an `OVERLOADED` refusal is 503 with `Retry-After`, whatever the media type.
 * The media type is negotiated as Apollo Server does (same candidates, same order).
 */
export function httpStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") {
            return;
          }
          const result = response.body.singleResult;
          const codes = (result.errors ?? []).map(e => e.extensions?.code);
          const overloaded = result.errors?.find(e => e.extensions?.code === ErrorCode.OVERLOADED);
          if (overloaded) {
            const seconds = Number(overloaded.extensions?.retryAfterSeconds ?? 1);
            response.http.headers.set("retry-after", String(Math.max(1, Math.ceil(seconds))));
          }
          if (codes.length === 0 || result.data !== undefined) {
            return; // executed: 200 (field errors included)
          }
          if (overloaded && codes.every(c => c === ErrorCode.OVERLOADED)) {
            response.http.status = 503;
          } else if (prefersGraphQLResponse(request.http?.headers.get("accept"))) {
            const status = response.http.status ?? 400;
            response.http.status = status >= 400 && status < 500 ? status : 400;
          } else {
            response.http.status = 200;
          }
        },
      };
    },
  };
}

/** True when the client's Accept picks application/graphql-response+json over application/json. */
export function prefersGraphQLResponse(accept: string | undefined): boolean {
  if (!accept) {
    return false;
  }
  const preferred = new Negotiator({ headers: { accept } }).mediaType([
    JSON_TYPE,
    GRAPHQL_RESPONSE_TYPE,
  ]);
  return preferred === GRAPHQL_RESPONSE_TYPE;
}
