import type { NextFunction, Request, Response } from "express";
import type { Logger } from "../logging/logger";

/** One log line per request: method, path, status, duration and GraphQL operation name. */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const body = req.body as { operationName?: unknown } | undefined;
      logger.info(
        {
          method: req.method,
          path: req.originalUrl.split("?")[0],
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          operationName: typeof body?.operationName === "string" ? body.operationName : undefined,
          requestId: res.getHeader("x-request-id"),
        },
        "request",
      );
    });
    next();
  };
}
