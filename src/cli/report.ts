import "reflect-metadata";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { loadConfig } from "../config";
import { openNeo4j } from "../connection";
import { CypherRegistry } from "../db";
import { createLogger } from "../logging/logger";
import { CYPHER_DIR, REPO_ROOT } from "../paths";
import {
  buildReport,
  GRAPH_REPORT_KINDS,
  parseSubject,
  REPORT_KINDS,
  type ReportKind,
} from "../reports/report-kinds";
import { renderMarkdown, reportStem } from "../reports/render-markdown";

/**
 * `npm run report -- <kind> <subject>` (`npm run report -- coverage`: no subject): writes
 * reports/<kind>-<subject>-<date>.md and .json.
 */
async function main(): Promise<void> {
  const program = new Command()
    .name("report")
    .description(
      "Write an archived analytics report (Markdown + JSON) from the same queries as the API.",
    )
    .argument("<kind>", `one of ${REPORT_KINDS.join(", ")}`)
    .argument("[subject]", "Label:key, e.g. Software:lasuite:docs (none for coverage)")
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
  const connection = await openNeo4j(config, createLogger(config.logLevel, "report"));
  try {
    const report = await buildReport(
      { db: connection.db, cypher: CypherRegistry.load(CYPHER_DIR) },
      kind as ReportKind,
      subject,
    );
    const generatedAt = new Date().toISOString();
    const dir = path.resolve(REPO_ROOT, program.opts<{ out: string }>().out);
    mkdirSync(dir, { recursive: true });
    const stem = path.join(dir, reportStem(report, generatedAt.slice(0, 10)));
    writeFileSync(`${stem}.md`, renderMarkdown(report, generatedAt));
    writeFileSync(
      `${stem}.json`,
      `${JSON.stringify({ generatedAt, kind, subject, title: report.title, method: report.method, data: report.data }, null, 2)}\n`,
    );
    process.stdout.write(`${stem}.md\n${stem}.json\n`);
  } finally {
    await connection.close();
  }
}

main().catch(error => {
  process.stderr.write(
    `report failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
