import { existsSync } from "node:fs";
import path from "node:path";

/** The repository root, found from this file whether it runs from src/ (tests) or dist/src/. */
export const REPO_ROOT = findRoot(__dirname);

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, "package.json")) || !existsSync(path.join(dir, "cypher"))) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`cannot find the repository root above ${start}`);
    }
    dir = parent;
  }
  return dir;
}

export const CYPHER_DIR = path.join(REPO_ROOT, "cypher");
export const NEO4J_MODULE_DIR = path.join(REPO_ROOT, "neo4j");
/** The explorer's production build (`vite build` of web/, run by `npm run build`). */
export const WEB_DIST_DIR = path.join(REPO_ROOT, "dist", "web");
