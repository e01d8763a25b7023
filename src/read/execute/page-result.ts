import type { FieldNode } from "graphql";
import { type PageItem, subKey } from "../compile/page-query";
import { encodeCursor } from "../plan/cursor";
import type { NestedPlan } from "../plan/nested-plan";
import type { PageWindow } from "../plan/page-args";
import { type SortTerm, sortSignature } from "../plan/sort";
import type { EntityDef } from "../model";
import {
  type EntityRecord,
  type RelationshipRecord,
  toEntityRecord,
  toRelationshipRecord,
} from "./entity-record";

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
  aggregate?: PrefetchedAggregate;
}

/** A nested connection's aggregate as its parent's statement read it. */
export interface PrefetchedAggregate {
  stats?: Record<string, unknown>;
  /** groupBy lists by dimension (field name). */
  groups: Record<string, unknown>;
}

function toAggregate(
  plan: NestedPlan,
  read: Record<string, unknown> | null | undefined,
): PrefetchedAggregate | undefined {
  if (!plan.aggregate || !read) {
    return undefined;
  }
  const groups: Record<string, unknown> = {};
  plan.aggregate.groups.forEach((group, j) => {
    groups[group.field] = read[`g${j}`] ?? [];
  });
  const stats = read.stats as Record<string, unknown> | null | undefined;
  return { ...(plan.aggregate.stats && stats ? { stats } : {}), groups };
}

/** Where a record keeps what its statement read for its fields (a symbol: never serialised). */
const PREFETCHED = Symbol("prefetched");

type WithPrefetched = EntityRecord & { [PREFETCHED]?: Map<FieldNode, Prefetched> };

/** What `record`'s statement already read for the field of `fieldNode`, if anything. */
export function prefetchedOf(record: EntityRecord, fieldNode: FieldNode): Prefetched | undefined {
  return (record as WithPrefetched)[PREFETCHED]?.get(fieldNode);
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
    const results = new Map<FieldNode, Prefetched>();
    nested.forEach((plan, i) => {
      const result = sub[subKey(i)];
      if (!result) {
        return;
      }
      const prefetched = {
        page: plan.page ? toLoadedPage(plan, result.items ?? []) : undefined,
        total: plan.total && result.total !== null ? Number(result.total) : undefined,
        aggregate: toAggregate(plan, result.aggregate),
      };
      plan.fieldNodes.forEach(node => results.set(node, prefetched));
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
