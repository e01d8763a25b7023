import type { Method } from "../analytics";

/** The report kinds and the shape of a report (what every report builder returns). */
export const REPORT_KINDS = [
  "sovereignty",
  "critical-mass",
  "exposure",
  "reuse",
  "ministry",
  "coverage",
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
/** Kinds about the whole graph: no subject (written `graph`). */
export const GRAPH_REPORT_KINDS: readonly ReportKind[] = ["coverage"];

/** A named table: one CSV file and one Markdown table. */
export interface ReportTable {
  /** File-safe name, e.g. `organizations` → organizations.csv. */
  name: string;
  title: string;
  columns: string[];
  rows: Array<Array<string | number | null>>;
}

/** A report: headline lines (found beside unknown), definitions, tables, method and raw data. */
export interface Report {
  kind: ReportKind;
  subject: string;
  title: string;
  headline: string[];
  /** One definition per figure that could be read two ways. */
  definitions: string[];
  tables: ReportTable[];
  method: Method;
  data: unknown;
}
