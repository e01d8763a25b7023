import path from "node:path";
import express, { type Router } from "express";
import { ruruHTML } from "ruru/server";

/**
 * A GraphiQL IDE (ruru) served entirely from this server, so it works offline: Apollo's default
 * landing page loads from a CDN that closed networks cannot reach.
 */
export function ideRouter(graphqlPath: string): Router {
  const router = express.Router();
  const staticDir = path.join(path.dirname(require.resolve("ruru")), "..", "static");
  const page = ruruHTML({ endpoint: graphqlPath, staticPath: "/ide/static/" });
  router.use("/ide/static", express.static(staticDir, { immutable: true, maxAge: "1d" }));
  router.get("/ide", (_req, res) => {
    res.type("html").send(page);
  });
  return router;
}
