/** Markdown rendering of a report, with its method (formula, parameters, references, coverage). */
import type { Report, ReportTable } from "./report";

const cell = (v: string | number | null): string =>
  v === null ? "" : String(v).replace(/\|/g, "\\|").replace(/\n/g, " ");

function markdownTable(table: ReportTable): string[] {
  if (table.rows.length === 0) {
    return ["(none)"];
  }
  return [
    `| ${table.columns.join(" | ")} |`,
    `| ${table.columns.map(() => "---").join(" | ")} |`,
    ...table.rows.map(row => `| ${row.map(cell).join(" | ")} |`),
  ];
}

/** Renders the report as Markdown (stable layout, for archiving). */
export function renderMarkdown(report: Report, generatedAt: string): string {
  const m = report.method;
  const lines = [
    `# ${report.title}`,
    "",
    `Generated ${generatedAt} by \`npm run report -- ${report.kind} ${report.subject}\`.`,
    "",
    "## Headline",
    "",
    ...report.headline,
    "",
  ];
  if (report.definitions.length) {
    lines.push("## Definitions", "", ...report.definitions.map(d => `- ${d}`), "");
  }
  for (const table of report.tables) {
    lines.push(
      `## ${table.title} (${table.rows.length})`,
      "",
      `CSV: \`${table.name}.csv\``,
      "",
      ...markdownTable(table),
      "",
    );
  }
  lines.push("## Method", "", `- **${m.name}**`, `- formula: ${m.formula}`, `- computed at: ${m.computedAt}`);
  lines.push("- parameters:", ...Object.entries(m.parameters).map(([k, v]) => `  - ${k}: ${String(v)}`));
  lines.push("- references:", ...m.references.map(r => `  - ${r}`));
  lines.push("- coverage notes:", ...m.coverageNotes.map(n => `  - ${n}`), "");
  lines.push(
    "Data: beta.gouv.fr content CC BY-NC-SA 4.0; Etalab data Licence Ouverte 2.0 (see seed/snapshot/manifest.json).",
    "",
  );
  return lines.join("\n");
}

/** Folder name `<kind>-<subject>-<date>` with the subject made file-safe. */
export function reportStem(report: Report, date: string): string {
  const safe = report.subject.replace(/[^A-Za-z0-9._-]+/g, "_");
  return `${report.kind}-${safe}-${date}`;
}
