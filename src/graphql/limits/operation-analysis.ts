import {
  type ArgumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  GraphQLInt,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromAST,
} from "graphql";
import { DEFAULT_PAGE_SIZE } from "../../query/page-args";

export interface OperationAnalysis {
  /** Deepest field nesting (introspection excluded). */
  depth: number;
  aliases: number;
  fields: number;
  /** Sum over list fields of page size × the page sizes of the lists around it. */
  cost: number;
  /** Largest `first`/`last` asked anywhere. */
  maxPageSize: number;
}

type Vars = Record<string, unknown>;

/**
 * Walks an operation (fragments expanded) to measure it before anything runs: depth, aliases,
 * field count, the largest page size and the cost. A list field (one with `first`/`last`, or
 * `nodes(ids)`) costs its page size times the multiplier of its parents, and multiplies the cost
 * of what it contains: `startups(first: 50) { members(first: 10) }` costs 50 + 50 × 10 = 550.
 */
export function analyseOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Vars,
): OperationAnalysis {
  const result: OperationAnalysis = { depth: 0, aliases: 0, fields: 0, cost: 0, maxPageSize: 0 };
  const root = operation.operation === "query" ? schema.getQueryType() : schema.getMutationType();
  if (root) {
    walk(operation.selectionSet, root, 1, 1, new Set());
  }
  return result;

  function walk(
    set: SelectionSetNode,
    parent: GraphQLNamedType,
    depth: number,
    multiplier: number,
    seen: Set<string>,
  ): void {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (fragment && !seen.has(fragment.name.value)) {
          const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
          walk(
            fragment.selectionSet,
            type,
            depth,
            multiplier,
            new Set([...seen, fragment.name.value]),
          );
        }
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) ?? parent)
          : parent;
        walk(selection.selectionSet, type, depth, multiplier, seen);
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith("__")) {
        continue;
      }
      result.fields += 1;
      result.aliases += selection.alias ? 1 : 0;
      result.depth = Math.max(result.depth, depth);
      const field =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      const size = field ? listSize(field, selection.arguments ?? [], variables) : undefined;
      let inner = multiplier;
      if (size !== undefined) {
        if (field && isRelayPage(field)) {
          // analytics lists page with `first` too, within their own documented maxima
          result.maxPageSize = Math.max(result.maxPageSize, size);
        }
        result.cost += multiplier * Math.max(size, 1);
        inner = multiplier * Math.max(size, 1);
      }
      if (selection.selectionSet && field) {
        walk(selection.selectionSet, getNamedType(field.type), depth + 1, inner, seen);
      }
    }
  }
}

/** A Relay connection or `search`: the fields whose `first`/`last` the 100 cap applies to. */
function isRelayPage(field: GraphQLField<unknown, unknown>): boolean {
  return getNamedType(field.type).name.endsWith("Connection") || field.name === "search";
}

function listSize(
  field: GraphQLField<unknown, unknown>,
  args: readonly ArgumentNode[],
  variables: Vars,
): number | undefined {
  const node = (name: string) => args.find(a => a.name.value === name)?.value;
  const has = (name: string) => field.args.some(a => a.name === name);
  if (has("ids")) {
    const ids = node("ids");
    const value = ids?.kind === Kind.VARIABLE ? variables[ids.name.value] : undefined;
    return ids?.kind === Kind.LIST ? ids.values.length : Array.isArray(value) ? value.length : 1;
  }
  if (!has("first") && !has("last")) {
    return undefined;
  }
  for (const name of ["first", "last"]) {
    const value = node(name);
    const given = value ? valueFromAST(value, GraphQLInt, variables) : undefined;
    if (typeof given === "number") {
      return given;
    }
  }
  const fallback = field.args.find(a => a.name === "first")?.defaultValue;
  return typeof fallback === "number" ? fallback : DEFAULT_PAGE_SIZE;
}
