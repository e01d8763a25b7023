import type { WhereInput } from "../plan/connection-args";
import type { ParamBag } from "./params";
import { hopsPattern } from "../model/patterns";
import { type EntityDef, type GroupDef, isNumeric } from "../model";
import { scopedStatement, type Scope } from "./scoped-query";

interface AggregateArgs {
  entity: EntityDef;
  scope: Scope;
  where: WhereInput | null | undefined;
  params: ParamBag;
}

/** Maximum number of groups one groupBy returns (largest first). */
export const MAX_GROUPS = 500;

/**
 * `RETURN {count: …, <prop>: {min, max, avg, sum, count}} AS <column>` over the rows of node `n`:
 * the numeric properties are all of them, or those named in `only`.
 */
export function statsBody(
  entity: EntityDef,
  n: string,
  column: string,
  only?: ReadonlySet<string>,
): string {
  const numeric = entity.props.filter(x => isNumeric(x) && (!only || only.has(x.name)));
  const fields = numeric.map(
    x =>
      `${x.name}: {min: min(${n}.${x.name}), max: max(${n}.${x.name}), avg: avg(${n}.${x.name}), sum: sum(${n}.${x.name}), count: count(${n}.${x.name})}`,
  );
  return `RETURN {count: count(${n})${fields.map(f => `, ${f}`).join("")}} AS ${column}`;
}

/**
 * Count plus min/max/avg/sum of the numeric properties (all of them, or those named in `only`), in
 * one statement (`stats` map).
 */
export function statsStatement(args: AggregateArgs & { only?: ReadonlySet<string> }): string {
  const body = statsBody(args.entity, "n", "stats", args.only);
  return scopedStatement({ ...args, body, columns: ["stats"] });
}

/** Only the number of matching nodes (`count`). */
export function countStatement(args: AggregateArgs): string {
  return scopedStatement({ ...args, body: "RETURN count(n) AS count", columns: ["count"] });
}

/**
 * Counts per group over the rows of node `n`, largest first then by key, as
 * `RETURN collect({key, name, count}) AS <column>`; a node without a value (or without a related
 * node) falls in the `null` group. Path groups count each node once per distinct group node.
 */
export function groupBody(group: GroupDef, n: string, column: string, params: ParamBag): string {
  const limit = params.addInt(MAX_GROUPS);
  return group.kind === "property"
    ? [
        `WITH ${n}.${group.prop} AS key, count(*) AS count`,
        `ORDER BY count DESC, key`,
        `LIMIT ${limit}`,
        `RETURN collect({key: toString(key), name: null, count: count}) AS ${column}`,
      ].join("\n")
    : [
        // one row per path (or one null row when none); counting distinct nodes per group
        // node gives each node once per distinct group node, and once in the null group
        `OPTIONAL MATCH ${hopsPattern(n, group.hops, `${n}_g`)}`,
        `WITH ${n}_g.key AS key, ${n}_g.${group.nameProp} AS name, count(DISTINCT ${n}) AS count`,
        `ORDER BY count DESC, key`,
        `LIMIT ${limit}`,
        `RETURN collect({key: key, name: name, count: count}) AS ${column}`,
      ].join("\n");
}

/** Counts per group of a connection (`groups`), see `groupBody`. */
export function groupStatement(args: AggregateArgs & { group: GroupDef }): string {
  const body = groupBody(args.group, "n", "groups", args.params);
  return scopedStatement({ ...args, body, columns: ["groups"] });
}
