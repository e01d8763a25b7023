import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { isAlive, waitUntil } from "../../setup/processes";
import { createLogger } from "../../../src/logging/logger";
import { LocalNeo4jError, startLocalNeo4j } from "../../../src/neo4j-local";

const BASE = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);
const ROOT = path.resolve(__dirname, "..", "..", "..");

describe("local Neo4j launcher", () => {
  const logger = createLogger("silent");
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "neo4j-launcher-"));
    dirs.push(dir);
    return dir;
  };

  afterAll(() => {
    for (const dir of dirs) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a taken port is a clear error", async () => {
    const blocker = net.createServer();
    await new Promise<void>(resolve => blocker.listen(BASE + 3, "127.0.0.1", () => resolve()));
    try {
      const attempt = startLocalNeo4j(
        {
          dir: tempDir(),
          boltPort: BASE + 3,
          httpPort: 0,
          heap: "256m",
          pageCache: "32m",
          password: "port-test-pw",
        },
        logger,
      );
      await expect(attempt).rejects.toThrow(/127\.0\.0\.1:\d+ is already in use/);
      await expect(attempt).rejects.toBeInstanceOf(LocalNeo4jError);
    } finally {
      blocker.close();
    }
  }, 120_000);

  test("a data folder used by another process is a clear error, and stop leaves no JVM", async () => {
    const dir = tempDir();
    const first = await startLocalNeo4j(
      {
        dir,
        boltPort: BASE + 4,
        httpPort: 0,
        heap: "512m",
        pageCache: "32m",
        password: "lock-test-pw",
      },
      logger,
    );
    try {
      await expect(
        startLocalNeo4j(
          {
            dir,
            boltPort: BASE + 5,
            httpPort: 0,
            heap: "256m",
            pageCache: "32m",
            password: "lock-test-pw",
          },
          logger,
        ),
      ).rejects.toThrow(/is locked by another process/);
    } finally {
      await first.stop();
    }
    expect(isAlive(first.pid)).toBe(false);
  }, 180_000);

  test("killing the parent with SIGKILL leaves no orphan JVM behind", async () => {
    const dir = tempDir();
    const parent = spawn(process.execPath, [path.join(ROOT, "dist/src/cli/neo4j.js")], {
      cwd: ROOT,
      env: {
        ...process.env,
        NEO4J_URI: "",
        NEO4J_LOCAL_DIR: dir,
        NEO4J_LOCAL_BOLT_PORT: String(BASE + 6),
        NEO4J_LOCAL_HTTP_PORT: "0",
        NEO4J_LOCAL_HEAP: "512m",
        NEO4J_PASSWORD: "orphan-test-pw",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const javaPid = await new Promise<number>((resolve, reject) => {
      readline.createInterface({ input: parent.stdout! }).on("line", line => {
        if (line.includes("local Neo4j ready")) {
          resolve(Number(JSON.parse(line).pid ?? -1));
        }
      });
      parent.on("exit", code => reject(new Error(`launcher exited early (${code})`)));
    });
    expect(javaPid).toBeGreaterThan(0);
    expect(isAlive(javaPid)).toBe(true);
    parent.kill("SIGKILL");
    expect(await waitUntil(() => !isAlive(javaPid), 60_000)).toBe(true);
  }, 180_000);
});
