import type { Context } from "../context";
import { encodeCursor } from "../query/cursor";
import { type PageArgs, type PageWindow, pageWindow } from "../query/page-args";
import { pageStatement } from "../query/page-query";
import { ParamBag } from "../query/params";
import { resolveSort, type SortInput, type SortTerm, sortSignature } from "../query/sort";
import { countStatement } from "../query/aggregate-query";
import { EntityAggregate } from "./aggregate.service";
import {
  type EntityRecord,
  type RelationshipRecord,
  toEntityRecord,
  toRelationshipRecord,
} from "./entity-record";
import { type ConnectionSpec, runScoped } from "./scoped-runner";

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

interface PageItem {
  node: Record<string, unknown>;
  rels: Array<Record<string, unknown>>;
  sort: unknown[];
}

/**
 * A Relay connection resolved lazily: `edges`/`nodes`/`pageInfo` share one page statement,
 * `totalCount` and `aggregate` run only when selected. Arguments are validated in the constructor,
 * i.e. before any database work.
 */
export class EntityConnection {
  private readonly window: PageWindow;
  private readonly terms: SortTerm[];
  private pagePromise?: Promise<{ edges: EdgeRecord[]; pageInfo: PageInfoRecord }>;

  constructor(
    private readonly ctx: Context,
    private readonly spec: ConnectionSpec,
    args: PageArgs & { sort?: SortInput | null },
  ) {
    this.window = pageWindow(args);
    this.terms = resolveSort(spec.entity, args.sort);
    // compile once now so that bad cursors and filters fail before any query runs
    pageStatement({ ...spec, terms: this.terms, window: this.window, params: new ParamBag() });
  }

  get edges(): Promise<EdgeRecord[]> {
    return this.page().then(p => p.edges);
  }

  get nodes(): Promise<EntityRecord[]> {
    return this.page().then(p => p.edges.map(e => e.node));
  }

  get pageInfo(): Promise<PageInfoRecord> {
    return this.page().then(p => p.pageInfo);
  }

  get totalCount(): Promise<number> {
    return runScoped(
      this.ctx,
      this.spec,
      "count",
      params => countStatement({ ...this.spec, params }),
      "count",
      () => 0,
    );
  }

  get aggregate(): EntityAggregate {
    return new EntityAggregate(this.ctx, this.spec);
  }

  private page(): Promise<{ edges: EdgeRecord[]; pageInfo: PageInfoRecord }> {
    this.pagePromise ??= this.loadPage();
    return this.pagePromise;
  }

  private async loadPage(): Promise<{ edges: EdgeRecord[]; pageInfo: PageInfoRecord }> {
    const { window, terms, spec } = this;
    const items =
      window.size === 0
        ? []
        : await runScoped<PageItem[]>(
            this.ctx,
            spec,
            "page",
            params => pageStatement({ ...spec, terms, window, params }),
            "items",
            () => [],
          );
    const more = items.length > window.size;
    const kept = items.slice(0, window.size);
    if (window.backward) {
      kept.reverse();
    }
    const signature = sortSignature(terms);
    const edges = kept.map(item => ({
      cursor: encodeCursor(signature, item.sort),
      node: toEntityRecord(spec.entity, item.node),
      relationships: item.rels.map(toRelationshipRecord),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: window.backward ? window.before !== undefined : more,
        hasPreviousPage: window.backward ? more : window.after !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}
