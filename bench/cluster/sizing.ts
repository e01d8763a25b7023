import "reflect-metadata";
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logging/logger";
import type { LoadJob, LoadResult } from "../api/load-worker";
import { MIX } from "../api/mix";
import { summarise } from "../api/stats";

const CLIENTS = (process.env.BENCH_CLIENTS ?? "1,16,50").split(",").map(Number);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 20);
const CLOCK_TICKS = 100; // USER_HZ on Linux

/**
 * Sizing figures for docs/deployment.md: the bench:api GraphQL mix at 1, 16 and 50 clients, with
 * the CPU time each request costs in the API process (process.cpuUsage; the load generator runs
 * in another process) and in the local Neo4j JVM (/proc/<pid>/stat), hence requests per second
 * per core; plus the memory of both. The 1-client run is the baseline of the ratios. At 1 client
 * the JVM's background work (GC, checkpoints) weighs on few requests: size from the loaded rows.
 * Uses the seeded local Neo4j (NEO4J_LOCAL_*; `npm run seed` first).
 */
async function main(): Promise<void> {
  const config = loadConfig({
    LOG_LEVEL: "warn",
    SEED_ON_EMPTY: "false",
    PORT: "0",
    ...process.env,
  });
  config.graphql.maxCost = Math.max(config.graphql.maxCost, 100_000);
  const app = await startApp(config, createLogger(config.logLevel, "bench-sizing"));
  try {
    const [row] = await app.db.read("MATCH (n) RETURN count(n) AS nodes");
    if (!row || Number(row.nodes) < 1000) {
      throw new Error(
        "the graph is empty: seed it first (npm run seed with the same NEO4J_* settings)",
      );
    }
    await app.readiness.startWarmUp(); // a cold Neo4j (page cache, plans) would dominate the 1-client row
    const url = `${app.server.url}/graphql`;
    const jvm = app.localNeo4j?.pid;
    await load(url, 16, WARMUP_S);
    const lines = [
      `sizing: ${MIX.length} queries of the bench:api mix, ${DURATION_S}s per level, ${row.nodes} nodes, ` +
        `load average before: ${os
          .loadavg()
          .map(l => l.toFixed(1))
          .join(" ")} on ${os.cpus().length} cores`,
      `${"clients".padEnd(8)}${"req/s".padStart(8)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}` +
        `${"API CPU ms/req".padStart(16)}${"Neo4j CPU ms/req".padStart(18)}${"req/s per core".padStart(16)}${"errors".padStart(8)}`,
    ];
    let baseline: number | undefined;
    for (const clients of CLIENTS) {
      const cpu0 = process.cpuUsage();
      const jvm0 = jvm ? jvmCpuMs(jvm) : undefined;
      const started = Date.now();
      const result = await load(url, clients, DURATION_S);
      const durationMs = Date.now() - started;
      const cpu = process.cpuUsage(cpu0);
      const s = summarise(result.latencies, result.errors, durationMs);
      const apiMs = (cpu.user + cpu.system) / 1000 / s.requests;
      const neoMs = jvm && jvm0 !== undefined ? (jvmCpuMs(jvm) - jvm0) / s.requests : undefined;
      const perCore = 1000 / (apiMs + (neoMs ?? 0));
      baseline ??= perCore;
      lines.push(
        `${String(clients).padEnd(8)}${s.rps.toFixed(0).padStart(8)}${s.p50.toFixed(1).padStart(9)}${s.p95.toFixed(1).padStart(9)}` +
          `${apiMs.toFixed(2).padStart(16)}${(neoMs === undefined ? "n/a" : neoMs.toFixed(2)).padStart(18)}` +
          `${perCore.toFixed(0).padStart(16)}${String(s.errors).padStart(8)}   (per-core ratio to 1 client: ${(perCore / baseline).toFixed(2)}x)`,
      );
    }
    const rss = (pid: number) =>
      Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
    lines.push(
      `memory: API process RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB (heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB)` +
        (jvm
          ? `, Neo4j JVM RSS ${rss(jvm).toFixed(0)} MiB (heap ${config.local.heap}, page cache ${config.local.pageCache})`
          : ""),
      `load average after: ${os
        .loadavg()
        .map(l => l.toFixed(1))
        .join(" ")}`,
    );
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await app.stop();
  }
}

/** CPU time (user + system, ms) of a process so far, from /proc (the Neo4j JVM). */
function jvmCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

function load(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const job: LoadJob = {
    url,
    connections,
    seconds,
    requests: MIX.map(entry => ({
      method: "POST" as const,
      path: "/graphql",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: entry.query, variables: entry.variables }),
    })),
  };
  return new Promise<LoadResult>((resolve, reject) => {
    const child = fork(path.join(__dirname, "load-child.js"));
    child.once("message", result => resolve(result as LoadResult));
    child.once("error", reject);
    child.once("exit", code =>
      code === 0 ? undefined : reject(new Error(`load generator exited with ${code}`)),
    );
    child.send(job);
  });
}

main().catch(error => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
