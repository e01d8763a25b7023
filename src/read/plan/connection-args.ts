import type { PageArgs } from "./page-args";
import type { WhereInput } from "../compile/filter-compiler";
import type { SortInput } from "./sort";

export interface ConnectionArgs extends PageArgs {
  where?: WhereInput | null;
  sort?: SortInput | null;
  /** Relationship fields with properties: filter on the relationship itself. */
  edge?: WhereInput | null;
}

export const CONNECTION_ARG_NAMES = [
  "first",
  "after",
  "last",
  "before",
  "where",
  "sort",
  "edge",
] as const;

/** The arguments in CONNECTION_ARG_NAMES order (`edge` absent on fields without one). */
export function collectArgs(values: unknown[]): ConnectionArgs {
  const [first, after, last, before, where, sort, edge] = values;
  return {
    first: first as number | null,
    after: after as string | null,
    last: last as number | null,
    before: before as string | null,
    where: where as WhereInput | null,
    sort: sort as SortInput | null,
    edge: edge as WhereInput | null,
  };
}

/** Canonical JSON of the arguments: parents with the same arguments share one batch. */
export function argsKey(args: ConnectionArgs): string {
  return JSON.stringify([
    args.first,
    args.after,
    args.last,
    args.before,
    args.where,
    args.sort,
    args.edge,
  ]);
}
