import type { FieldNode } from "graphql";
import { BadUserInputError } from "../../errors";
import {
  type EntityDef,
  type GroupDef,
  isNumeric,
  type RelDef,
  relationOf,
  requireEntity,
} from "../model";
import { argsText, type WhereInput } from "./connection-args";
import { decodeCursor } from "./cursor";
import { pageWindow, type PageWindow } from "./page-args";
import {
  type ConnectionSelection,
  type NestedSelection,
  type Projection,
  projectionKey,
} from "./projection";
import { resolveSort, type SortTerm, sortSignature } from "./sort";

/**
 * A relationship connection read together with every node of an enclosing page or lookup, as a
 * `CALL` subquery of the same statement: a nested selection costs no extra statement.
 */
export interface NestedPlan {
  /** Canonical text of the field and its arguments (names loaders: equal texts, equal reads). */
  id: string;
  /** The field nodes it answers: their resolvers find the results by field node. */
  fieldNodes: readonly FieldNode[];
  relation: RelDef;
  entity: EntityDef;
  where: WhereInput | null | undefined;
  /** Filter on the relationship's properties (fields whose relation has an `edge` definition). */
  edge?: WhereInput | null;
  terms: SortTerm[];
  window: PageWindow;
  projection: Projection;
  nested: readonly NestedPlan[];
  /** Read the page (edges, nodes, pageInfo) and/or the filtered count (totalCount). */
  page: boolean;
  total: boolean;
  /** Read the connection's `aggregate` too (stats and groupBy dimensions selected under it). */
  aggregate?: NestedAggregate;
}

/** What a nested connection's `aggregate` selects: the stats (which numeric fields) and groups. */
export interface NestedAggregate {
  stats: boolean;
  only: ReadonlySet<string>;
  groups: readonly GroupDef[];
}

const aggregateKey = (a: NestedAggregate | undefined): string =>
  a
    ? `a${a.stats ? "s" : ""}[${[...a.only].join(",")}][${a.groups.map(g => g.field).join(",")}]`
    : "";

/** The aggregate part of a nested plan; undefined when nothing under `aggregate` needs a read. */
function planAggregate(
  entity: EntityDef,
  selection: ConnectionSelection,
): NestedAggregate | undefined {
  const only = new Set(
    entity.props.filter(x => isNumeric(x) && selection.aggregate.has(x.name)).map(x => x.name),
  );
  const stats = selection.aggregate.has("count") || only.size > 0;
  const groups = entity.groups.filter(g => selection.groups.has(g.field));
  return stats || groups.length > 0 ? { stats, only, groups } : undefined;
}

/** Nested connections deeper than this are left to their DataLoaders (statement size bound). */
export const MAX_NESTING = 5;

/** Bad cursors fail when the plan is built, before any statement runs. */
export function checkCursors(window: PageWindow, terms: readonly SortTerm[]): void {
  const signature = sortSignature(terms);
  if (window.after) {
    decodeCursor(window.after, signature, terms.length, "after");
  }
  if (window.before) {
    decodeCursor(window.before, signature, terms.length, "before");
  }
}

/** Text of everything a nested plan reads: equal texts, equal statements. */
export function planKey(plans: readonly NestedPlan[]): string {
  return plans
    .map(
      p =>
        `${p.id}:${projectionKey(p.projection)}:${p.page ? "p" : ""}${p.total ? "t" : ""}${aggregateKey(p.aggregate)}(${planKey(p.nested)})`,
    )
    .join(";");
}

/**
 * Plans the nested connections of a selection under `entity`'s nodes. A field whose arguments
 * are invalid is left out: its own resolver then reports the error at its path.
 */
export function planNested(
  entity: EntityDef,
  selections: readonly NestedSelection[],
  depth = 1,
): NestedPlan[] {
  if (depth > MAX_NESTING) {
    return [];
  }
  const plans: NestedPlan[] = [];
  for (const nested of selections) {
    const relation = relationOf(entity, nested.field);
    const { selection } = nested;
    const target = relation ? requireEntity(relation.target) : undefined;
    const aggregate = target ? planAggregate(target, selection) : undefined;
    if (!relation || !target || (!selection.page && !selection.totalCount && !aggregate)) {
      continue;
    }
    try {
      const window = pageWindow(nested.args);
      const terms = resolveSort(target, nested.args.sort);
      const plan: NestedPlan = {
        id: `${nested.field}|${argsText(nested.args)}`,
        fieldNodes: nested.fieldNodes,
        relation,
        entity: target,
        where: nested.args.where,
        edge: nested.args.edge,
        terms,
        window,
        projection: selection.projection,
        nested: planNested(target, selection.nested, depth + 1),
        page: selection.page,
        total: selection.totalCount,
        ...(aggregate ? { aggregate } : {}),
      };
      // bad cursors are found here, not in the parent's statement (filters are typed inputs)
      checkCursors(window, terms);
      plans.push(plan);
    } catch (error) {
      if (!(error instanceof BadUserInputError)) {
        throw error;
      }
    }
  }
  return plans;
}
