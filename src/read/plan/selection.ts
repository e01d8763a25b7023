import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import {
  type ConnectionSelection,
  type NestedSelection,
  type NodeSelection,
  projectedProps,
} from "./projection";
import { type EntityDef, requireEntity } from "../model";
import { MAX_NESTING } from "./nested-plan";
import { argsText, type ConnectionArgs, connectionArgs } from "./connection-args";

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

interface SelectionScope {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Fragments;
}

function scopeOf(info: GraphQLResolveInfo): SelectionScope {
  return {
    schema: info.schema,
    variables: info.variableValues ?? {},
    fragments: info.fragments ?? {},
  };
}

/** The selection of a connection field (through its field nodes, fragments included). */
export function connectionSelection(
  entity: EntityDef,
  info: GraphQLResolveInfo,
): ConnectionSelection {
  return selectionOf(entity, info.fieldNodes, scopeOf(info), 1);
}

/** The selection of a field returning one node (lookups by key or id). */
export function nodeSelection(entity: EntityDef, info: GraphQLResolveInfo): NodeSelection {
  const scope = scopeOf(info);
  const children = childFields(info.fieldNodes, scope.fragments);
  return {
    projection: { fields: projectedProps(entity, children.keys()), rels: false },
    nested: nestedSelections(entity, children, scope, 1),
  };
}

function selectionOf(
  entity: EntityDef,
  fieldNodes: readonly FieldNode[],
  scope: SelectionScope,
  depth: number,
): ConnectionSelection {
  const { fragments } = scope;
  const top = childFields(fieldNodes, fragments);
  const edges = childFields(top.get("edges") ?? [], fragments);
  const nodeFields = [...(edges.get("node") ?? []), ...(top.get("nodes") ?? [])];
  const aggregate = childFields(top.get("aggregate") ?? [], fragments);
  const groups = childFields(aggregate.get("groupBy") ?? [], fragments);
  const children = childFields(nodeFields, fragments);
  return {
    projection: {
      fields: projectedProps(entity, children.keys()),
      rels: edges.has("relationships"),
    },
    page: top.has("edges") || top.has("nodes") || top.has("pageInfo"),
    totalCount: top.has("totalCount"),
    aggregate: new Set(aggregate.keys()),
    groups: new Set(groups.keys()),
    nested: nestedSelections(entity, children, scope, depth),
  };
}

/**
 * The relationship connections selected on an entity's nodes, one per field and distinct
 * arguments (aliases with equal arguments share one, with their selections merged).
 */
function nestedSelections(
  entity: EntityDef,
  children: Map<string, FieldNode[]>,
  scope: SelectionScope,
  depth: number,
): NestedSelection[] {
  if (depth > MAX_NESTING || entity.relations.length === 0) {
    return [];
  }
  const type = scope.schema.getType(entity.typeName);
  if (!isObjectType(type)) {
    return [];
  }
  const fields = type.getFields();
  const out: NestedSelection[] = [];
  for (const relation of entity.relations) {
    const nodes = children.get(relation.field);
    const def = fields[relation.field];
    if (!nodes || !def) {
      continue;
    }
    const groups = new Map<string, { args: ConnectionArgs; nodes: FieldNode[] }>();
    for (const node of nodes) {
      const args = connectionArgs(def, node, scope.variables);
      const key = argsText(args);
      const group = groups.get(key);
      if (group) {
        group.nodes.push(node);
      } else {
        groups.set(key, { args, nodes: [node] });
      }
    }
    const target = requireEntity(relation.target);
    for (const group of groups.values()) {
      out.push({
        field: relation.field,
        args: group.args,
        fieldNodes: group.nodes,
        selection: selectionOf(target, group.nodes, scope, depth + 1),
      });
    }
  }
  return out;
}
