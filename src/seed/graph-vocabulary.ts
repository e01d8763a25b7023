import { NODE_LABELS, type NodeLabel } from "../model";

/**
 * The closed vocabulary of labels and relationship types the seed may write. Labels and types
 * cannot be Cypher parameters, so the loader only splices names that pass this allow-list.
 */
export { NODE_LABELS, type NodeLabel };

const LABELS = new Set<string>(NODE_LABELS);
const TYPE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;

export function assertLabel(label: string, where: string): NodeLabel {
  if (!LABELS.has(label)) {
    throw new Error(`${where}: unknown label '${label}' (allowed: ${NODE_LABELS.join(", ")})`);
  }
  return label as NodeLabel;
}

export function assertRelationshipType(type: string, where: string): string {
  if (!TYPE_PATTERN.test(type)) {
    throw new Error(`${where}: invalid relationship type '${type}'`);
  }
  return type;
}
