import type { Context } from "../context";
import { groupStatement, statsStatement } from "../query/aggregate-query";
import { isNumeric } from "../query/registry";
import { type ConnectionSpec, runScoped } from "./scoped-runner";

export interface NumericStats {
  min: number | null;
  max: number | null;
  avg: number | null;
  sum: number | null;
  count: number;
}

export interface GroupRecord {
  key: string | null;
  name: string | null;
  count: number;
}

const EMPTY_STATS: NumericStats = { min: null, max: null, avg: null, sum: null, count: 0 };

type Stats = { count: number } & Record<string, NumericStats | number>;

/**
 * Aggregates over the whole filtered set of a connection (not just the page): `count` and the
 * numeric stats come from one statement; each `groupBy` dimension is one statement, run only when
 * selected. Fields are getters so that unselected ones cost nothing.
 */
export class EntityAggregate {
  private statsPromise?: Promise<Stats>;
  readonly groupBy: Record<string, Promise<GroupRecord[]>>;
  [numericField: string]: unknown;

  constructor(
    private readonly ctx: Context,
    private readonly spec: ConnectionSpec,
  ) {
    for (const prop of spec.entity.props.filter(isNumeric)) {
      Object.defineProperty(this, prop.name, {
        enumerable: true,
        get: () =>
          this.stats().then(s => (s[prop.name] as NumericStats | undefined) ?? EMPTY_STATS),
      });
    }
    const groupBy: Record<string, Promise<GroupRecord[]>> = {};
    for (const group of spec.entity.groups) {
      Object.defineProperty(groupBy, group.field, {
        enumerable: true,
        get: () =>
          runScoped<GroupRecord[]>(
            this.ctx,
            this.spec,
            `group-${group.field}`,
            params => groupStatement({ ...this.spec, params, group }),
            "groups",
            () => [],
          ),
      });
    }
    this.groupBy = groupBy;
  }

  get count(): Promise<number> {
    return this.stats().then(s => s.count);
  }

  private stats(): Promise<Stats> {
    this.statsPromise ??= runScoped<Stats>(
      this.ctx,
      this.spec,
      "stats",
      params => statsStatement({ ...this.spec, params }),
      "stats",
      () => ({ count: 0 }),
    );
    return this.statsPromise;
  }
}
