import "reflect-metadata";
import { startApp } from "../../src/app";
import { CypherRegistry } from "../../src/db";
import { startServer } from "../../src/http/server";
import { CYPHER_DIR } from "../../src/paths";
import { loadConfig } from "../../src/config";
import type { Db } from "../../src/db";
import { createLogger } from "../../src/logging/logger";
import { prepareSearch } from "../../src/services/prepare-search";
import { type LoadJob, runLoadInWorker } from "./load-worker";
import { MIX as FULL_MIX } from "./mix";
import { formatHeader, formatRow, type LatencySummary, summarise } from "./stats";

/** BENCH_LEVELS=1,16,50: the numbers of concurrent clients, one level after the other. */
const LEVELS = parseList(process.env.BENCH_LEVELS ?? "1,16,50", "BENCH_LEVELS");
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 8);
/**
 * At each level the GraphQL and Cypher phases alternate ROUNDS times, so that a slowdown of the
 * shared machine (Neo4j and the server on the same cores) weighs on both sides.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Long enough for V8 and the Cypher planner to reach a steady state on both sides. */
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 8);
/** BENCH_ONLY=2,4: run only those entries of the mix (1-based), to see where a gap comes from. */
const MIX = selectMix(process.env.BENCH_ONLY);
/** BENCH_GRAPHQL_ONLY=1: skip the Cypher baseline (e.g. to profile the GraphQL path alone). */
const GRAPHQL_ONLY = process.env.BENCH_GRAPHQL_ONLY === "1";
/**
 * BENCH_COMPARE_JIT=1: the main server runs with GRAPHQL_JIT=true and a second server on the same
 * driver, with precompiled execution off, takes part in every round: the effect of graphql-jit,
 * measured in one run.
 */
const COMPARE_JIT = process.env.BENCH_COMPARE_JIT === "1";

/** Issue 10's targets, as ratios to the hand-written Cypher of the same run. */
const TARGETS = { p50RatioAt1: 1.3, throughputRatioAt16: 0.7, cpuMsPerRequest: 1.0 };

function parseList(text: string, name: string): number[] {
  const values = text.split(",").map(Number);
  if (values.some(v => !Number.isInteger(v) || v < 1)) {
    throw new Error(`${name} must list whole numbers of clients, got '${text}'`);
  }
  return values;
}

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

/**
 * API benchmark: the fixed MIX through GraphQL over HTTP (autocannon in a child process, so that
 * the load generator shares neither the server's event loop nor its CPU account) and the same
 * reads as hand-written Cypher through the driver, at 1, 16 and 50 concurrent clients; p50 / p95 /
 * p99, throughput, the Node CPU per request of this process (the server, or the driver for the
 * Cypher side: process.cpuUsage over the phase / requests) and the GraphQL / Cypher ratios.
 * Starts its own server; uses NEO4J_URI or the local Neo4j (NEO4J_LOCAL_*), which must already
 * hold the seeded graph (`npm run seed`).
 */
async function main(): Promise<void> {
  const config = loadConfig({
    LOG_LEVEL: "warn",
    SEED_ON_EMPTY: "false",
    PORT: "0",
    ...process.env,
  });
  config.graphql.maxCost = Math.max(config.graphql.maxCost, 100_000);
  if (COMPARE_JIT) {
    config.graphql.jit = true; // the main server compiles; the second one does not
  }
  config.http.maxInFlight = Math.max(config.http.maxInFlight, Math.max(...LEVELS) * 2);
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
    const plain = COMPARE_JIT
      ? await startServer({
          config: {
            ...config,
            http: { ...config.http, port: 0 },
            graphql: { ...config.graphql, jit: false },
          },
          logger: createLogger(config.logLevel, "bench-api-graphql-js"),
          db: app.db,
          cypher: CypherRegistry.load(CYPHER_DIR),
          ready: async () => true,
        })
      : undefined;
    const plainUrl = plain ? `${plain.url}/graphql` : undefined;
    const warmupClients = Math.max(...LEVELS);
    await graphqlRun(url, warmupClients, WARMUP_S);
    if (plainUrl) {
      await graphqlRun(plainUrl, warmupClients, WARMUP_S);
    }
    const levels: Level[] = [];
    if (!GRAPHQL_ONLY) {
      await cypherRun(app.db, warmupClients, WARMUP_S);
    }
    for (const clients of LEVELS) {
      const level: Level = { clients, gql: [], plain: [], cypher: [] };
      for (let round = 0; round < ROUNDS; round += 1) {
        level.gql.push(await graphqlRun(url, clients, DURATION_S));
        if (plainUrl) {
          level.plain.push(await graphqlRun(plainUrl, clients, DURATION_S));
        }
        if (!GRAPHQL_ONLY) {
          level.cypher.push(await cypherRun(app.db, clients, DURATION_S));
        }
      }
      levels.push(level);
    }
    report(levels);
    await plain?.stop();
  } finally {
    await app.stop();
  }
}

/** The raw latencies of one phase, and the CPU time this process spent during it. */
interface Run {
  /** In request order; at 1 client, request i is MIX[i % MIX.length] on both sides. */
  latencies: number[];
  errors: number;
  durationMs: number;
  cpuMicros: number;
}

interface Level {
  clients: number;
  gql: Run[];
  /** GraphQL with precompiled execution off (BENCH_COMPARE_JIT=1). */
  plain: Run[];
  cypher: Run[];
}

interface Pooled extends LatencySummary {
  cpuMsPerRequest: number;
}

/** All phases of one side as one sample: percentiles over every request, throughput over the time. */
function pooled(runs: Run[]): Pooled {
  const summary = summarise(
    runs.flatMap(r => r.latencies),
    runs.reduce((n, r) => n + r.errors, 0),
    runs.reduce((n, r) => n + r.durationMs, 0),
  );
  const cpu = runs.reduce((n, r) => n + r.cpuMicros, 0);
  return { ...summary, cpuMsPerRequest: cpu / 1000 / Math.max(1, summary.requests) };
}

const cpuMicros = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return used.user + used.system;
};

async function graphqlRun(url: string, clients: number, seconds: number): Promise<Run> {
  const requests = MIX.map(entry => ({
    method: "POST" as const,
    path: "/graphql",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: entry.query, variables: entry.variables }),
  }));
  const job: LoadJob = { url, connections: clients, seconds, requests };
  const started = Date.now();
  const cpu = process.cpuUsage();
  const { latencies, errors } = await runLoadInWorker(job);
  return { latencies, errors, durationMs: Date.now() - started, cpuMicros: cpuMicros(cpu) };
}

async function cypherRun(db: Db, clients: number, seconds: number): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  const started = Date.now();
  const cpu = process.cpuUsage();
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
  await Promise.all(Array.from({ length: clients }, (_v, i) => worker(i)));
  return { latencies, errors, durationMs: Date.now() - started, cpuMicros: cpuMicros(cpu) };
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

function report(levels: Level[]): void {
  const lines = [
    `API benchmark: ${MIX.length} operations in the mix, ${ROUNDS} rounds of ${DURATION_S}s per side ` +
      `and level, alternating; load generator in a child process`,
    ...MIX.map((m, i) => `  ${i + 1}. ${m.name}`),
    "",
    formatHeader(),
  ];
  const verdicts: string[] = [];
  for (const level of levels) {
    const gql = pooled(level.gql);
    lines.push(formatRow(`${level.clients} GraphQL`, gql, gql.cpuMsPerRequest));
    if (level.plain.length > 0) {
      const plain = pooled(level.plain);
      lines.push(formatRow(`${level.clients} no JIT`, plain, plain.cpuMsPerRequest));
      lines.push(
        `${"".padEnd(14)}graphql-jit: p50 ${(gql.p50 / plain.p50).toFixed(2)}x, ` +
          `throughput ${(gql.rps / plain.rps).toFixed(2)}x, ` +
          `CPU per request ${(gql.cpuMsPerRequest / plain.cpuMsPerRequest).toFixed(2)}x of graphql-js`,
      );
    }
    if (level.cypher.length === 0) {
      continue;
    }
    const cypher = pooled(level.cypher);
    lines.push(formatRow(`${level.clients} Cypher`, cypher, cypher.cpuMsPerRequest));
    const p50Ratio = gql.p50 / cypher.p50;
    const rpsRatio = gql.rps / cypher.rps;
    lines.push(
      `${"".padEnd(14)}ratio GraphQL / Cypher: p50 ${p50Ratio.toFixed(2)}x, ` +
        `p95 ${(gql.p95 / cypher.p95).toFixed(2)}x, throughput ${rpsRatio.toFixed(2)}x`,
    );
    if (level.clients === 1) {
      verdicts.push(
        verdict(
          `mix p50 at 1 client <= ${TARGETS.p50RatioAt1}x Cypher`,
          p50Ratio <= TARGETS.p50RatioAt1,
          `${p50Ratio.toFixed(2)}x`,
        ),
      );
    }
    if (level.clients === 16) {
      verdicts.push(
        verdict(
          `throughput at 16 clients >= ${TARGETS.throughputRatioAt16}x Cypher`,
          rpsRatio >= TARGETS.throughputRatioAt16,
          `${rpsRatio.toFixed(2)}x`,
        ),
      );
      verdicts.push(
        verdict(
          `Node CPU per request at 16 clients <= ${TARGETS.cpuMsPerRequest} ms`,
          gql.cpuMsPerRequest <= TARGETS.cpuMsPerRequest,
          `${gql.cpuMsPerRequest.toFixed(2)} ms`,
        ),
      );
    }
    if (gql.errors > 0) {
      verdicts.push(verdict(`no errors at ${level.clients} clients`, false, `${gql.errors}`));
    }
  }
  const single = levels.find(l => l.clients === 1);
  if (single && single.cypher.length > 0) {
    lines.push("", "p50 ms per operation at 1 client (GraphQL / Cypher):");
    MIX.forEach((m, i) => {
      const g = opP50(single.gql, i);
      const c = opP50(single.cypher, i);
      lines.push(
        `  ${i + 1}. ${g.toFixed(2)} / ${c.toFixed(2)} = ${(g / c).toFixed(2)}x  ${m.name}`,
      );
    });
  }
  lines.push("", ...verdicts);
  process.stdout.write(`${lines.join("\n")}\n`);
}

/** p50 of operation `op` over runs at 1 client (request i is MIX[i % MIX.length]). */
function opP50(runs: Run[], op: number): number {
  const mine = runs.flatMap(r => r.latencies.filter((_l, i) => i % MIX.length === op));
  return summarise(mine, 0, 1).p50;
}

const verdict = (target: string, met: boolean, value: string): string =>
  `target: ${target}: ${value} -> ${met ? "MET" : "NOT MET"}`;

main().catch(error => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
