import type { FieldNode } from "graphql";
import { displayPropOf, type EntityDef, storedName } from "../model";

/** The parallel arrays that hold a record's provenance (see services/entity-record). */
export const PROVENANCE_PROPS = [
  "_provSource",
  "_provRecord",
  "_provDate",
  "_provLicence",
  "_provUrl",
] as const;

/**
 * What a page needs of each node: the stored properties to return (`null` = the whole node) and
 * whether the relationships from the parent are read (`edges.relationships`).
 */
export interface Projection {
  fields: readonly string[] | null;
  rels: boolean;
}

export const FULL_PROJECTION: Projection = { fields: null, rels: true };

/**
 * The stored properties that back a set of GraphQL field names of an entity: its registry props,
 * `key` (always: `id`, cursors and relationship fields need it), the `_prov*` arrays when
 * `provenance` is asked and the name-like property behind `displayName`. Names come from the registry only; other names are ignored.
 */
export function projectedProps(entity: EntityDef, fieldNames: Iterable<string>): string[] {
  const wanted = new Set(fieldNames);
  const props = new Set<string>(["key"]);
  for (const prop of entity.props) {
    if (wanted.has(prop.name)) {
      props.add(storedName(prop));
    }
  }
  if (wanted.has("provenance")) {
    PROVENANCE_PROPS.forEach(x => props.add(x));
  }
  const displayProp = displayPropOf(entity);
  if (wanted.has("displayName") && displayProp) {
    props.add(displayProp);
  }
  return [...props].sort();
}

/** Stable text of a projection, for DataLoader names (same projection, same batch). */
export function projectionKey(projection: Projection): string {
  return `${projection.fields ? projection.fields.join(",") : "*"}|${projection.rels ? "r" : ""}`;
}

/** Arguments of a relationship connection field, as GraphQL passes them. */
export interface NestedArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  where?: Record<string, unknown> | null;
  sort?: Array<Record<string, "ASC" | "DESC" | null | undefined>> | null;
  edge?: Record<string, unknown> | null;
}

/** A relationship connection selected under the nodes of a page or lookup. */
export interface NestedSelection {
  field: string;
  args: NestedArgs;
  /** The field nodes it stands for (aliases with equal arguments share one). */
  fieldNodes: readonly FieldNode[];
  selection: ConnectionSelection;
}

/** What a selection needs of one node: its properties and the relationship connections under it. */
export interface NodeSelection {
  projection: Projection;
  nested: NestedSelection[];
}

/** What a resolver's selection needs of a connection. */
export interface ConnectionSelection {
  projection: Projection;
  /** edges, nodes or pageInfo: the page statement runs. */
  page: boolean;
  totalCount: boolean;
  /** Sub-fields of `aggregate` (count, numeric fields, groupBy) and of `aggregate.groupBy`. */
  aggregate: Set<string>;
  groups: Set<string>;
  /** Relationship connections selected under the page's nodes. */
  nested: NestedSelection[];
}

/** The smallest projection that serves every one of several callers (everything for none). */
export function unionProjection(list: readonly Projection[]): Projection {
  if (list.length === 0) {
    return FULL_PROJECTION;
  }
  let fields: Set<string> | null = new Set();
  for (const projection of list) {
    if (!projection.fields) {
      fields = null;
    } else if (fields) {
      for (const f of projection.fields) {
        fields.add(f);
      }
    }
  }
  return { fields: fields ? [...fields].sort() : null, rels: list.some(x => x.rels) };
}
