import cors from "cors";
import type { NextFunction, Request, RequestHandler, Response } from "express";

/**
 * CORS for an allow-list of origins (`CORS_ORIGINS`, empty by default). A listed origin gets its
 * preflight answered (204 with the allowed method and headers) and its responses readable; any
 * other origin gets no `Access-Control-Allow-*` header, so the browser refuses. Apollo's CSRF
 * prevention still refuses simple (non-preflighted) cross-site requests, listed origin or not.
 */
export function corsMiddleware(origins: readonly string[]): RequestHandler[] {
  const allowed = new Set(origins);
  const allowList = cors({
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
  return [allowList, answerOtherPreflights];
}

/**
 * The `cors` middleware lets the preflight of an origin it refuses through (Apollo would answer
 * it 400): answer it 204 without any `Access-Control-Allow-*` header, which the browser reads as
 * a refusal.
 */
function answerOtherPreflights(req: Request, res: Response, next: NextFunction): void {
  if (req.method === "OPTIONS") {
    res.setHeader("vary", "Origin");
    res.status(204).end();
    return;
  }
  next();
}
