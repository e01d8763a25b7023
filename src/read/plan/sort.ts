import { BadUserInputError } from "../../errors";
import { searchPropName } from "../model/normalise";
import { distinctCount } from "../model/patterns";
import { type EntityDef, isSortable, propOf, relationOf, storedName } from "../model";

export type SortDirection = "ASC" | "DESC";
/** A `sort` input: a list of one-field objects, e.g. `[{ membersCount: DESC }, { title: ASC }]`. */
export type SortInput = Array<Record<string, SortDirection | null | undefined>>;

export interface SortTerm {
  field: string;
  direction: SortDirection;
  /** Cypher expression over the node variable `alias`, never null, so keyset comparisons are total. */
  expression: (alias: string) => string;
}

// Missing values sort after every real value ascending (before them descending), as Neo4j does.
const LAST_STRING = "'\\uffff'";
const LAST_NUMBER = "1.0e300";

/**
 * Resolves a sort input into terms over `n`, always ending with the unique tie-breaker `n.key`, so
 * that orderings are total and keyset cursors are stable.
 */
export function resolveSort(entity: EntityDef, sort: SortInput | null | undefined): SortTerm[] {
  const terms: SortTerm[] = [];
  for (const item of sort ?? []) {
    const entries = Object.entries(item).filter(([, v]) => v !== undefined && v !== null);
    if (entries.length !== 1) {
      throw new BadUserInputError("each sort item must set exactly one field, e.g. { name: ASC }", {
        argument: "sort",
      });
    }
    const [field, direction] = entries[0] as [string, SortDirection];
    const expression = sortExpression(entity, field);
    terms.push({ field, direction, expression });
  }
  if (!terms.some(t => t.field === "key")) {
    terms.push({ field: "key", direction: "ASC", expression: alias => `${alias}.key` });
  }
  return terms;
}

/** Validates the field now (bad input fails before any query) and returns its expression. */
function sortExpression(entity: EntityDef, field: string): (alias: string) => string {
  if (field === "key") {
    return alias => `${alias}.key`;
  }
  const prop = propOf(entity, field);
  if (prop && isSortable(prop)) {
    const name = storedName(prop);
    switch (prop.kind) {
      case "text":
        // the folded value stored by prepareSearch; lower case only when it is missing (the full
        // accent fold would make every page statement 400 characters longer)
        return alias =>
          `coalesce(${alias}.${searchPropName(name)}, toLower(${alias}.${name}), ${LAST_STRING})`;
      case "int":
      case "float":
        return alias => `coalesce(${alias}.${name}, ${LAST_NUMBER})`;
      case "boolean":
        return alias => `CASE ${alias}.${name} WHEN false THEN 0 WHEN true THEN 1 ELSE 2 END`;
      default:
        return alias => `coalesce(${alias}.${name}, ${LAST_STRING})`;
    }
  }
  const relation = field.endsWith("Count")
    ? relationOf(entity, field.slice(0, -"Count".length))
    : undefined;
  if (relation) {
    const hops = relation.hops;
    return alias => distinctCount(alias, hops, `${alias}_c`);
  }
  throw new BadUserInputError(`'${field}' is not a sortable field of ${entity.typeName}`, {
    argument: "sort",
  });
}

/** Short signature of an ordering, stored in cursors so a cursor is not reused with another sort. */
export function sortSignature(terms: readonly SortTerm[]): string {
  return terms.map(t => `${t.field}:${t.direction === "ASC" ? "a" : "d"}`).join(",");
}
