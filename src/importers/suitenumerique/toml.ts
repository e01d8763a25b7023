import type * as SmolToml from "smol-toml" with { "resolution-mode": "import" };
import { SourceError } from "../core/errors";

// smol-toml ships CommonJS (dist/index.cjs) but its types are ESM-only: require it, typed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parse, TomlError } = require("smol-toml") as typeof SmolToml;

/** A parsed TOML document (tables are plain objects). */
export type TomlTable = Record<string, unknown>;

/**
 * Parses a pyproject.toml with smol-toml (TOML 1.0); a malformed document is a SourceError
 * naming the file and the line, with the parser's reason (first line of its message).
 */
export function parseToml(fileName: string, text: string): TomlTable {
  try {
    return parse(text) as TomlTable;
  } catch (e) {
    if (e instanceof TomlError) {
      const reason = e.message.split("\n")[0]?.replace(/^Invalid TOML document: /, "") ?? "";
      throw new SourceError(fileName, `line ${e.line}`, `invalid TOML: ${reason}`);
    }
    throw e;
  }
}

/** The table at a dotted path (`project.optional-dependencies`), or undefined. */
export function tableAt(root: TomlTable, path: string): TomlTable | undefined {
  let current: unknown = root;
  for (const part of path.split(".")) {
    if (typeof current !== "object" || current === null || Array.isArray(current)) {
      return undefined;
    }
    current = (current as TomlTable)[part];
  }
  return typeof current === "object" && current !== null && !Array.isArray(current)
    ? (current as TomlTable)
    : undefined;
}

/** The strings of an array value; other items (inline tables such as `{include-group}`) are skipped. */
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
