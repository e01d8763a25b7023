import cors from "cors";
import type { RequestHandler } from "express";

/**
 * CORS for an allow-list of origins (`CORS_ORIGINS`, empty by default). A listed origin gets its
 * preflight answered (204 with the allowed method and headers) and its responses readable; any
 * other origin gets no `Access-Control-Allow-*` header, so the browser refuses. Apollo's CSRF
 * prevention still refuses simple (non-preflighted) cross-site requests, listed origin or not.
 */
export function corsMiddleware(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: [
      "content-type",
      "apollo-require-preflight",
      "x-apollo-operation-name",
      "apollographql-client-name",
      "apollographql-client-version",
    ],
    exposedHeaders: ["x-request-id"],
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}
