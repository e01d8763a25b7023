/** Writes a report into its own folder: report.md, report.json and one CSV per table. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import { renderMarkdown, reportStem } from "./render-markdown";
import type { Report, ReportTable } from "./report";

/** RFC 4180 CSV with a header row. */
export const tableCsv = (table: ReportTable): string =>
  stringify([table.columns, ...table.rows.map(r => r.map(v => (v === null ? "" : v)))]);

/** Writes the folder `<dir>/<kind>-<subject>-<date>/` and returns the files written. */
export function writeReport(report: Report, dir: string, generatedAt: string): string[] {
  const folder = path.join(dir, reportStem(report, generatedAt.slice(0, 10)));
  mkdirSync(folder, { recursive: true });
  const files: Array<[string, string]> = [
    ["report.md", renderMarkdown(report, generatedAt)],
    [
      "report.json",
      `${JSON.stringify(
        {
          generatedAt,
          kind: report.kind,
          subject: report.subject,
          title: report.title,
          headline: report.headline,
          definitions: report.definitions,
          tables: report.tables,
          method: report.method,
          data: report.data,
        },
        null,
        2,
      )}\n`,
    ],
    ...report.tables.map((t): [string, string] => [`${t.name}.csv`, tableCsv(t)]),
  ];
  return files.map(([name, text]) => {
    const file = path.join(folder, name);
    writeFileSync(file, text);
    return file;
  });
}
