/** Typed readers for the plain rows `Db.read` returns (no driver types reach this layer). */
import type { Row } from "../../db";

/** A string column, or `fallback` when null/absent. */
export function str(row: Row, key: string, fallback = ""): string {
  const v = row[key];
  return v === null || v === undefined ? fallback : String(v);
}

/** A nullable string column. */
export function strOrNull(row: Row, key: string): string | null {
  const v = row[key];
  return v === null || v === undefined ? null : String(v);
}

/** A numeric column (0 when null). */
export function num(row: Row, key: string): number {
  const v = row[key];
  return v === null || v === undefined ? 0 : Number(v);
}

/** A nullable numeric column. */
export function numOrNull(row: Row, key: string): number | null {
  const v = row[key];
  return v === null || v === undefined ? null : Number(v);
}

/** A list column of strings (nulls dropped). */
export function strList(row: Row, key: string): string[] {
  const v = row[key];
  return Array.isArray(v) ? v.filter(x => x !== null && x !== undefined).map(String) : [];
}

/** A list column of objects. */
export function rowList(row: Row, key: string): Row[] {
  const v = row[key];
  return Array.isArray(v) ? v.filter((x): x is Row => typeof x === "object" && x !== null) : [];
}
