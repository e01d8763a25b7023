import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { createLogger } from "../../src/logging/logger";
import { startLocalNeo4j } from "../../src/neo4j-local";
import { isAlive } from "./processes";
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
  refuseIfInUse(TEST_NEO4J_DIR);
  rmSync(TEST_NEO4J_DIR, { recursive: true, force: true });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? "warn", "test-neo4j");
  const neo4j = await startLocalNeo4j(
    // the loader commits every 20,000 records (docs/loading.md): the real snapshot no longer needs
    // a heap sized for one transaction holding all of it (≈ 560 MiB of transaction state)
    {
      dir: TEST_NEO4J_DIR,
      boltPort: TEST_BOLT_PORT,
      httpPort: 0,
      heap: "768m",
      pageCache: "128m",
    },
    logger,
  );
  (globalThis as TestGlobals).__TEST_NEO4J__ = neo4j;
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USERNAME = neo4j.username;
  process.env.NEO4J_PASSWORD = neo4j.password;
}

/**
 * The test Neo4j's folder is wiped at start: never under a Neo4j that another run still uses (its
 * launcher writes its pid in `launcher.lock`), which would corrupt that run's database.
 */
function refuseIfInUse(dir: string): void {
  const lock = path.join(dir, "launcher.lock");
  if (!existsSync(lock)) {
    return;
  }
  const pid = Number(readFileSync(lock, "utf8").trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(
      `${dir} is in use by another test run's Neo4j (pid ${pid}): wait for it, or give this run ` +
        "its own NEO4J_TEST_DIR and NEO4J_TEST_BOLT_PORT",
    );
  }
}
