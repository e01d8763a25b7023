import type { GraphQLResolveInfo } from "graphql";
import type { EntityDef } from "../model";
import { argsText, type ConnectionArgs, connectionArgs } from "./connection-args";
import { checkCursors, type NestedPlan, planKey, planNested } from "./nested-plan";
import { OperationCache } from "./operation-cache";
import { pageWindow, type PageWindow } from "./page-args";
import { connectionSelection, nodeSelection } from "./selection";
import { type ConnectionSelection, type NodeSelection, projectionKey } from "./projection";
import { resolveSort, type SortTerm } from "./sort";

/**
 * Everything the resolvers of one connection field need, built once per operation from the
 * selection set and the arguments (read by name from the field node): the page window, the sort
 * terms, what is selected and the nested connections its page statement reads. Bad arguments
 * fail here, before any statement runs.
 */
export interface ConnectionPlan {
  entity: EntityDef;
  args: ConnectionArgs;
  window: PageWindow;
  terms: SortTerm[];
  selection: ConnectionSelection;
  /** Relationship connections read by the page's own statement. */
  nested: NestedPlan[];
  /** Names the DataLoader batches of the field: parents with equal arguments share them. */
  batchKey: string;
  /** Statements compiled from this plan alone, by kind (the compile stage fills it). */
  readonly compiled: Map<string, unknown>;
}

/** What a lookup (by key or id) reads of its node: its properties and nested connections. */
export interface NodePlan {
  entity: EntityDef;
  selection: NodeSelection;
  nested: NestedPlan[];
  /** Names the lookup's DataLoader: lookups reading the same things share one batch. */
  batchKey: string;
  readonly compiled: Map<string, unknown>;
}

const CONNECTIONS = new OperationCache<ConnectionPlan>();
const NODES = new OperationCache<NodePlan>();

/** The plan of the connection field being resolved (root or relationship field). */
export function planConnection(entity: EntityDef, info: GraphQLResolveInfo): ConnectionPlan {
  return CONNECTIONS.get(info, entity.label, () => {
    const field = info.parentType.getFields()[info.fieldName];
    const node = info.fieldNodes[0];
    if (!field || !node) {
      throw new Error(`no field ${info.parentType.name}.${info.fieldName}`);
    }
    const args = connectionArgs(field, node, info.variableValues ?? {});
    const window = pageWindow(args);
    const terms = resolveSort(entity, args.sort);
    checkCursors(window, terms);
    const selection = connectionSelection(entity, info);
    return {
      entity,
      args,
      window,
      terms,
      selection,
      nested: planNested(entity, selection.nested),
      batchKey: argsText(args),
      compiled: new Map(),
    };
  });
}

/** The plan of a lookup field returning nodes of `entity` (`…ByKey`, `node`, `nodes`). */
export function planNode(entity: EntityDef, info: GraphQLResolveInfo): NodePlan {
  return NODES.get(info, entity.label, () => {
    const selection = nodeSelection(entity, info);
    const nested = planNested(entity, selection.nested);
    return {
      entity,
      selection,
      nested,
      batchKey: `${entity.label}:${projectionKey(selection.projection)}|${planKey(nested)}`,
      compiled: new Map(),
    };
  });
}
