/**
 * `npm run bench:analytics`: times the heavy analytics queries (transitive dependencies at depth 6,
 * exposure of the most depended-on tool, the reuse matrix) on the seeded real snapshot (the
 * configured Neo4j, e.g. NEO4J_LOCAL_DIR=.neo4j-bench-analytics NEO4J_LOCAL_BOLT_PORT=7736) and on
 * synthetic graphs 10× and 100× its size in a separate local Neo4j (.neo4j-bench-analytics-synthetic,
 * port 7735), and prints how time grows with size.
 */
import "reflect-metadata";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { openNeo4j } from "../../src/connection";
import { applySchema, createDriver, CypherRegistry, Db } from "../../src/db";
import { createLogger } from "../../src/logging/logger";
import { startLocalNeo4j } from "../../src/neo4j-local";
import { CYPHER_DIR, REPO_ROOT } from "../../src/paths";
import { measureAnalytics, QUERIES, type SizeResult } from "./measure";
import { loadSyntheticGraph } from "./synthetic-graph";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function print(results: SizeResult[]): void {
  const base = results[0]!;
  const lines = [
    "",
    `median of ${RUNS} runs (ms) after one warm-up; growth = time / time at the first size`,
    "",
  ];
  lines.push(["size", "nodes", "rels", ...QUERIES.map(q => `${q} (ms, growth)`)].join(" | "));
  for (const r of results) {
    const cells = QUERIES.map(
      q => `${r.medians[q]!.toFixed(1)} (×${(r.medians[q]! / base.medians[q]!).toFixed(1)})`,
    );
    lines.push([r.size, r.nodes, r.relationships, ...cells].join(" | "));
  }
  lines.push("", ...results.map(r => `${r.size}: ${r.subjects}`), "");
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn", "bench-analytics");
  const cypher = CypherRegistry.load(CYPHER_DIR);
  const results: SizeResult[] = [];
  const real = await openNeo4j(config, logger);
  try {
    results.push(await measureAnalytics({ db: real.db, cypher }, "real snapshot (1×)", RUNS));
  } finally {
    await real.close();
  }
  const neo4j = await startLocalNeo4j(
    {
      dir: path.join(REPO_ROOT, ".neo4j-bench-analytics-synthetic"),
      boltPort: Number(process.env.BENCH_SYNTHETIC_BOLT_PORT ?? 7735),
      httpPort: 0,
      heap: "2g",
      pageCache: "512m",
    },
    logger,
  );
  const driver = createDriver({
    uri: neo4j.uri,
    username: neo4j.username,
    password: neo4j.password,
    connectionTimeoutMs: 10_000,
  });
  try {
    const db = new Db(driver, { database: "neo4j", queryTimeoutMs: 600_000 });
    await applySchema(db, path.join(CYPHER_DIR, "schema"));
    for (const scale of (process.env.BENCH_SCALES ?? "10,100").split(",").map(Number)) {
      const t0 = Date.now();
      const loaded = await loadSyntheticGraph(db, scale);
      logger.warn({ scale, ...loaded, loadMs: Date.now() - t0 }, "synthetic graph loaded");
      results.push(await measureAnalytics({ db, cypher }, `synthetic ${scale}×`, RUNS));
    }
  } finally {
    await driver.close();
    await neo4j.stop();
  }
  print(results);
}

main().catch(error => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
