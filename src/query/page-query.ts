import { decodeCursor } from "./cursor";
import type { WhereInput } from "./filter-compiler";
import type { PageWindow } from "./page-args";
import type { ParamBag } from "./params";
import type { EntityDef } from "./registry";
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
}): string {
  const { terms, window, params } = args;
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
    `RETURN collect({node: n, rels: [r IN rels | r {.*, _type: type(r)}], sort: [${sortVars.join(", ")}]}) AS items`,
  ]
    .filter(Boolean)
    .join("\n");
  return scopedStatement({ ...args, body, columns: ["items"] });
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
