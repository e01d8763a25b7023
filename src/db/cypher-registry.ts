import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * All `.cypher` files under a folder, loaded once at start-up, by name (`organization/find-by-ids`).
 * An unknown name fails at boot, not at request time.
 */
export class CypherRegistry {
  private constructor(private readonly queries: ReadonlyMap<string, string>) {}

  static load(dir: string): CypherRegistry {
    const queries = new Map<string, string>();
    for (const file of walk(dir)) {
      const name = path
        .relative(dir, file)
        .replace(/\\/g, "/")
        .replace(/\.cypher$/, "");
      queries.set(name, readFileSync(file, "utf8"));
    }
    return new CypherRegistry(queries);
  }

  get(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) {
      throw new Error(`unknown Cypher query '${name}'`);
    }
    return text;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap(entry => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        return walk(full);
      }
      return entry.endsWith(".cypher") ? [full] : [];
    });
}

/** Splits a file of `;`-terminated statements, dropping `//` comment lines and blanks. */
export function splitStatements(text: string): string[] {
  return text
    .split("\n")
    .filter(line => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map(s => s.trim())
    .filter(Boolean);
}
