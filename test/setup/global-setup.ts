import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { createLogger } from "../../src/logging/logger";
import { startLocalNeo4j } from "../../src/neo4j-local";
import { TEST_NEO4J_DIR, TEST_BOLT_PORT, type TestGlobals } from "./test-env";

/**
 * Starts one real Neo4j for the whole integration run (unless NEO4J_TEST_URI points at one), and
 * builds dist/ for the tests that spawn the compiled server as a child process.
 */
export default async function globalSetup(): Promise<void> {
  const root = path.resolve(__dirname, "..", "..");
  // Type errors are reported by `npm run typecheck`; here we only need the emitted JavaScript.
  spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"],
    {
      cwd: root,
      stdio: "ignore",
    },
  );
  if (!existsSync(path.join(root, "dist/src/cli/neo4j.js"))) {
    throw new Error("the TypeScript build did not produce dist/: run `npm run build` to see why");
  }
  if (process.env.NEO4J_TEST_URI) {
    process.env.NEO4J_URI = process.env.NEO4J_TEST_URI;
    process.env.NEO4J_PASSWORD = process.env.NEO4J_TEST_PASSWORD ?? process.env.NEO4J_PASSWORD;
    process.env.NEO4J_USERNAME =
      process.env.NEO4J_TEST_USERNAME ?? process.env.NEO4J_USERNAME ?? "neo4j";
    return;
  }
  rmSync(TEST_NEO4J_DIR, { recursive: true, force: true });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? "warn", "test-neo4j");
  const neo4j = await startLocalNeo4j(
    { dir: TEST_NEO4J_DIR, boltPort: TEST_BOLT_PORT, httpPort: 0, heap: "768m", pageCache: "128m" },
    logger,
  );
  (globalThis as TestGlobals).__TEST_NEO4J__ = neo4j;
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USERNAME = neo4j.username;
  process.env.NEO4J_PASSWORD = neo4j.password;
}
