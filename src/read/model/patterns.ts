import type { Hop } from "./types";

function arrow(hop: Hop, relVar: string): string {
  const type = hop.optional ? `${hop.type}*0..1` : hop.type;
  return hop.dir === "out" ? `-[${relVar}:${type}]->` : `<-[${relVar}:${type}]-`;
}

/**
 * The path pattern of a relationship field from `(from)` to `(to:Target)`; types and labels come
 * from the registry. `relVar` names the relationship of a one-hop path (multi-hop paths have none).
 */
export function hopsPattern(from: string, hops: readonly Hop[], to: string, relVar = ""): string {
  let pattern = `(${from})`;
  hops.forEach((hop, i) => {
    const last = i === hops.length - 1;
    pattern += arrow(hop, hops.length === 1 ? relVar : "");
    pattern += last ? `(${to}:${hop.label})` : `(:${hop.label})`;
  });
  return pattern;
}

/** Number of distinct nodes reached through a relationship field. */
export function distinctCount(from: string, hops: readonly Hop[], to: string): string {
  return `COUNT { MATCH ${hopsPattern(from, hops, to)} RETURN DISTINCT ${to} }`;
}
