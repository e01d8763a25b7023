import "reflect-metadata";
import { startApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import type { Db } from "../../src/db";
import { createLogger } from "../../src/logging/logger";
import { prepareSearch } from "../../src/services/prepare-search";
import { type LoadJob, runLoad, runLoadInWorker } from "./load-worker";
import { MIX as FULL_MIX } from "./mix";
import { formatRow, type LatencySummary, summarise } from "./stats";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
/**
 * The GraphQL and Cypher phases alternate ROUNDS times, so that a slowdown of the shared machine
 * (2 cores, Neo4j and the server on them) weighs on both sides instead of on one phase.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Long enough for V8 and the Cypher planner to reach a steady state on both sides. */
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 10);
/** BENCH_ONLY=2,4: run only those entries of the mix (1-based), to see where a gap comes from. */
const MIX = selectMix(process.env.BENCH_ONLY);
/** BENCH_GRAPHQL_ONLY=1: skip the Cypher baseline (e.g. to profile the GraphQL path alone). */
const GRAPHQL_ONLY = process.env.BENCH_GRAPHQL_ONLY === "1";

function selectMix(only: string | undefined): typeof FULL_MIX {
  if (!only) {
    return FULL_MIX;
  }
  const picked = only.split(",").map(x => FULL_MIX[Number(x) - 1]);
  if (picked.some(x => !x)) {
    throw new Error(`BENCH_ONLY must list entries 1-${FULL_MIX.length}, got '${only}'`);
  }
  return picked as typeof FULL_MIX;
}
/** BENCH_LOAD_IN_PROCESS=1: the former setup, autocannon on the server's own event loop. */
const LOAD_IN_PROCESS = process.env.BENCH_LOAD_IN_PROCESS === "1";

/**
 * API benchmark: the fixed MIX through GraphQL over HTTP (autocannon, 50 connections, run in a
 * worker thread so the load generator does not share the server's event loop) and the same
 * reads as hand-written Cypher through the driver (50 concurrent workers), then p50/p95/p99,
 * throughput and the GraphQL / Cypher ratio. Starts its own server; uses NEO4J_URI or the local
 * Neo4j (NEO4J_LOCAL_*), which must already hold the seeded graph (`npm run seed`).
 */
async function main(): Promise<void> {
  const config = loadConfig({
    LOG_LEVEL: "warn",
    SEED_ON_EMPTY: "false",
    PORT: "0",
    ...process.env,
  });
  config.graphql.maxCost = Math.max(config.graphql.maxCost, 100_000);
  const app = await startApp(config, createLogger(config.logLevel, "bench-api"));
  try {
    const [row] = await app.db.read("MATCH (n:Startup) RETURN count(n) AS c");
    if (!row || Number(row.c) === 0) {
      throw new Error(
        "the graph is empty: seed it first (npm run seed with the same NEO4J_* settings)",
      );
    }
    await prepareSearch(app.db);
    const url = `${app.server.url}/graphql`;
    await checkMix(url, app.db);
    await graphqlRun(url, WARMUP_S);
    if (GRAPHQL_ONLY) {
      const gql = await graphqlRun(url, DURATION_S);
      process.stdout.write(`${formatRow("GraphQL (HTTP)", summary(gql))}\n`);
      return;
    }
    await cypherRun(app.db, WARMUP_S);
    const gqlRuns: Run[] = [];
    const cypherRuns: Run[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      gqlRuns.push(await graphqlRun(url, DURATION_S));
      cypherRuns.push(await cypherRun(app.db, DURATION_S));
    }
    report(gqlRuns, cypherRuns);
  } finally {
    await app.stop();
  }
}

/** The raw latencies of one phase. */
interface Run {
  latencies: number[];
  errors: number;
  durationMs: number;
}

const summary = (run: Run): LatencySummary => summarise(run.latencies, run.errors, run.durationMs);

/** All phases of one side as one sample: percentiles over every request, throughput over the time. */
function pooled(runs: Run[]): LatencySummary {
  return summarise(
    runs.flatMap(r => r.latencies),
    runs.reduce((n, r) => n + r.errors, 0),
    runs.reduce((n, r) => n + r.durationMs, 0),
  );
}

async function graphqlRun(url: string, seconds: number): Promise<Run> {
  const requests = MIX.map(entry => ({
    method: "POST" as const,
    path: "/graphql",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: entry.query, variables: entry.variables }),
  }));
  const job: LoadJob = { url, connections: CONNECTIONS, seconds, requests };
  const started = Date.now();
  const load = LOAD_IN_PROCESS ? runLoad(job) : runLoadInWorker(job);
  const { latencies, errors } = await load;
  return { latencies, errors, durationMs: Date.now() - started };
}

async function cypherRun(db: Db, seconds: number): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  const started = Date.now();
  const deadline = started + seconds * 1000;
  const worker = async (offset: number) => {
    for (let i = offset; Date.now() < deadline; i += 1) {
      const entry = MIX[i % MIX.length];
      const t0 = process.hrtime.bigint();
      try {
        await db.read(entry?.cypher ?? "RETURN 1", entry?.params ?? {});
      } catch {
        errors += 1;
      }
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, (_v, i) => worker(i)));
  return { latencies, errors, durationMs: Date.now() - started };
}

/** Every query of the mix must answer without errors, through GraphQL and through Cypher. */
async function checkMix(url: string, db: Db): Promise<void> {
  for (const entry of MIX) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: entry.query, variables: entry.variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (response.status !== 200 || body.errors) {
      throw new Error(`'${entry.name}' failed: ${JSON.stringify(body.errors)}`);
    }
    await db.read(entry.cypher, entry.params);
  }
}

function report(gqlRuns: Run[], cypherRuns: Run[]): void {
  const gql = pooled(gqlRuns);
  const cypher = pooled(cypherRuns);
  const rounds = gqlRuns.map((g, i) => {
    const c = cypherRuns[i] as Run;
    return summary(g).p50 / summary(c).p50;
  });
  const lines = [
    `API benchmark: ${MIX.length} queries in the mix, ${CONNECTIONS} concurrent clients, ` +
      `${ROUNDS} rounds of ${DURATION_S}s per side, alternating` +
      ` (load generator ${LOAD_IN_PROCESS ? "in the server's process" : "in a worker thread"})`,
    ...MIX.map((m, i) => `  ${i + 1}. ${m.name}`),
    "",
    `${"".padEnd(16)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"p99 ms".padStart(9)}${"req/s".padStart(10)}${"requests".padStart(10)}${"errors".padStart(8)}`,
    formatRow("GraphQL (HTTP)", gql),
    formatRow("direct Cypher", cypher),
    "",
    `ratio GraphQL / Cypher: p50 ${(gql.p50 / cypher.p50).toFixed(2)}x, p95 ${(gql.p95 / cypher.p95).toFixed(2)}x, ` +
      `p99 ${(gql.p99 / cypher.p99).toFixed(2)}x, throughput ${(gql.rps / cypher.rps).toFixed(2)}x`,
    `p50 ratio per round: ${rounds.map(r => `${r.toFixed(2)}x`).join(", ")}`,
    `target: p50 ratio <= 1.5 and no errors -> ${gql.p50 / cypher.p50 <= 1.5 && gql.errors === 0 ? "MET" : "NOT MET"}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch(error => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
