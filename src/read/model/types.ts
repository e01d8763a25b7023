import { type EdgeDef, edgeDefOf } from "./edges";
import type { PropDef, PropKind } from "./props";
import type { Vocabulary } from "./vocabularies";

export { type PropDef, type PropKind, storedName } from "./props";

export type Direction = "out" | "in";

/** One hop of a relationship field: `type` may list alternatives (`USES|DEPLOYS`). */
export interface Hop {
  type: string;
  dir: Direction;
  /**
   * Label of the node this hop arrives at (the target's label for the last hop); an intermediate
   * node may accept alternatives (`Organization|Ministry`).
   */
  label: string;
  /** The hop may be skipped (`*0..1`): the node before it then stands for the node after it. */
  optional?: boolean;
}

export interface RelDef {
  field: string;
  target: string;
  hops: Hop[];
  description: string;
  /** Properties of the relationship, testable with the field's `edge` filter (one hop only). */
  edge?: EdgeDef;
}

/** A groupBy dimension: a property of the node, or a node reached by a fixed path. */
export type GroupDef =
  | { field: string; description: string; kind: "property"; prop: string }
  | { field: string; description: string; kind: "path"; hops: Hop[]; nameProp: string };

export interface EntityDef {
  label: string;
  typeName: string;
  /** Root connection field, e.g. `startups`. */
  plural: string;
  description: string;
  keyDescription: string;
  props: PropDef[];
  relations: RelDef[];
  groups: GroupDef[];
}

const NUMERIC: ReadonlySet<PropKind> = new Set(["int", "float"]);
const LIST: ReadonlySet<PropKind> = new Set(["stringList", "intList"]);

export const isNumeric = (p: PropDef): boolean => NUMERIC.has(p.kind);
export const isList = (p: PropDef): boolean => LIST.has(p.kind);
/** Props that accept ordering and keyset cursors (scalars, not lists). */
export const isSortable = (p: PropDef): boolean => !LIST.has(p.kind);

export const out = (type: string, label: string): Hop => ({ type, dir: "out", label });
export const inn = (type: string, label: string): Hop => ({ type, dir: "in", label });
/** A hop that may be skipped (e.g. a repository owned by a ministry directly, or by one of its bodies). */
export const optional = (hop: Hop): Hop => ({ ...hop, optional: true });

export function rel(field: string, description: string, ...hops: Hop[]): RelDef {
  const last = hops[hops.length - 1];
  if (!last) {
    throw new Error(`relationship field ${field} has no hop`);
  }
  if (hops.length === 1 && last.optional) {
    throw new Error(`relationship field ${field}: a one-hop field cannot be optional`);
  }
  const edge = hops.length === 1 ? edgeDefOf(last.type) : undefined;
  return { field, target: last.label, hops, description, ...(edge ? { edge } : {}) };
}

export function p(name: string, kind: PropKind, description?: string): PropDef {
  return { name, kind, description };
}

/** An enum field over a stored property with a closed vocabulary. */
export function enumProp(
  name: string,
  vocabulary: Vocabulary,
  description: string,
  stored?: string,
): PropDef {
  return { name, kind: "enum", vocabulary, description, ...(stored ? { stored } : {}) };
}
