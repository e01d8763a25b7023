import { decodeCursor } from "./cursor";
import type { WhereInput } from "./filter-compiler";
import type { PageWindow } from "./page-args";
import type { ParamBag } from "./params";
import type { EntityDef } from "./registry";
import { countStatement } from "./aggregate-query";
import { FULL_PROJECTION, mapProjection, type Projection } from "./projection";
import { scopedStatement, type Scope } from "./scoped-query";
import { type SortTerm, sortSignature } from "./sort";

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
  /** Root scope only: also return `total`, the filtered count, in the same statement. */
  withTotal?: boolean;
}): string {
  const { terms, window, params } = args;
  const projection = args.projection ?? FULL_PROJECTION;
  const signature = sortSignature(terms);
  const sortVars = terms.map((_t, i) => `s${i}`);
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
  const body = [
    `WITH n, rels, ${terms.map((t, i) => `${t.expression} AS ${sortVars[i]}`).join(", ")}`,
    conditions.length ? `WHERE ${conditions.map(c => `(${c})`).join(" AND ")}` : "",
    `ORDER BY ${order}`,
    `LIMIT ${params.addInt(window.size + 1)}`,
    `${args.withTotal ? "WITH" : "RETURN"} collect({node: ${mapProjection("n", projection.fields)}, rels: ${projection.rels ? "[r IN rels | r {.*, _type: type(r)}]" : "[]"}, sort: [${sortVars.join(", ")}]}) AS items`,
  ]
    .filter(Boolean)
    .join("\n");
  const page = scopedStatement({ ...args, body, columns: ["items"] });
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
