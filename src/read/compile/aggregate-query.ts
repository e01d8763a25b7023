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
 * Count plus min/max/avg/sum of the numeric properties (all of them, or those named in `only`), in
 * one statement (`stats` map).
 */
export function statsStatement(args: AggregateArgs & { only?: ReadonlySet<string> }): string {
  const { only } = args;
  const numeric = args.entity.props.filter(x => isNumeric(x) && (!only || only.has(x.name)));
  const fields = numeric.map(
    x =>
      `${x.name}: {min: min(n.${x.name}), max: max(n.${x.name}), avg: avg(n.${x.name}), sum: sum(n.${x.name}), count: count(n.${x.name})}`,
  );
  const body = `RETURN {count: count(n)${fields.map(f => `, ${f}`).join("")}} AS stats`;
  return scopedStatement({ ...args, body, columns: ["stats"] });
}

/** Only the number of matching nodes (`count`). */
export function countStatement(args: AggregateArgs): string {
  return scopedStatement({ ...args, body: "RETURN count(n) AS count", columns: ["count"] });
}

/**
 * Counts per group, largest first then by key; a node without a value (or without a related node)
 * falls in the `null` group. Path groups count each node once per distinct group node.
 */
export function groupStatement(args: AggregateArgs & { group: GroupDef }): string {
  const { group, params } = args;
  const limit = params.addInt(MAX_GROUPS);
  const body =
    group.kind === "property"
      ? [
          `WITH n.${group.prop} AS key, count(*) AS count`,
          `ORDER BY count DESC, key`,
          `LIMIT ${limit}`,
          "RETURN collect({key: toString(key), name: null, count: count}) AS groups",
        ].join("\n")
      : [
          // one row per path (or one null row when none); counting distinct nodes per group
          // node gives each node once per distinct group node, and once in the null group
          `OPTIONAL MATCH ${hopsPattern("n", group.hops, "g")}`,
          `WITH g.key AS key, g.${group.nameProp} AS name, count(DISTINCT n) AS count`,
          `ORDER BY count DESC, key`,
          `LIMIT ${limit}`,
          "RETURN collect({key: key, name: name, count: count}) AS groups",
        ].join("\n");
  return scopedStatement({ ...args, body, columns: ["groups"] });
}
