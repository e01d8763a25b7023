import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { t as listTar, type ReadEntry } from "tar";
import { isPair, isScalar, parse as parseYaml, parseDocument, visit } from "yaml";
import { SourceError } from "./errors";

/** A text file read from an archive, named by its path inside the archive. */
export interface ArchiveEntry {
  path: string;
  text: string;
}

/** Where a file lives: absolute path for reading, display name for error messages. */
export interface SourceFile {
  abs: string;
  name: string;
}

export function sourceFile(dataDir: string, relative: string): SourceFile {
  return { abs: path.join(dataDir, relative), name: relative };
}

function requireFile(file: SourceFile): void {
  if (!existsSync(file.abs)) {
    throw new SourceError(file.name, undefined, `missing file (looked for ${file.abs})`);
  }
}

export function readText(file: SourceFile): string {
  requireFile(file);
  return readFileSync(file.abs, "utf8");
}

/** Reads every regular file of a .tar.gz in memory (no extraction to disk). */
export async function readTarGz(file: SourceFile): Promise<ArchiveEntry[]> {
  requireFile(file);
  const entries: ArchiveEntry[] = [];
  const pending: Promise<void>[] = [];
  try {
    await listTar({
      file: file.abs,
      onReadEntry: (entry: ReadEntry) => {
        if (entry.type !== "File") {
          entry.resume();
          return;
        }
        const chunks: Buffer[] = [];
        pending.push(
          new Promise<void>(resolve => {
            entry.on("data", (chunk: Buffer) => chunks.push(chunk));
            entry.on("end", () => {
              entries.push({ path: entry.path, text: Buffer.concat(chunks).toString("utf8") });
              resolve();
            });
          }),
        );
      },
    });
    await Promise.all(pending);
  } catch (e) {
    throw new SourceError(file.name, undefined, `unreadable archive: ${(e as Error).message}`);
  }
  if (entries.length === 0) {
    throw new SourceError(file.name, undefined, "unreadable archive: no file entries");
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Splits a Jekyll-style document into its YAML front matter (parsed with the YAML 1.2 core
 * schema, so dates stay strings) and its body. Throws SourceError naming file and record.
 */
export function parseFrontMatter(
  fileName: string,
  record: string,
  text: string,
): Record<string, unknown> {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  const match = /^---[ \t]*\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(normalised);
  if (!match) {
    throw new SourceError(
      fileName,
      record,
      "invalid front matter: no YAML block between --- lines",
    );
  }
  const doc = parseDocument(match[1] ?? "", { schema: "core", uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new SourceError(
      fileName,
      record,
      `invalid front matter: ${doc.errors[0]?.message.split("\n")[0] ?? ""}`,
    );
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new SourceError(fileName, record, "invalid front matter: not a key/value mapping");
  }
  return data as Record<string, unknown>;
}

/** A duplicated mapping key found (and dropped: the first value is kept) by readYamlLenient. */
export interface DuplicateKey {
  /** path of the mapping holding the duplicate, e.g. "gitlab.mim-libre.fr" */
  path: string;
  key: string;
  dropped: string;
}

/**
 * Like readYaml, but a duplicated key in a mapping is not fatal: the first value is kept and the
 * duplicate is returned so that the caller can report it (known quirk of comptes-organismes-publics.yml).
 */
export function readYamlLenient(file: SourceFile): { value: unknown; duplicates: DuplicateKey[] } {
  const text = readText(file);
  const doc = parseDocument(text, { schema: "core", uniqueKeys: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    throw new SourceError(
      file.name,
      err?.linePos?.[0] ? `line ${err.linePos[0].line}` : undefined,
      `invalid YAML: ${err?.message.split("\n")[0] ?? ""}`,
    );
  }
  const duplicates: DuplicateKey[] = [];
  visit(doc, {
    Map(_key, map, path) {
      const seen = new Set<string>();
      const where = path
        .map(node => (isPair(node) && isScalar(node.key) ? String(node.key.value) : undefined))
        .filter((k): k is string => k !== undefined)
        .join(".");
      map.items = map.items.filter(pair => {
        const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(pair.key);
        if (seen.has(key)) {
          duplicates.push({
            path: where,
            key,
            dropped: isScalar(pair.value) ? String(pair.value.value) : "(value)",
          });
          return false;
        }
        seen.add(key);
        return true;
      });
    },
  });
  return { value: doc.toJS() as unknown, duplicates };
}

/** Parses a YAML file (core schema: dates stay strings); errors name the file and position. */
export function readYaml(file: SourceFile): unknown {
  const text = readText(file);
  const doc = parseDocument(text, { schema: "core" });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const where = err?.linePos?.[0] ? `line ${err.linePos[0].line}` : undefined;
    throw new SourceError(file.name, where, `invalid YAML: ${err?.message.split("\n")[0] ?? ""}`);
  }
  return doc.toJS() as unknown;
}

/** Parses a YAML string (for fixtures and inline use). */
export function parseYamlText(text: string): unknown {
  return parseYaml(text, { schema: "core" }) as unknown;
}

/** Parses a JSON file; errors name the file. */
export function readJson(file: SourceFile): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new SourceError(file.name, undefined, `invalid JSON: ${(e as Error).message}`);
  }
}

/** A CSV row with its 1-based data row number (header excluded) for provenance. */
export interface CsvRow {
  row: number;
  values: Record<string, string>;
}

/**
 * Parses a CSV file with a header line. A row whose column count differs from the header is a
 * structural error naming the file and the row (`all.csv: row=12: …`).
 */
export function readCsv(file: SourceFile, options: { header?: string[] } = {}): CsvRow[] {
  const text = readText(file);
  return parseCsvText(file.name, text, options);
}

export function parseCsvText(
  fileName: string,
  text: string,
  options: { header?: string[] } = {},
): CsvRow[] {
  let records: string[][];
  try {
    records = parseCsv(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new SourceError(
      fileName,
      err.lines === undefined ? undefined : `line=${err.lines}`,
      `invalid CSV: ${err.message}`,
    );
  }
  const header = options.header ?? records.shift() ?? [];
  return records.map((cells, index) => {
    const row = index + 1;
    if (cells.length !== header.length) {
      throw new SourceError(
        fileName,
        `row=${row}`,
        `expected ${header.length} columns, found ${cells.length}`,
      );
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      values[name] = cells[i] ?? "";
    });
    return { row, values };
  });
}
