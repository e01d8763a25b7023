import type { RequestHandler } from "express";
import { ErrorCode } from "../errors";

/**
 * Bounds the requests this process serves at once: beyond `max`, a request is answered at once
 * with 503, `Retry-After` and the `OVERLOADED` code, instead of queueing without bound behind a
 * slow or restarting Neo4j.
 */
export function inFlightLimit(max: number, retryAfterSeconds = 1): RequestHandler {
  let active = 0;
  return (_req, res, next) => {
    if (active >= max) {
      res
        .status(503)
        .setHeader("retry-after", String(retryAfterSeconds))
        .json({
          errors: [
            {
              message: `The server is busy (${max} requests in flight). Retry in ${retryAfterSeconds} s.`,
              extensions: { code: ErrorCode.OVERLOADED, retryAfterSeconds },
            },
          ],
        });
      return;
    }
    active += 1;
    res.once("close", () => {
      active -= 1;
    });
    next();
  };
}
