import { type Router } from "express";
import express from "express";

/** Why the process is not ready, with details (e.g. `behind` and both snapshot views). */
export type NotReady = { reason: string } & Record<string, unknown>;

export type ReadinessCheck = () => Promise<true | string | NotReady>;

/**
 * `/healthz`: the process is up. `/readyz`: Neo4j answers, warmed up and not behind the leader
 * (503 with the reason otherwise).
 */
export function healthRouter(ready: ReadinessCheck): Router {
  const router = express.Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const result = await ready();
    if (result === true) {
      res.json({ status: "ready" });
    } else {
      const details = typeof result === "string" ? { reason: result } : result;
      res.status(503).json({ status: "unavailable", ...details });
    }
  });
  return router;
}
