/** One report run: build it from the analytics services (reads only) and write its folder. */
import type { AnalyticsDeps } from "../services/analytics/subject";
import { buildReport, type ReportKind } from "./report-kinds";
import { writeReport } from "./write-report";

export interface ReportRun {
  kind: ReportKind;
  subject: string;
  /** Folder that receives `<kind>-<subject>-<date>/`. */
  dir: string;
  /** ISO timestamp written in the report (defaults to now). */
  generatedAt?: string;
}

/** Builds the report and writes report.md, report.json and one CSV per table; returns the files. */
export async function runReport(deps: AnalyticsDeps, run: ReportRun): Promise<string[]> {
  const report = await buildReport(deps, run.kind, run.subject);
  return writeReport(report, run.dir, run.generatedAt ?? new Date().toISOString());
}
