import type { Context } from "../context";
import { encodeCursor } from "../query/cursor";
import { type PageArgs, type PageWindow, pageWindow } from "../query/page-args";
import { pageStatement } from "../query/page-query";
import { ParamBag } from "../query/params";
import {
  type ConnectionSelection,
  FULL_PROJECTION,
  type Projection,
  projectionKey,
  unionProjection,
} from "../query/projection";
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

interface LoadedPage {
  edges: EdgeRecord[];
  pageInfo: PageInfoRecord;
  total?: number;
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
  private readonly projection: Projection;
  /** Root connection with page and totalCount selected: one statement answers both. */
  private readonly foldTotal: boolean;
  private pagePromise?: Promise<LoadedPage>;

  constructor(
    private readonly ctx: Context,
    private readonly spec: ConnectionSpec,
    args: PageArgs & { sort?: SortInput | null },
    private readonly selection?: ConnectionSelection,
  ) {
    this.window = pageWindow(args);
    this.terms = resolveSort(spec.entity, args.sort);
    this.projection = selection?.projection ?? FULL_PROJECTION;
    this.foldTotal =
      spec.scope.kind === "root" &&
      this.window.size > 0 &&
      selection !== undefined &&
      selection.page &&
      selection.totalCount;
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
    if (this.foldTotal) {
      return this.page().then(p => p.total ?? 0);
    }
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
    return new EntityAggregate(this.ctx, this.spec, this.selection);
  }

  private page(): Promise<LoadedPage> {
    this.pagePromise ??= this.loadPage();
    return this.pagePromise;
  }

  private async fetchItems(): Promise<{ items: PageItem[]; total?: number }> {
    const { window, terms, spec, projection } = this;
    if (window.size === 0) {
      return { items: [] };
    }
    if (this.foldTotal) {
      const params = new ParamBag();
      const cypher = pageStatement({ ...spec, terms, window, params, projection, withTotal: true });
      const [row] = await this.ctx.db.read(cypher, params.values);
      return {
        items: (row?.items as PageItem[] | null | undefined) ?? [],
        total: Number(row?.total ?? 0),
      };
    }
    const items = await runScoped<PageItem[], Projection>(
      this.ctx,
      spec,
      "page",
      (params, projections) =>
        pageStatement({ ...spec, terms, window, params, projection: unionProjection(projections) }),
      "items",
      () => [],
      { key: projectionKey(projection), value: projection },
    );
    return { items };
  }

  private async loadPage(): Promise<LoadedPage> {
    const { window, terms, spec } = this;
    const { items, total } = await this.fetchItems();
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
      total,
      pageInfo: {
        hasNextPage: window.backward ? window.before !== undefined : more,
        hasPreviousPage: window.backward ? more : window.after !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}
