import { type NodeRef } from "../snapshot-format";
import { sha256Hex, slugify } from "../core/normalise";
import { type Aliases } from "../curated/schema";

/**
 * Explicit alias table (seed/aliases.yml): id aliases merge near-duplicate records, name aliases
 * match free-text names (SILL agencies, operators, employers) to a node. No fuzzy matching.
 */
export class AliasTable {
  private readonly ids = new Map<string, NodeRef>();
  private readonly names = new Map<string, NodeRef>();
  private readonly redacted = new Map<string, string>();

  constructor(aliases: Aliases) {
    for (const a of aliases.aliases) {
      const target = { label: a.toLabel ?? a.label, key: a.to };
      if (a.from !== undefined) {
        this.ids.set(`${a.label}/${a.from}`, target);
      }
      if (a.name !== undefined) {
        this.names.set(`${a.label}/${slugify(a.name)}`, target);
      }
    }
    for (const r of aliases.redactions) {
      this.redacted.set(`${r.label}/${r.keySha256}`, r.reason);
    }
  }

  /** The canonical node for an id (itself when no alias applies). */
  canonical(label: string, key: string): NodeRef {
    return this.ids.get(`${label}/${key}`) ?? { label, key };
  }

  isAliased(label: string, key: string): boolean {
    return this.ids.has(`${label}/${key}`);
  }

  /** A node named exactly (after slugification) by a name alias, if any. */
  byName(label: string, name: string): NodeRef | undefined {
    return this.names.get(`${label}/${slugify(name)}`);
  }

  redactionReason(label: string, key: string): string | undefined {
    return this.redacted.get(`${label}/${sha256Hex(key, 16)}`);
  }
}
