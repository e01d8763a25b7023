import "reflect-metadata";
import path from "node:path";
import { Command } from "commander";
import { loadConfig } from "../config";
import { openNeo4j } from "../connection";
import { CypherRegistry } from "../db";
import { createLogger } from "../logging/logger";
import { CYPHER_DIR, REPO_ROOT } from "../paths";
import {
  GRAPH_REPORT_KINDS,
  parseSubject,
  REPORT_KINDS,
  type ReportKind,
} from "../reports/report-kinds";
import { runReport } from "../reports/run-report";

/**
 * `npm run report -- <kind> <subject>` (`npm run report -- coverage`: no subject): writes
 * reports/<kind>-<subject>-<date>/ with report.md, report.json and one CSV per table.
 */
async function main(): Promise<void> {
  const program = new Command()
    .name("report")
    .description(
      "Write an archived analytics report (Markdown, JSON, one CSV per table) from the same queries as the API.",
    )
    .argument("<kind>", `one of ${REPORT_KINDS.join(", ")}`)
    .argument(
      "[subject]",
      "Kind:key, e.g. Software:lasuite:docs or SOFTWARE:lasuite (none for coverage)",
    )
    .option("--out <dir>", "output folder", "reports")
    .parse();
  const [kind, given] = program.args as [string, string | undefined];
  if (!(REPORT_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`unknown kind '${kind}': expected ${REPORT_KINDS.join(", ")}`);
  }
  const aboutGraph = GRAPH_REPORT_KINDS.includes(kind as ReportKind);
  const subject = aboutGraph ? "graph" : (given ?? "");
  if (!aboutGraph) {
    parseSubject(subject); // bad input fails here, before a Neo4j is started or joined
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel, "report");
  // read-only: a report never writes to the database (no schema step), so read-only users work
  const connection = await openNeo4j(config, logger, { readOnly: true }).catch((error: unknown) => {
    throw withConnectionHint(error);
  });
  try {
    const files = await runReport(
      { db: connection.db, cypher: CypherRegistry.load(CYPHER_DIR) },
      {
        kind: kind as ReportKind,
        subject,
        dir: path.resolve(REPO_ROOT, program.opts<{ out: string }>().out),
      },
    );
    process.stdout.write(`${files.join("\n")}\n`);
  } finally {
    await connection.close();
  }
}

/** When the local Neo4j cannot start (its port is taken…), says how to use a running one. */
function withConnectionHint(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (!/in use|already|address|bind|locked/i.test(message)) {
    return error instanceof Error ? error : new Error(message);
  }
  return new Error(
    `${message}\nTo report from a Neo4j that is already running (e.g. the one \`npm start\` runs), ` +
      "set NEO4J_URI (e.g. bolt://127.0.0.1:7687) and NEO4J_PASSWORD (for the local Neo4j the " +
      "password is in .neo4j/password, or NEO4J_LOCAL_DIR/password).",
  );
}

main().catch(error => {
  process.stderr.write(
    `report failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
