import type { Db, CypherRegistry } from "../../db";
import { ENTITIES, type EntityDef } from "../model";
import {
  type EntityRecord,
  type RelationshipRecord,
  toEntityRecord,
  toRelationshipRecord,
} from "./entity-record";

export interface NeighbourRecord {
  node: EntityRecord;
  relationship: RelationshipRecord;
  /** The relationship goes from the centre to the neighbour. */
  outgoing: boolean;
}

export interface NeighbourhoodRecord {
  center: EntityRecord;
  properties: Record<string, unknown>;
  neighbours: NeighbourRecord[];
  relationshipTypes: Array<{ type: string; count: number }>;
  /** More relationships (of the asked types) than `limit`. */
  truncated: boolean;
}

const BY_LABEL = new Map(ENTITIES.map(e => [e.label, e]));

/** The entity of a node's labels (the first one the registry knows). */
function entityOfLabels(labels: unknown): EntityDef | undefined {
  return Array.isArray(labels)
    ? labels.map(l => BY_LABEL.get(String(l))).find(e => e !== undefined)
    : undefined;
}

/**
 * One node and the relationships around it (both directions), for the explorer's graph: at most
 * `limit` of them, of the given types (all when null), with the count of every type around it.
 * Null when the node does not exist.
 */
export async function neighbourhood(
  db: Db,
  cypher: CypherRegistry,
  entity: EntityDef,
  key: string,
  types: string[] | null,
  limit: number,
): Promise<NeighbourhoodRecord | null> {
  const [row] = await db.read(cypher.get("explore/neighbourhood"), {
    label: entity.label,
    key,
    types,
    limit,
  });
  if (!row) {
    return null;
  }
  const neighbours: NeighbourRecord[] = [];
  for (const item of row.around as Array<{
    rel: Record<string, unknown>;
    outgoing: boolean;
    labels: unknown;
    node: Record<string, unknown>;
  }>) {
    const target = entityOfLabels(item.labels);
    if (target) {
      neighbours.push({
        node: toEntityRecord(target, item.node),
        relationship: toRelationshipRecord({
          ...item.rel,
          id: item.rel.id ?? item.rel._elementId,
        }),
        outgoing: item.outgoing,
      });
    }
  }
  const relationshipTypes = (row.all as Array<{ type: string; count: number }>)
    .map(({ type, count }) => ({ type, count: Number(count) }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  const asked = types
    ? relationshipTypes.filter(t => types.includes(t.type)).reduce((s, t) => s + t.count, 0)
    : relationshipTypes.reduce((s, t) => s + t.count, 0);
  const props = row.node as Record<string, unknown>;
  return {
    center: toEntityRecord(entity, props),
    properties: Object.fromEntries(
      Object.entries(props).filter(([name]) => !name.startsWith("_") && name !== "id"),
    ),
    neighbours,
    relationshipTypes,
    truncated: asked > neighbours.length,
  };
}
