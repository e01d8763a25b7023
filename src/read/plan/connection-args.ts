import { type FieldNode, getArgumentValues, type GraphQLField } from "graphql";
import type { PageArgs } from "./page-args";
import type { SortInput } from "./sort";

/** A `where` input as received from GraphQL: field → operator object, plus AND/OR/NOT. */
export type WhereInput = { [field: string]: unknown };

/** The arguments of a connection field (root or relationship). */
export interface ConnectionArgs extends PageArgs {
  where?: WhereInput | null;
  sort?: SortInput | null;
  /** Relationship fields with properties: filter on the relationship itself. */
  edge?: WhereInput | null;
}

/**
 * The arguments of a connection field node, coerced by graphql-js exactly as for the field's
 * resolver (literals, variables, defaults, enum values): read by name from the plan, never by the
 * position of a resolver parameter.
 */
export function connectionArgs(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): ConnectionArgs {
  return getArgumentValues(field, node, variables) as ConnectionArgs;
}

/** Canonical text of a field's arguments: equal texts, equal reads. */
export function argsText(args: ConnectionArgs): string {
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
