/** A table as every view shows it and downloads it (CSV and JSON). */

export type Cell = string | number | boolean | null;

export interface Column {
  key: string;
  /** French column title. */
  title: string;
  numeric?: boolean;
}

export interface Table {
  /** File name stem of its downloads, e.g. `dependances-lasuite-docs`. */
  name: string;
  /** French caption. */
  caption: string;
  columns: Column[];
  rows: Array<Record<string, Cell>>;
}

/** Characters a spreadsheet would read as the start of a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: Cell): string {
  if (value === null) {
    return "";
  }
  let text = typeof value === "boolean" ? (value ? "oui" : "non") : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (comma, CRLF, quoted when needed), header row of column titles. */
export function toCsv(table: Table): string {
  const lines = [table.columns.map(c => csvField(c.title)).join(",")];
  for (const row of table.rows) {
    lines.push(table.columns.map(c => csvField(row[c.key] ?? null)).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** The rows as JSON objects keyed by column key (machine-readable names), pretty-printed. */
export function toJson(table: Table): string {
  const rows = table.rows.map(row =>
    Object.fromEntries(table.columns.map(c => [c.key, row[c.key] ?? null])),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** A safe file name stem from free text: lowercase ASCII words joined by dashes. */
export function fileStem(...parts: string[]): string {
  return parts
    .join("-")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}
