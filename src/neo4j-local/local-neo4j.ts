import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import type { Logger } from "../logging/logger";
import { ensureLauncherBuilt } from "./java-build";

export interface LocalNeo4jOptions {
  dir: string;
  boltPort: number;
  /** 0 turns the HTTP endpoint (Neo4j Browser, Query API) off. */
  httpPort: number;
  heap: string;
  pageCache: string;
  /** Explicit password; otherwise one is generated once and kept in `<dir>/password`. */
  password?: string;
  startTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  httpUrl?: string;
  username: string;
  password: string;
  pid: number;
  /** Stops the DBMS cleanly (SIGTERM, then SIGKILL after a grace period). Idempotent. */
  stop(): Promise<void>;
  /** Resolves when the JVM has exited, for whatever reason. */
  exited: Promise<number | null>;
}

export class LocalNeo4jError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
    this.name = "LocalNeo4jError";
  }
}

const JVM_OPTIONS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
];

/** Starts Neo4j 5.26 Community from its Maven Central artifacts and waits until Bolt answers. */
export async function startLocalNeo4j(
  options: LocalNeo4jOptions,
  logger: Logger,
): Promise<LocalNeo4j> {
  const classpath = await ensureLauncherBuilt(logger);
  const home = path.resolve(options.dir);
  // owner-only: the store, the logs and the password file are nobody else's business (the files
  // Neo4j creates inside keep its umask, but no other user can traverse the folder)
  mkdirSync(home, { recursive: true, mode: 0o700 });
  chmodSync(home, 0o700);
  const password = options.password ?? readOrCreatePassword(home);
  const args = [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    ...JVM_OPTIONS,
    "-cp",
    classpath,
    "fr.numerique.graph.neo4j.LocalNeo4j",
    "--home",
    home,
    "--bolt-port",
    String(options.boltPort),
    "--http-port",
    String(options.httpPort),
    "--pagecache",
    options.pageCache,
    "--exit-on-stdin-eof",
  ];
  logger.info(
    { home, boltPort: options.boltPort, httpPort: options.httpPort },
    "starting local Neo4j",
  );
  // The password goes through the environment, not argv, so `ps` does not show it.
  const child = spawn("java", args, {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, NEO4J_PASSWORD: password },
  });
  const exited = new Promise<number | null>(resolve => child.on("exit", code => resolve(code)));
  const ready = await waitForReady(child, logger, options.startTimeoutMs ?? 180_000);
  return {
    uri: ready.bolt,
    httpUrl: ready.http === "off" ? undefined : ready.http,
    username: "neo4j",
    password,
    pid: child.pid ?? -1,
    exited,
    stop: () => stopProcess(child, exited),
  };
}

/** The password the local Neo4j in `dir` was set up with (generated on its first start). */
export function readLocalPassword(dir: string): string {
  const file = path.join(path.resolve(dir), "password");
  if (!existsSync(file)) {
    throw new LocalNeo4jError("password", `no password file in ${dir}: set NEO4J_PASSWORD`);
  }
  return readFileSync(file, "utf8").trim();
}

function readOrCreatePassword(home: string): string {
  const file = path.join(home, "password");
  if (existsSync(file)) {
    return readFileSync(file, "utf8").trim();
  }
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}

function waitForReady(
  child: ChildProcess,
  logger: Logger,
  timeoutMs: number,
): Promise<{ bolt: string; http: string }> {
  return new Promise((resolve, reject) => {
    const recent: string[] = [];
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new LocalNeo4jError(
          "timeout",
          `Neo4j did not start within ${timeoutMs} ms:\n${recent.join("\n")}`,
        ),
      );
    }, timeoutMs);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on("line", line => {
      recent.push(line);
      recent.splice(0, Math.max(0, recent.length - 20));
      const readyMatch = /^NEO4J_READY bolt=(\S+) http=(\S+)/.exec(line);
      const errorMatch = /^NEO4J_ERROR code=(\S+) (.*)$/.exec(line);
      if (readyMatch) {
        clearTimeout(timer);
        resolve({ bolt: readyMatch[1], http: readyMatch[2] });
      } else if (errorMatch) {
        clearTimeout(timer);
        reject(new LocalNeo4jError(errorMatch[1], `Local Neo4j: ${errorMatch[2]}`));
      } else {
        logger.debug({ neo4j: line }, "neo4j");
      }
    });
    readline.createInterface({ input: child.stderr! }).on("line", line => {
      recent.push(line);
      recent.splice(0, Math.max(0, recent.length - 20));
      logger.debug({ neo4j: line }, "neo4j stderr");
    });
    child.on("error", error => {
      clearTimeout(timer);
      reject(new LocalNeo4jError("spawn", `could not start java: ${error.message}`));
    });
    child.on("exit", code => {
      clearTimeout(timer);
      reject(
        new LocalNeo4jError(
          "exit",
          `Neo4j exited during start-up (code ${code}):\n${recent.join("\n")}`,
        ),
      );
    });
  });
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  child.kill("SIGTERM");
  const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  await exited;
  clearTimeout(killer);
}
