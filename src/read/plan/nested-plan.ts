import { decodeCursor, encodeCursor } from "./cursor";
import { pageWindow, type PageWindow } from "./page-args";
import { type NestedPlan, type PageItem, subKey } from "../compile/page-query";
import { type NestedSelection, projectionKey } from "./projection";
import { type EntityDef, relationOf, requireEntity } from "../model";
import { resolveSort, type SortTerm, sortSignature } from "./sort";
import { BadUserInputError } from "../../errors";
import {
  type EntityRecord,
  type RelationshipRecord,
  toEntityRecord,
  toRelationshipRecord,
} from "../execute/entity-record";

export interface EdgeRecord {
  cursor: string;
  node: EntityRecord;
  relationships: RelationshipRecord[];
}

export interface PageInfoRecord {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface LoadedPage {
  edges: EdgeRecord[];
  pageInfo: PageInfoRecord;
  total?: number;
}

/** What the enclosing statement already read of one relationship connection of one node. */
export interface Prefetched {
  page?: LoadedPage;
  total?: number;
}

/** Nested connections deeper than this are left to their DataLoaders (statement size bound). */
export const MAX_NESTING = 4;

/** Where a record keeps what its statement read for its fields (a symbol: never serialised). */
const PREFETCHED = Symbol("prefetched");

type WithPrefetched = EntityRecord & { [PREFETCHED]?: Map<string, Prefetched> };

/** The results read for `record`'s field with given arguments (`field|argsKey`), if any. */
export function prefetchedOf(record: EntityRecord, id: string): Prefetched | undefined {
  return (record as WithPrefetched)[PREFETCHED]?.get(id);
}

export const nestedId = (field: string, argsKey: string): string => `${field}|${argsKey}`;

/** Text of everything a nested plan reads: equal texts, equal statements. */
export function planKey(plans: readonly NestedPlan[]): string {
  return plans
    .map(
      p =>
        `${p.id}:${projectionKey(p.projection)}:${p.page ? "p" : ""}${p.total ? "t" : ""}(${planKey(p.nested)})`,
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
    if (!relation || (!selection.page && !selection.totalCount)) {
      continue;
    }
    const target = requireEntity(relation.target);
    try {
      const window = pageWindow(nested.args);
      const terms = resolveSort(target, nested.args.sort);
      const plan: NestedPlan = {
        id: nestedId(nested.field, nested.argsKey),
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
      };
      // bad cursors are found here, not in the parent's statement (filters are typed inputs)
      const signature = sortSignature(terms);
      if (window.after) {
        decodeCursor(window.after, signature, terms.length, "after");
      }
      if (window.before) {
        decodeCursor(window.before, signature, terms.length, "before");
      }
      plans.push(plan);
    } catch (error) {
      if (!(error instanceof BadUserInputError)) {
        throw error;
      }
    }
  }
  return plans;
}

/** Node records from a statement's projected node and `sub` map, nested results attached. */
export function toRecordWithNested(
  entity: EntityDef,
  props: Record<string, unknown>,
  sub: PageItem["sub"],
  nested: readonly NestedPlan[],
): EntityRecord {
  const record = toEntityRecord(entity, props);
  if (sub && nested.length > 0) {
    const results = new Map<string, Prefetched>();
    nested.forEach((plan, i) => {
      const result = sub[subKey(i)];
      if (!result) {
        return;
      }
      results.set(plan.id, {
        page: plan.page ? toLoadedPage(plan, result.items ?? []) : undefined,
        total: plan.total && result.total !== null ? Number(result.total) : undefined,
      });
    });
    (record as WithPrefetched)[PREFETCHED] = results;
  }
  return record;
}

/** Edges, cursors and pageInfo of one page from the statement's `size + 1` items. */
export function toLoadedPage(
  plan: {
    entity: EntityDef;
    terms: SortTerm[];
    window: PageWindow;
    nested: readonly NestedPlan[];
  },
  items: PageItem[],
  total?: number,
): LoadedPage {
  const { window, terms, entity, nested } = plan;
  const more = items.length > window.size;
  const kept = items.slice(0, window.size);
  if (window.backward) {
    kept.reverse();
  }
  const signature = sortSignature(terms);
  const edges = kept.map(
    item =>
      new Edge(
        signature,
        item.sort,
        toRecordWithNested(entity, item.node, item.sub, nested),
        item.rels?.length ? item.rels.map(toRelationshipRecord) : [],
      ),
  );
  return {
    edges,
    total,
    pageInfo: new PageInfo(
      window.backward ? window.before !== undefined : more,
      window.backward ? more : window.after !== undefined,
      edges,
    ),
  };
}

/** An edge whose cursor is encoded only when a client selects it. */
class Edge implements EdgeRecord {
  constructor(
    private readonly signature: string,
    private readonly sort: unknown[],
    readonly node: EntityRecord,
    readonly relationships: RelationshipRecord[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.signature, this.sort);
  }
}

class PageInfo implements PageInfoRecord {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly edges: readonly EdgeRecord[],
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}
