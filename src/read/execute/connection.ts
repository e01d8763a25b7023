import type { Context } from "../../context";
import { type PageArgs, type PageWindow, pageWindow } from "../plan/page-args";
import { type NestedPlan, type PageItem, pageStatement } from "../compile/page-query";
import { ParamBag } from "../compile/params";
import {
  type ConnectionSelection,
  FULL_PROJECTION,
  type Projection,
  projectionKey,
  unionProjection,
} from "../plan/projection";
import { resolveSort, type SortInput, type SortTerm } from "../plan/sort";
import { countStatement } from "../compile/aggregate-query";
import { EntityAggregate } from "./aggregate";
import type { EntityRecord } from "./entity-record";
import {
  type EdgeRecord,
  type LoadedPage,
  type PageInfoRecord,
  planKey,
  planNested,
  type Prefetched,
  toLoadedPage,
} from "../plan/nested-plan";
import { type ConnectionSpec, runScoped } from "./scoped-runner";

export type { EdgeRecord, PageInfoRecord } from "../plan/nested-plan";

/** What one caller of a batched page needs: its projection and its nested connections. */
interface PageNeeds {
  projection: Projection;
  nested: NestedPlan[];
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
  private readonly nested: NestedPlan[];
  /** Root connection with page and totalCount selected: one statement answers both. */
  private readonly foldTotal: boolean;
  private pagePromise?: Promise<LoadedPage>;

  constructor(
    private readonly ctx: Context,
    private readonly spec: ConnectionSpec,
    args: PageArgs & { sort?: SortInput | null },
    private readonly selection?: ConnectionSelection,
    /** What the enclosing statement already read (no statement then). */
    private readonly prefetched?: Prefetched,
  ) {
    this.window = pageWindow(args);
    this.terms = resolveSort(spec.entity, args.sort);
    this.projection = selection?.projection ?? FULL_PROJECTION;
    this.nested = prefetched?.page ? [] : planNested(spec.entity, selection?.nested ?? []);
    this.foldTotal =
      spec.scope.kind === "root" &&
      this.window.size > 0 &&
      selection !== undefined &&
      selection.page &&
      selection.totalCount;
    if (!prefetched) {
      // compile once now so that bad cursors and filters fail before any query runs (a
      // prefetched connection's arguments were checked when its parent's statement was planned)
      pageStatement({ ...spec, terms: this.terms, window: this.window, params: new ParamBag() });
    }
  }

  // A prefetched connection answers synchronously: no promise per field and per parent.

  get edges(): EdgeRecord[] | Promise<EdgeRecord[]> {
    const ready = this.prefetched?.page;
    return ready ? ready.edges : this.page().then(p => p.edges);
  }

  get nodes(): EntityRecord[] | Promise<EntityRecord[]> {
    const ready = this.prefetched?.page;
    return ready ? nodesOf(ready) : this.page().then(nodesOf);
  }

  get pageInfo(): PageInfoRecord | Promise<PageInfoRecord> {
    const ready = this.prefetched?.page;
    return ready ? ready.pageInfo : this.page().then(p => p.pageInfo);
  }

  get totalCount(): number | Promise<number> {
    if (this.prefetched?.total !== undefined) {
      return this.prefetched.total;
    }
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
    this.pagePromise ??= this.prefetched?.page
      ? Promise.resolve(this.prefetched.page)
      : this.loadPage();
    return this.pagePromise;
  }

  private async fetchItems(): Promise<{ items: PageItem[]; total?: number }> {
    const { window, terms, spec, projection, nested } = this;
    if (window.size === 0) {
      return { items: [] };
    }
    if (this.foldTotal) {
      const params = new ParamBag();
      const cypher = pageStatement({
        ...spec,
        terms,
        window,
        params,
        projection,
        nested,
        withTotal: true,
      });
      const [row] = await this.ctx.db.read(cypher, params.values);
      return {
        items: (row?.items as PageItem[] | null | undefined) ?? [],
        total: Number(row?.total ?? 0),
      };
    }
    // parents of one batch asking the same nested connections get them in the batch's statement;
    // mixed needs share the union of projections and leave nested fields to their own loaders
    const items = await runScoped<PageItem[], PageNeeds>(
      this.ctx,
      spec,
      "page",
      (params, needs) =>
        pageStatement({
          ...spec,
          terms,
          window,
          params,
          projection: unionProjection(needs.map(x => x.projection)),
          nested: needs.length === 1 ? (needs[0]?.nested ?? []) : [],
        }),
      "items",
      () => [],
      {
        key: `${projectionKey(projection)}|${planKey(nested)}`,
        value: { projection, nested },
      },
    );
    return { items };
  }

  private async loadPage(): Promise<LoadedPage> {
    const { items, total } = await this.fetchItems();
    return toLoadedPage(
      { entity: this.spec.entity, terms: this.terms, window: this.window, nested: this.nested },
      items,
      total,
    );
  }
}

function nodesOf(page: LoadedPage): EntityRecord[] {
  return page.edges.map(e => e.node);
}
