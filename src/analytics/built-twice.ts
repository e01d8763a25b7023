/** "Built twice" detection: capabilities served by one tool vs several tools (ours). */

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A tool with the capability (SILL "fonction") it serves; null = not classified. */
export interface ToolCapability {
  key: string;
  capability: string | null;
}

/** Tools serving one normalised capability. */
export interface CapabilityGroup {
  capability: string;
  /** Smallest original spelling of the capability (deterministic label). */
  label: string;
  tools: string[];
}

/** Output of {@link builtTwice}. */
export interface BuiltTwiceReport {
  /** Capabilities served by one tool only: functional single points of failure. */
  singleTool: CapabilityGroup[];
  /** Capabilities served by several tools: possible duplication ("built twice"). */
  duplicated: CapabilityGroup[];
  /** Tools without capability. */
  unclassified: string[];
}

/** Normalises a capability label: accents removed, lower case, punctuation and spaces collapsed. */
export function normaliseCapability(label: string): string {
  return label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Groups tools by normalised capability and splits the groups into single-tool capabilities
 * (functional SPOF) and multi-tool capabilities (possible duplication). Ours; the SILL
 * `similarSoftwares` / "fonction" fields are the public anchor.
 *
 * Reference: https://github.com/codegouvfr/catalogi
 */
export function builtTwice(tools: readonly ToolCapability[]): BuiltTwiceReport {
  const groups = new Map<string, { labels: Set<string>; tools: Set<string> }>();
  const unclassified = new Set<string>();
  for (const t of tools) {
    const norm = t.capability === null ? "" : normaliseCapability(t.capability);
    if (norm === "" || t.capability === null) {
      unclassified.add(t.key);
      continue;
    }
    const g = groups.get(norm) ?? { labels: new Set<string>(), tools: new Set<string>() };
    g.labels.add(t.capability.trim());
    g.tools.add(t.key);
    groups.set(norm, g);
  }
  const all = [...groups.entries()]
    .map(([capability, g]) => ({
      capability,
      label: [...g.labels].sort(byKey)[0] ?? capability,
      tools: [...g.tools].sort(byKey),
    }))
    .sort((a, b) => byKey(a.capability, b.capability));
  return {
    singleTool: all.filter(g => g.tools.length === 1),
    duplicated: all.filter(g => g.tools.length > 1),
    unclassified: [...unclassified].sort(byKey),
  };
}
