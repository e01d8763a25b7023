import { Arg, Int } from "type-graphql";
import type { PageArgs } from "../../query/page-args";
import { MAX_PAGE_SIZE } from "../../query/page-args";
import type { WhereInput } from "../../query/filter-compiler";
import type { SortInput } from "../../query/sort";
import type { EntityClasses } from "./entity-classes";

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

/** Declares the six connection arguments as parameters `from`…`from+5` of a resolver method. */
export function declareConnectionArgs(
  proto: object,
  method: string,
  from: number,
  classes: EntityClasses,
): void {
  const page = `Page size, 0-${MAX_PAGE_SIZE} (default 20).`;
  Arg("first", () => Int, { nullable: true, description: page })(proto, method, from);
  Arg("after", () => String, { nullable: true, description: "Cursor to continue forward from." })(
    proto,
    method,
    from + 1,
  );
  Arg("last", () => Int, { nullable: true, description: `Page size from the end. ${page}` })(
    proto,
    method,
    from + 2,
  );
  Arg("before", () => String, { nullable: true, description: "Cursor to continue backward from." })(
    proto,
    method,
    from + 3,
  );
  Arg("where", () => classes.where, {
    nullable: true,
    description: "Keep only the nodes matching this filter.",
  })(proto, method, from + 4);
  Arg("sort", () => [classes.sort], {
    nullable: true,
    description: "Criteria in order; key breaks ties.",
  })(proto, method, from + 5);
}

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
