import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

import { isAlive } from "../../setup/processes";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const BASE = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);

interface Started {
  child: ChildProcess;
  messages: Array<Record<string, unknown>>;
  exit: Promise<number | null>;
}

/** Runs the compiled server (`npm start`'s command) as a real process, in development mode. */
async function startServerProcess(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [path.join(ROOT, "dist/src/index.js")], {
    cwd: ROOT,
    // development mode: Apollo's own signal handling is active there, as under `npm start`
    env: {
      ...process.env,
      NODE_ENV: "development",
      PORT: "0",
      LOG_LEVEL: "info",
      SEED_ON_EMPTY: "false",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const messages: Array<Record<string, unknown>> = [];
  const exit = new Promise<number | null>(resolve => child.on("exit", code => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on("line", line => {
      try {
        const message = JSON.parse(line) as Record<string, unknown>;
        messages.push(message);
        if (message.msg === "GraphQL server ready") {
          resolve();
        }
      } catch {
        // the seed summary table is plain text
      }
    });
    void exit.then(code => reject(new Error(`server exited during start-up (${code})`)));
  });
  return { child, messages, exit };
}

describe("the server process on SIGTERM", () => {
  test("with NEO4J_URI: drains, closes the driver and exits 0", async () => {
    const server = await startServerProcess({});
    server.child.kill("SIGTERM");
    expect(await server.exit).toBe(0);
    expect(server.messages.map(m => m.msg)).toEqual(
      expect.arrayContaining(["signal received", "shutting down: draining requests", "stopped"]),
    );
  }, 120_000);

  test("with its own local Neo4j: stops it too and leaves no JVM", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "neo4j-shutdown-"));
    try {
      const server = await startServerProcess({
        NEO4J_URI: "",
        NEO4J_PASSWORD: "shutdown-test-pw",
        NEO4J_LOCAL_DIR: dir,
        NEO4J_LOCAL_BOLT_PORT: String(BASE + 7),
        NEO4J_LOCAL_HTTP_PORT: "0",
        NEO4J_LOCAL_HEAP: "512m",
      });
      const javaPid = Number(readFileSync(path.join(dir, "launcher.lock"), "utf8").trim());
      expect(isAlive(javaPid)).toBe(true);
      server.child.kill("SIGTERM");
      expect(await server.exit).toBe(0);
      expect(isAlive(javaPid)).toBe(false);
      expect(server.messages.map(m => m.msg)).toContain("stopped");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
