import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Router } from "express";

/**
 * The explorer (web/, built into `dir` by `npm run build`) at `/`: hashed assets cached for a
 * year, and `index.html` for every other GET under `/` that is not a file, so that each view's
 * shareable URL opens the app. Returns undefined when the build is absent.
 */
export function webRouter(dir: string): Router | undefined {
  const index = path.join(dir, "index.html");
  if (!existsSync(index)) {
    return undefined;
  }
  const router = express.Router();
  router.use(
    "/assets",
    express.static(path.join(dir, "assets"), { immutable: true, maxAge: "1y" }),
  );
  router.use(express.static(dir, { index: false, maxAge: 0 }));
  router.get(/^\/(?!graphql|ide|healthz|readyz|assets\/).*/, (req, res, next) => {
    if (!req.accepts("html")) {
      next();
      return;
    }
    res.setHeader("cache-control", "no-cache");
    res.sendFile(index);
  });
  return router;
}
