import { decodeCursor } from "../plan/cursor";
import { compileEdgeWhere, compileWhere } from "./filter-compiler";
import type { WhereInput } from "../plan/connection-args";
import type { PageWindow } from "../plan/page-args";
import type { ParamBag } from "./params";
import type { EntityDef } from "../model";
import { countStatement, groupBody, statsBody } from "./aggregate-query";
import { hopsPattern } from "../model/patterns";
import { FULL_PROJECTION, type Projection } from "../plan/projection";
import { mapProjection } from "./map-projection";
import type { NestedPlan } from "../plan/nested-plan";
import { scopedStatement, type Scope } from "./scoped-query";
import { type SortTerm, sortSignature } from "../plan/sort";
import { inSlot } from "../../db/published-slot";

/** One page item as the statement returns it; `sub` holds the nested plans' results in order. */
export interface PageItem {
  node: Record<string, unknown>;
  /** Relationships from the parent, when the projection reads them. */
  rels?: Array<Record<string, unknown>>;
  sort: unknown[];
  sub?: Record<string, NestedResult> | null;
}

export interface NestedResult {
  items: PageItem[] | null;
  total: number | bigint | null;
  /** `stats` and one `g<i>` list per planned groupBy dimension, when the plan reads them. */
  aggregate?: Record<string, unknown> | null;
}

/** The key of nested plan `i` in an item's `sub` map. */
export const subKey = (i: number): string => `c${i}`;

interface Names {
  node: string;
  rels: string;
  /** Prefix of the sort variables (`s` → `s0`, `s1`…). */
  sort: string;
  items: string;
}

/**
 * One page of a connection: filter, keyset predicate(s), ORDER BY with the tie-breaker, LIMIT
 * size + 1 (the extra row tells whether another page exists). `last/before` reverse the order;
 * the caller reverses the rows back. Returns one `items` list (per parent in a relation scope).
 */
export function pageStatement(args: {
  entity: EntityDef;
  scope: Scope;
  where: WhereInput | null | undefined;
  terms: SortTerm[];
  window: PageWindow;
  params: ParamBag;
  /** Properties to return per node and whether relationships are read (default: everything). */
  projection?: Projection;
  /** Relationship connections to read with every node of the page. */
  nested?: readonly NestedPlan[];
  /** Root scope only: also return `total`, the filtered count, in the same statement. */
  withTotal?: boolean;
}): string {
  const { params } = args;
  const names: Names = { node: "n", rels: "rels", sort: "s", items: "items" };
  const body = pageItems(
    {
      entity: args.entity,
      terms: args.terms,
      window: args.window,
      projection: args.projection ?? FULL_PROJECTION,
      nested: args.nested ?? [],
    },
    names,
    params,
    args.withTotal ? "WITH" : "RETURN",
  ).join("\n");
  const page = scopedStatement({
    ...args,
    body,
    columns: ["items"],
    rels: (args.projection ?? FULL_PROJECTION).rels,
  });
  if (!args.withTotal) {
    return page;
  }
  if (args.scope.kind !== "root") {
    throw new Error("withTotal is only supported on root connections");
  }
  // the count subquery keeps Neo4j's count store for unfiltered labels
  const count = countStatement({ ...args, params }).replace(/^/gm, "  ");
  return [page, "CALL () {", count, "}", "RETURN items, count AS total"].join("\n");
}

/**
 * Nodes of one label by key (`$keys`), with the given projection and nested connections: one row
 * per found key with `key`, `n` (the projected node) and `sub` (the nested results).
 */
export function lookupStatement(args: {
  entity: EntityDef;
  projection: Projection;
  nested: readonly NestedPlan[];
  params: ParamBag;
}): string {
  const { entity, projection, nested, params } = args;
  const calls = nestedCalls("n", nested, params);
  return [
    "UNWIND $keys AS k",
    `MATCH (n:${entity.label} {key: k}) WHERE ${inSlot("n")}`,
    ...calls.lines,
    `RETURN k AS key, ${mapProjection("n", projection.fields)} AS n, ${calls.map} AS sub`,
  ].join("\n");
}

/**
 * From the rows of `names.node` (and `names.rels` when the projection reads relationships),
 * already filtered, to the ordered, windowed
 * `collect(...) AS <items>` of the page, nested subqueries included.
 */
function pageItems(
  plan: Pick<NestedPlan, "entity" | "terms" | "window" | "projection" | "nested">,
  names: Names,
  params: ParamBag,
  keyword: "RETURN" | "WITH",
): string[] {
  const { terms, window, projection } = plan;
  const signature = sortSignature(terms);
  const sortVars = terms.map((_t, i) => `${names.sort}${i}`);
  const conditions: string[] = [];
  if (window.after) {
    const values = decodeCursor(window.after, signature, terms.length, "after");
    conditions.push(keyset(terms, sortVars, values, "forward", params));
  }
  if (window.before) {
    const values = decodeCursor(window.before, signature, terms.length, "before");
    conditions.push(keyset(terms, sortVars, values, "backward", params));
  }
  const order = terms
    .map((t, i) => `${sortVars[i]} ${flip(t.direction, window.backward)}`)
    .join(", ");
  const calls = nestedCalls(names.node, plan.nested, params);
  const item = [
    `node: ${mapProjection(names.node, projection.fields)}`,
    ...(projection.rels ? [`rels: [r IN ${names.rels} | r {.*, _type: type(r)}]`] : []),
    `sort: [${sortVars.join(", ")}]`,
    ...(plan.nested.length ? [`sub: ${calls.map}`] : []),
  ].join(", ");
  return [
    `WITH ${names.node}, ${projection.rels ? `${names.rels}, ` : ""}${terms.map((t, i) => `${t.expression(names.node)} AS ${sortVars[i]}`).join(", ")}`,
    conditions.length ? `WHERE ${conditions.map(c => `(${c})`).join(" AND ")}` : "",
    `ORDER BY ${order}`,
    `LIMIT ${params.addInt(window.size + 1)}`,
    ...calls.lines,
    `${keyword} collect({${item}}) AS ${names.items}`,
  ].filter(Boolean);
}

/**
 * `CALL (parent) { … }` subqueries for nested connections of `parent`, and the Cypher map of
 * their results (`{c0: {items: …, total: …}, …}`). Variable names are unique per statement.
 */
function nestedCalls(
  parent: string,
  nested: readonly NestedPlan[],
  params: ParamBag,
): { lines: string[]; map: string } {
  const lines: string[] = [];
  const entries: string[] = [];
  nested.forEach((plan, i) => {
    const v = params.variable("c");
    const names: Names = { node: `${v}_n`, rels: `${v}_rels`, sort: `${v}_s`, items: `${v}_items` };
    const filter = compileWhere(plan.entity, plan.where, names.node, params);
    const rel = `${v}_r`;
    const edgeFilter = plan.relation.edge
      ? compileEdgeWhere(plan.relation.edge, plan.edge, rel, params)
      : "";
    const single = plan.relation.hops.length === 1;
    let items = "[]";
    if (plan.page && plan.window.size > 0) {
      items = names.items;
      const body = [
        `MATCH ${hopsPattern(parent, plan.relation.hops, names.node, rel)}`,
        edgeFilter ? `WHERE ${edgeFilter}` : "",
        !plan.projection.rels
          ? `WITH DISTINCT ${names.node}`
          : single
            ? `WITH ${names.node}, collect(${rel}) AS ${names.rels}`
            : `WITH DISTINCT ${names.node}, [] AS ${names.rels}`,
        filter ? `WHERE ${filter}` : "",
        ...pageItems(plan, names, params, "RETURN"),
      ].filter(Boolean);
      lines.push(`CALL (${parent}) {`, ...indent(body), "}");
    }
    let total = "null";
    if (plan.total) {
      total = `${v}_total`;
      const conditions = [edgeFilter, filter].filter(Boolean).map(c => `(${c})`);
      const body = [
        `MATCH ${hopsPattern(parent, plan.relation.hops, names.node, edgeFilter ? rel : "")}`,
        conditions.length ? `WHERE ${conditions.join(" AND ")}` : "",
        `RETURN count(DISTINCT ${names.node}) AS ${total}`,
      ].filter(Boolean);
      lines.push(`CALL (${parent}) {`, ...indent(body), "}");
    }
    const aggregate = plan.aggregate
      ? aggregateCalls(parent, plan, names.node, { edge: edgeFilter, rel, filter }, v, params)
      : undefined;
    lines.push(...(aggregate?.lines ?? []));
    const aggregateEntry = aggregate ? `, aggregate: ${aggregate.map}` : "";
    entries.push(`${subKey(i)}: {items: ${items}, total: ${total}${aggregateEntry}}`);
  });
  return { lines, map: `{${entries.join(", ")}}` };
}

/**
 * `CALL (parent) { … }` subqueries for the `aggregate` of a nested connection: the stats in one,
 * each groupBy dimension in one, over the same filtered related nodes as the relation scope's own
 * aggregate statements; and the Cypher map of their results (`{stats: …, g0: …}`).
 */
function aggregateCalls(
  parent: string,
  plan: NestedPlan,
  node: string,
  filters: { edge: string; rel: string; filter: string },
  v: string,
  params: ParamBag,
): { lines: string[]; map: string } {
  const { aggregate } = plan;
  const lines: string[] = [];
  const entries: string[] = [];
  const related = [
    `MATCH ${hopsPattern(parent, plan.relation.hops, node, filters.edge ? filters.rel : "")}`,
    filters.edge ? `WHERE ${filters.edge}` : "",
    `WITH DISTINCT ${node}`,
    filters.filter ? `WHERE ${filters.filter}` : "",
  ].filter(Boolean);
  const call = (body: string) =>
    lines.push(`CALL (${parent}) {`, ...indent([...related, body]), "}");
  if (aggregate?.stats) {
    call(statsBody(plan.entity, node, `${v}_stats`, aggregate.only));
    entries.push(`stats: ${v}_stats`);
  }
  aggregate?.groups.forEach((group, j) => {
    call(groupBody(group, node, `${v}_g${j}`, params));
    entries.push(`g${j}: ${v}_g${j}`);
  });
  return { lines, map: `{${entries.join(", ")}}` };
}

function indent(lines: string[]): string[] {
  return lines.flatMap(l => l.split("\n")).map(l => `  ${l}`);
}

function flip(direction: "ASC" | "DESC", backward: boolean): string {
  return (direction === "ASC") !== backward ? "ASC" : "DESC";
}

/** Rows strictly after (forward) or before (backward) the cursor, in lexicographic sort order. */
function keyset(
  terms: SortTerm[],
  vars: string[],
  values: Array<string | number>,
  way: "forward" | "backward",
  params: ParamBag,
): string {
  const refs = values.map(v => params.add(v));
  const branches = terms.map((term, i) => {
    const ascending = (term.direction === "ASC") === (way === "forward");
    const equal = vars.slice(0, i).map((v, j) => `${v} = ${refs[j]}`);
    return [...equal, `${vars[i]} ${ascending ? ">" : "<"} ${refs[i]}`].join(" AND ");
  });
  return branches.map(b => `(${b})`).join(" OR ");
}
