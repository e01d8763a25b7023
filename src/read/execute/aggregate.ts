import type { ReadContext } from "../context";
import type { PrefetchedAggregate } from "./page-result";
import { groupStatement, statsStatement } from "../compile/aggregate-query";
import { compiledOnce } from "../compile/compiled";
import type { ParamBag } from "../compile/params";
import type { ConnectionSelection } from "../plan/projection";
import { type GroupDef, isNumeric } from "../model";
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

interface Combined {
  stats: Stats;
  groups: Record<string, GroupRecord[]>;
}

/**
 * Aggregates over the whole filtered set of a connection (not just the page): `count` and the
 * numeric stats come from one statement; each `groupBy` dimension is one statement, run only when
 * selected. Fields are getters so that unselected ones cost nothing.
 */
export class EntityAggregate {
  private statsPromise?: Promise<Stats>;
  /** Root scope, several statements selected: stats and groups come from one statement. */
  private readonly combinedGroups?: GroupDef[];
  private readonly combinedStats: boolean = false;
  private combinedPromise?: Promise<Combined>;
  /** Numeric fields whose stats are selected (undefined: all). */
  private readonly numericSelected?: ReadonlySet<string>;
  readonly groupBy: Record<string, Promise<GroupRecord[]>>;
  [numericField: string]: unknown;

  constructor(
    private readonly ctx: ReadContext,
    private readonly spec: ConnectionSpec,
    selection?: ConnectionSelection,
    /** What the parent's statement already read of this aggregate (no statement for that). */
    private readonly prefetched?: PrefetchedAggregate,
  ) {
    if (selection) {
      this.numericSelected = new Set(
        spec.entity.props
          .filter(x => isNumeric(x) && selection.aggregate.has(x.name))
          .map(x => x.name),
      );
    }
    if (selection && spec.scope.kind === "root") {
      const wantsStats =
        selection.aggregate.has("count") ||
        spec.entity.props.some(x => isNumeric(x) && selection.aggregate.has(x.name));
      const groups = spec.entity.groups.filter(g => selection.groups.has(g.field));
      if ((wantsStats ? 1 : 0) + groups.length >= 2) {
        this.combinedGroups = groups;
        this.combinedStats = wantsStats;
      }
    }
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
          prefetched && group.field in prefetched.groups
            ? Promise.resolve((prefetched.groups[group.field] as GroupRecord[] | null) ?? [])
            : this.combinedGroups?.includes(group)
              ? this.combined().then(c => c.groups[group.field] ?? [])
              : runScoped<GroupRecord[]>(
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

  private combined(): Promise<Combined> {
    this.combinedPromise ??= this.loadCombined();
    return this.combinedPromise;
  }

  private async loadCombined(): Promise<Combined> {
    const groups = this.combinedGroups ?? [];
    const statement = compiledOnce(this.spec.compiled, "aggregate", params =>
      combinedStatement(this.spec, params, this.combinedStats, this.numericSelected, groups),
    );
    const [row] = await this.ctx.db.read(statement.cypher, statement.params);
    const result: Combined = {
      stats: (row?.stats as Stats | null | undefined) ?? { count: 0 },
      groups: {},
    };
    groups.forEach((group, i) => {
      result.groups[group.field] = (row?.[`g${i}`] as GroupRecord[] | null | undefined) ?? [];
    });
    return result;
  }

  private stats(): Promise<Stats> {
    if (this.prefetched?.stats) {
      return Promise.resolve(this.prefetched.stats as Stats);
    }
    if (this.combinedStats) {
      return this.combined().then(c => c.stats);
    }
    const only = this.numericSelected;
    this.statsPromise ??= runScoped<Stats, ReadonlySet<string> | undefined>(
      this.ctx,
      this.spec,
      "stats",
      (params, wanted) => statsStatement({ ...this.spec, params, only: unionFields(wanted) }),
      "stats",
      () => ({ count: 0 }),
      { key: only ? [...only].sort().join(",") : "*", value: only },
    );
    return this.statsPromise;
  }
}

/** Numeric fields that serve every caller of a batch (undefined: all of them). */
function unionFields(
  list: ReadonlyArray<ReadonlySet<string> | undefined>,
): ReadonlySet<string> | undefined {
  if (list.length === 0 || list.some(x => x === undefined)) {
    return undefined;
  }
  return new Set(list.flatMap(x => [...(x ?? [])]));
}

/** Stats and several groupBy dimensions of a root connection, as subqueries of one statement. */
function combinedStatement(
  spec: ConnectionSpec,
  params: ParamBag,
  withStats: boolean,
  only: ReadonlySet<string> | undefined,
  groups: readonly GroupDef[],
): string {
  const parts: string[] = [];
  const kept: string[] = [];
  const sub = (cypher: string) => `CALL () {\n${cypher.replace(/^/gm, "  ")}\n}`;
  if (withStats) {
    parts.push(sub(statsStatement({ ...spec, params, only })));
    kept.push("stats");
  }
  groups.forEach((group, i) => {
    parts.push(sub(groupStatement({ ...spec, params, group })));
    kept.push(`groups AS g${i}`);
    parts.push(`WITH ${kept.join(", ")}`);
    kept[kept.length - 1] = `g${i}`;
  });
  parts.push(`RETURN ${kept.join(", ")}`);
  return parts.join("\n");
}
