import { SourceError } from "../core/errors";

/**
 * Minimal TOML reader for pyproject.toml dependency declarations: returns, per table path, the
 * string and string-array values (`[project] name`, `dependencies = [...]`, `[dependency-groups]`…).
 * Inline tables inside arrays are skipped; other value types are ignored. Not a general TOML parser.
 */
export type TomlValue = string | string[];
export type TomlTables = Map<string, Map<string, TomlValue>>;

function unquoteKey(key: string): string {
  const k = key.trim();
  return /^(["']).*\1$/.test(k) ? k.slice(1, -1) : k;
}

/** Reads a quoted string starting at text[i] (a quote); returns [value, index after]. */
function readString(text: string, i: number): [string, number] {
  const quote = text[i];
  let j = i + 1;
  let out = "";
  while (j < text.length && text[j] !== quote) {
    if (quote === '"' && text[j] === "\\" && j + 1 < text.length) {
      out += text[j + 1];
      j += 2;
      continue;
    }
    out += text[j];
    j += 1;
  }
  return [out, j + 1];
}

/** Reads an array starting at text[i] = '['; returns [strings, index after the closing ']']. */
function readArray(text: string, i: number): [string[], number] {
  const out: string[] = [];
  let depth = 0;
  let braces = 0;
  let j = i;
  while (j < text.length) {
    const c = text[j];
    if (c === '"' || c === "'") {
      const [value, next] = readString(text, j);
      if (depth === 1 && braces === 0) {
        out.push(value);
      }
      j = next;
      continue;
    }
    if (c === "#") {
      while (j < text.length && text[j] !== "\n") {
        j += 1;
      }
      continue;
    }
    if (c === "[") {
      depth += 1;
    } else if (c === "]") {
      depth -= 1;
      if (depth === 0) {
        return [out, j + 1];
      }
    } else if (c === "{") {
      braces += 1;
    } else if (c === "}") {
      braces -= 1;
    }
    j += 1;
  }
  throw new Error("unterminated array");
}

/** Skips a balanced inline table / array starting at text[i]; returns the index after it. */
function skipBalanced(text: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const c = text[j];
    if (c === '"' || c === "'") {
      j = readString(text, j)[1];
      continue;
    }
    if (c === "#") {
      while (j < text.length && text[j] !== "\n") {
        j += 1;
      }
      continue;
    }
    if (c === "{" || c === "[") {
      depth += 1;
    } else if (c === "}" || c === "]") {
      depth -= 1;
      if (depth === 0) {
        return j + 1;
      }
    }
    j += 1;
  }
  throw new Error("unterminated inline table");
}

export function parsePyprojectTables(fileName: string, text: string): TomlTables {
  const tables: TomlTables = new Map([["", new Map()]]);
  let current = tables.get("") as Map<string, TomlValue>;
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const end = text.indexOf("\n", i) === -1 ? text.length : text.indexOf("\n", i);
    const raw = text.slice(i, end);
    const trimmed = raw.trim();
    const header = /^\[([^[\]]+)\]\s*(#.*)?$/.exec(trimmed);
    if (header) {
      const name = (header[1] ?? "").split(".").map(unquoteKey).join(".");
      current = tables.get(name) ?? new Map<string, TomlValue>();
      tables.set(name, current);
      i = end + 1;
      line += 1;
      continue;
    }
    const kv = /^\s*("[^"]+"|'[^']+'|[A-Za-z0-9_.-]+)\s*=\s*/.exec(raw);
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("[[") || !kv) {
      if (trimmed !== "" && !trimmed.startsWith("#") && !trimmed.startsWith("[[") && !kv) {
        throw new SourceError(
          fileName,
          `line ${line}`,
          `invalid TOML: cannot read "${trimmed.slice(0, 40)}"`,
        );
      }
      i = end + 1;
      line += 1;
      continue;
    }
    const key = unquoteKey(kv[1] ?? "");
    const valueStart = i + kv[0].length;
    const first = text[valueStart];
    let next = end + 1;
    try {
      if (first === "[" || first === "{") {
        let after: number;
        if (first === "[") {
          const [values, end2] = readArray(text, valueStart);
          current.set(key, values);
          after = end2;
        } else {
          after = skipBalanced(text, valueStart);
        }
        next = text.indexOf("\n", after) === -1 ? text.length : text.indexOf("\n", after) + 1;
      } else if (text.startsWith('"""', valueStart) || text.startsWith("'''", valueStart)) {
        const close = text.indexOf(text.slice(valueStart, valueStart + 3), valueStart + 3);
        if (close === -1) {
          throw new Error("unterminated multi-line string");
        }
        next =
          text.indexOf("\n", close + 3) === -1 ? text.length : text.indexOf("\n", close + 3) + 1;
      } else if (first === '"' || first === "'") {
        current.set(key, readString(text, valueStart)[0]);
      }
    } catch (e) {
      throw new SourceError(fileName, `line ${line}`, `invalid TOML: ${(e as Error).message}`);
    }
    line += text.slice(i, next).split("\n").length - 1;
    i = next;
  }
  return tables;
}
