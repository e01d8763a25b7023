import { type Router } from "express";
import express from "express";

export type ReadinessCheck = () => Promise<true | string>;

/** `/healthz`: the process is up. `/readyz`: Neo4j answers (503 with the reason otherwise). */
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
      res.status(503).json({ status: "unavailable", reason: result });
    }
  });
  return router;
}
