/**
 * `npm run bench:chaos`: 100 clients for 60 s against the server (`npm start`'s command, run as a
 * child process with its own local Neo4j), with a `kill -9` of that Neo4j in the middle. Prints
 * the answers by HTTP status and error code, the latency percentiles, the time from the kill to
 * the first successful answer and to /readyz 200, and the graph's counts before and after.
 *
 * 127.0.0.1 only; bounded: BENCH_CONNECTIONS (100), BENCH_DURATION_S (60), the kill at
 * BENCH_KILL_AT_S (20). The local Neo4j (NEO4J_LOCAL_DIR, default .neo4j) must hold the seeded
 * graph (`npm start` once). PORT and NEO4J_LOCAL_* as for `npm start`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import autocannon from "autocannon";
import { MIX } from "../api/mix";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 60);
const KILL_AT_S = Number(process.env.BENCH_KILL_AT_S ?? 20);
const PORT = Number(process.env.PORT ?? 4000);
const BASE = `http://127.0.0.1:${PORT}`;
const LOCAL_DIR = path.resolve(ROOT, process.env.NEO4J_LOCAL_DIR ?? ".neo4j");

const COUNTS = `{ startups(first: 0) { totalCount } software(first: 0) { totalCount }
  organizations(first: 0) { totalCount } repositories(first: 0) { totalCount } }`;

async function main(): Promise<void> {
  if (process.env.NEO4J_URI) {
    throw new Error("bench:chaos kills the LOCAL Neo4j: unset NEO4J_URI");
  }
  const server = await startServer();
  try {
    await until(ready, 240_000);
    const before = await graphql(COUNTS);
    const byCode = new Map<string, number>();
    let killedAt = 0;
    let firstSuccessAfterKill = 0;
    const count = (key: string) => byCode.set(key, (byCode.get(key) ?? 0) + 1);
    const requests = MIX.map(entry => ({
      method: "POST" as const,
      path: "/graphql",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: entry.query, variables: entry.variables }),
      onResponse: (status: number, body: string) => {
        let codes: string[] = [];
        try {
          const json = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: string } }> };
          codes = (json.errors ?? []).map(e => e.extensions?.code ?? "?");
        } catch {
          codes = ["non-JSON"];
        }
        const key = codes.length ? `${status} ${[...new Set(codes)].join("+")}` : `${status} ok`;
        count(key);
        if (killedAt && !firstSuccessAfterKill && codes.length === 0 && status === 200) {
          firstSuccessAfterKill = Date.now();
        }
      },
    }));
    const killer = setTimeout(() => {
      const pid = Number(readFileSync(path.join(LOCAL_DIR, "launcher.lock"), "utf8").trim());
      process.kill(pid, "SIGKILL");
      killedAt = Date.now();
      process.stdout.write(`kill -9 of the local Neo4j (pid ${pid}) at ${KILL_AT_S} s\n`);
    }, KILL_AT_S * 1000);
    let readyAgain = 0;
    const readyWatch = (async () => {
      await until(async () => killedAt > 0, (KILL_AT_S + 5) * 1000);
      await new Promise(resolve => setTimeout(resolve, 500));
      await until(ready, 240_000);
      readyAgain = Date.now();
    })();
    const result = await autocannon({
      url: BASE,
      connections: CONNECTIONS,
      duration: DURATION_S,
      timeout: 60,
      requests,
    });
    clearTimeout(killer);
    await readyWatch.catch(() => undefined);
    const after = await graphql(COUNTS);

    const line = (text: string) => process.stdout.write(`${text}\n`);
    line(
      `\n${CONNECTIONS} clients × ${DURATION_S} s, mix of ${MIX.length} reads, kill -9 at ${KILL_AT_S} s`,
    );
    line(`requests: ${result.requests.total}, ${result.requests.average.toFixed(0)} req/s`);
    line(
      `latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
    );
    line(`socket errors ${result.errors}, timeouts ${result.timeouts}`);
    line("answers by status and code:");
    for (const [key, n] of [...byCode].sort((a, b) => b[1] - a[1])) {
      line(`  ${key.padEnd(40)} ${n}`);
    }
    line(
      `time to recovery: first success ${firstSuccessAfterKill ? ((firstSuccessAfterKill - killedAt) / 1000).toFixed(1) : "never"} s after the kill, ` +
        `/readyz 200 again ${readyAgain ? ((readyAgain - killedAt) / 1000).toFixed(1) : "never"} s after`,
    );
    line(`counts before: ${JSON.stringify(before)}`);
    line(`counts after:  ${JSON.stringify(after)}`);
    line(`equal: ${JSON.stringify(before) === JSON.stringify(after)}`);
  } finally {
    server.kill("SIGTERM");
    await new Promise(resolve => server.once("exit", resolve));
  }
}

function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, "dist/src/index.js")], {
    cwd: ROOT,
    env: { ...process.env, HOST: "127.0.0.1", LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  readline.createInterface({ input: child.stdout! }).on("line", line => {
    if (/restart|exited|back|giving up/i.test(line)) {
      process.stdout.write(`server: ${line.slice(0, 200)}\n`);
    }
  });
  return new Promise((resolve, reject) => {
    child.once("spawn", () => resolve(child));
    child.once("error", reject);
  });
}

async function ready(): Promise<boolean> {
  const response = await fetch(`${BASE}/readyz`).catch(() => undefined);
  return response?.status === 200;
}

async function graphql(query: string): Promise<unknown> {
  const response = await fetch(`${BASE}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return ((await response.json()) as { data?: unknown }).data;
}

async function until(what: () => Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > deadline) {
      throw new Error(`not reached within ${ms} ms`);
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
