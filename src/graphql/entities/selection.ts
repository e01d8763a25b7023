import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
} from "graphql";
import { type ConnectionSelection, projectedProps } from "../../query/projection";
import type { EntityDef } from "../../query/registry";

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * The sub-fields of some field nodes, by field name (not alias), through fragments and inline
 * fragments whatever their type condition and directives: a superset of what will be resolved.
 */
export function childFields(
  nodes: readonly FieldNode[],
  fragments: Fragments,
): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const list = out.get(name);
        if (list) {
          list.push(selection);
        } else {
          out.set(name, [selection]);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        if (!seen.has(name)) {
          seen.add(name);
          visit(fragments[name]?.selectionSet);
        }
      }
    }
  };
  nodes.forEach(n => visit(n.selectionSet));
  return out;
}

/** The selection of a connection field; `undefined` (no info) means "everything". */
export function connectionSelection(
  entity: EntityDef,
  info: GraphQLResolveInfo | undefined,
): ConnectionSelection | undefined {
  if (!info?.fieldNodes) {
    return undefined;
  }
  const fragments = info.fragments ?? {};
  const top = childFields(info.fieldNodes, fragments);
  const edges = childFields(top.get("edges") ?? [], fragments);
  const nodeFields = [...(edges.get("node") ?? []), ...(top.get("nodes") ?? [])];
  const aggregate = childFields(top.get("aggregate") ?? [], fragments);
  const groups = childFields(aggregate.get("groupBy") ?? [], fragments);
  return {
    projection: {
      fields: projectedProps(entity, childFields(nodeFields, fragments).keys()),
      rels: edges.has("relationships"),
    },
    page: top.has("edges") || top.has("nodes") || top.has("pageInfo"),
    totalCount: top.has("totalCount"),
    aggregate: new Set(aggregate.keys()),
    groups: new Set(groups.keys()),
  };
}
