import type { GraphQLResolveInfo } from "graphql";
import type { ReadContext } from "../context";
import { countStatement } from "../compile/aggregate-query";
import { compiledOnce } from "../compile/compiled";
import { type PageItem, pageStatement } from "../compile/page-query";
import type { EntityDef, RelDef } from "../model";
import { type ConnectionPlan, planConnection } from "../plan/connection-plan";
import type { NestedPlan } from "../plan/nested-plan";
import { type Projection, projectionKey, unionProjection } from "../plan/projection";
import { planKey } from "../plan/nested-plan";
import { EntityAggregate } from "./aggregate";
import type { EntityRecord } from "./entity-record";
import {
  type EdgeRecord,
  type LoadedPage,
  type PageInfoRecord,
  type Prefetched,
  prefetchedOf,
  toLoadedPage,
} from "./page-result";
import { type ConnectionSpec, runScoped } from "./scoped-runner";

export type { EdgeRecord, PageInfoRecord } from "./page-result";

/** What one caller of a batched page needs: its projection and its nested connections. */
interface PageNeeds {
  projection: Projection;
  nested: readonly NestedPlan[];
}

/** A root connection field (`startups`, `software`…): its plan, then a lazy connection. */
export function rootConnection(
  ctx: ReadContext,
  entity: EntityDef,
  info: GraphQLResolveInfo,
): EntityConnection {
  const plan = planConnection(entity, info);
  return new EntityConnection(ctx, plan, {
    entity,
    scope: { kind: "root" },
    where: plan.args.where,
    batchKey: plan.batchKey,
    compiled: plan.compiled,
  });
}

/**
 * A relationship connection field of `parent`: already read when the parent's statement read it
 * as a nested subquery (looked up by field node), otherwise through per-request DataLoaders.
 * Either way the statement count does not grow with the number of parents.
 */
export function relationshipConnection(
  ctx: ReadContext,
  owner: EntityDef,
  relation: RelDef,
  target: EntityDef,
  parent: EntityRecord,
  info: GraphQLResolveInfo,
): EntityConnection {
  const plan = planConnection(target, info);
  const node = info.fieldNodes[0];
  return new EntityConnection(
    ctx,
    plan,
    {
      entity: target,
      scope: { kind: "relation", parent: owner, relation },
      where: plan.args.where,
      edge: plan.args.edge,
      parentKey: parent.key,
      batchKey: plan.batchKey,
    },
    node ? prefetchedOf(parent, node) : undefined,
  );
}

/**
 * A Relay connection resolved lazily: `edges`/`nodes`/`pageInfo` share one page statement,
 * `totalCount` and `aggregate` run only when selected. Its plan was checked when it was built,
 * i.e. before any database work.
 */
export class EntityConnection {
  private readonly projection: Projection;
  private readonly nested: readonly NestedPlan[];
  /** Root connection with page and totalCount selected: one statement answers both. */
  private readonly foldTotal: boolean;
  private pagePromise?: Promise<LoadedPage>;

  constructor(
    private readonly ctx: ReadContext,
    private readonly plan: ConnectionPlan,
    private readonly spec: ConnectionSpec,
    /** What the enclosing statement already read (no statement then). */
    private readonly prefetched?: Prefetched,
  ) {
    const { selection, window } = plan;
    this.projection = selection.projection;
    this.nested = prefetched?.page ? [] : plan.nested;
    this.foldTotal =
      spec.scope.kind === "root" && window.size > 0 && selection.page && selection.totalCount;
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
    return new EntityAggregate(
      this.ctx,
      this.spec,
      this.plan.selection,
      this.prefetched?.aggregate,
    );
  }

  private page(): Promise<LoadedPage> {
    this.pagePromise ??= this.prefetched?.page
      ? Promise.resolve(this.prefetched.page)
      : this.loadPage();
    return this.pagePromise;
  }

  private async fetchItems(): Promise<{ items: PageItem[]; total?: number }> {
    const { spec, projection, nested } = this;
    const { window, terms } = this.plan;
    if (window.size === 0) {
      return { items: [] };
    }
    if (this.foldTotal) {
      const statement = compiledOnce(this.plan.compiled, "page+total", params =>
        pageStatement({ ...spec, terms, window, params, projection, nested, withTotal: true }),
      );
      const [row] = await this.ctx.db.read(statement.cypher, statement.params);
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
      {
        entity: this.spec.entity,
        terms: this.plan.terms,
        window: this.plan.window,
        nested: this.nested,
      },
      items,
      total,
    );
  }
}

function nodesOf(page: LoadedPage): EntityRecord[] {
  return page.edges.map(e => e.node);
}
