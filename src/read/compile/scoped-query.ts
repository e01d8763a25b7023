import { compileEdgeWhere, compileWhere } from "./filter-compiler";
import type { WhereInput } from "../plan/connection-args";
import type { ParamBag } from "./params";
import { hopsPattern } from "../model/patterns";
import type { EntityDef, RelDef } from "../model";
import { inSlot } from "../../db/published-slot";

/** Where the nodes of a connection come from: every node of a label, or a parent's neighbours. */
export type Scope = { kind: "root" } | { kind: "relation"; parent: EntityDef; relation: RelDef };

/**
 * Wraps a body (which sees `n`, the filtered node, and with `rels`, the relationships from the parent)
 * into a full statement. A relation scope runs for every parent key in `$keys` at once — one
 * statement per batch — and returns `parentKey` beside the body's columns.
 */
export function scopedStatement(args: {
  entity: EntityDef;
  scope: Scope;
  where: WhereInput | null | undefined;
  params: ParamBag;
  body: string;
  columns: string[];
  /** The body reads `rels`; otherwise each node comes once, without its relationships. */
  rels?: boolean;
  /** Relation scope: filter on the relationship's properties (one-hop fields). */
  edge?: WhereInput | null;
}): string {
  const { entity, scope, where, params, body, columns } = args;
  const filter = compileWhere(entity, where, "n", params);
  const whereClause = filter ? `WHERE ${filter}` : "";
  if (scope.kind === "root") {
    // the anchor: nodes of the published snapshot slot only (docs/loading.md)
    const rootWhere = `WHERE ${inSlot("n")}${filter ? ` AND (${filter})` : ""}`;
    return [`MATCH (n:${entity.label})`, rootWhere, args.rels ? "WITH n, [] AS rels" : "", body]
      .filter(Boolean)
      .join("\n");
  }
  const { parent, relation } = scope;
  const single = relation.hops.length === 1;
  const grouping = !args.rels
    ? "WITH DISTINCT n"
    : single
      ? "WITH n, collect(r) AS rels"
      : "WITH DISTINCT n, [] AS rels";
  const edgeFilter = relation.edge ? compileEdgeWhere(relation.edge, args.edge, "r", params) : "";
  return [
    "UNWIND $keys AS parentKey",
    `MATCH (p:${parent.label} {key: parentKey}) WHERE ${inSlot("p")}`,
    "CALL (p) {",
    `  MATCH ${hopsPattern("p", relation.hops, "n", "r")}`,
    edgeFilter ? `  WHERE ${edgeFilter}` : "",
    `  ${grouping}`,
    `  ${whereClause}`,
    body.replace(/^/gm, "  "),
    "}",
    `RETURN parentKey, ${columns.join(", ")}`,
  ].join("\n");
}
