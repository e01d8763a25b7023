/**
 * The graph's vocabulary, in ONE place: every label, relationship type and natural key. The seed's
 * allow-list (src/seed/graph-vocabulary.ts), the snapshot files, the key constraints of
 * cypher/schema/ and the tables of docs/data-model.md derive from or are checked against it
 * (test/unit/model/vocabulary.test.ts).
 */

/** Every node label the seed may write, in the order of docs/data-model.md. */
export const NODE_LABELS = [
  "Ministry",
  "DigitalDirectorate",
  "Organization",
  "Incubator",
  "Startup",
  "Phase",
  "Software",
  "Repository",
  "ForgeAccount",
  "Package",
  "Contributor",
  "Partner",
  "Country",
] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

/** Labels that hold records of the snapshot (Country is allowed but not fed by any source). */
export const ENTITY_LABELS = NODE_LABELS.filter(
  (l): l is Exclude<NodeLabel, "Country"> => l !== "Country",
);

/** Every relationship type of the graph, in the order of docs/data-model.md. */
export const RELATIONSHIP_TYPES = [
  "PART_OF",
  "SAME_AS",
  "OWNED_BY",
  "INCUBATED_BY",
  "SPONSORED_BY",
  "IN_PHASE",
  "HAS_REPOSITORY",
  "HAS_FORGE_ACCOUNT",
  "HOSTED_BY",
  "IMPLEMENTS",
  "DEPENDS_ON",
  "PUBLISHED_FROM",
  "MEMBER_OF",
  "CONTRIBUTES_TO",
  "AFFILIATED_WITH",
  "DEPLOYS",
  "USES",
  "FUNDS",
  "CO_DEVELOPS",
  "INTEGRATES",
  "SIMILAR_TO",
  "PRODUCES",
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** `DEPENDS_ON.kind`: the manifest section a dependency is declared in. */
export const DEPENDENCY_KINDS = ["RUNTIME", "DEV", "PEER", "OPTIONAL", "BUILD"] as const;

export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];

/** The natural key of every label: one property, unique per label. */
export const KEY_PROPERTY = "key";

/** The label of the node that says which snapshot is published (`{key: 'snapshot'}`). */
export const SEED_STATE_LABEL = "SeedState";

/** Labels whose `key` has a uniqueness constraint in cypher/schema/010-constraints.cypher. */
export const KEYED_LABELS: readonly string[] = [...ENTITY_LABELS, SEED_STATE_LABEL];

/**
 * The property that says which snapshot slot a loaded node belongs to (docs/loading.md): entity
 * keys are unique per (key, slot); the seed state itself is not slotted.
 */
export const SLOT_PROPERTY = "_slot";

/** Whether a label's nodes are written per snapshot slot (every entity label). */
export function isSlotted(label: string): boolean {
  return (ENTITY_LABELS as readonly string[]).includes(label);
}

/**
 * The name of a label's key constraint: `DigitalDirectorate` → `digital_directorate_key_slot`
 * (unique per slot), `SeedState` → `seed_state_key`.
 */
export function keyConstraintName(label: string): string {
  const snake = label.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toLowerCase();
  return isSlotted(label) ? `${snake}_key_slot` : `${snake}_key`;
}
