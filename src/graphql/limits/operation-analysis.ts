import {
  type ArgumentNode,
  type DirectiveNode,
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
  type ValueNode,
  valueFromAST,
} from "graphql";
import { DEFAULT_PAGE_SIZE } from "../../read";
import {
  DEPTH_ARGUMENTS,
  fieldExpense,
  ITEM_LIST_SIZE_ARGUMENTS,
  LIST_SIZE_ARGUMENTS,
} from "./field-expense";

/** What an operation measures once every fragment is expanded. */
export interface Measures {
  /** Deepest field nesting (inside `__schema`/`__type` not counted). */
  depth: number;
  /** Every alias, `__typename` and introspection fields included. */
  aliases: number;
  fields: number;
  directives: number;
  /**
   * Sum over fields of (page size × the page sizes of the lists around it) + the size of their
   * input arguments + the fixed expense of the analytics that run in process.
   */
  cost: number;
}

export type Measure = keyof Measures;

export interface AnalysisLimits extends Measures {
  /** Largest `first`/`last`/`ids` of a Relay connection or a `nodes(ids)` lookup. */
  pageSize: number;
  /** Largest number of nodes and list items in one argument (a `where`, an id list…). */
  inputSize: number;
}

/** The first limit found exceeded: the walk stops there. */
export class LimitExceeded extends Error {
  constructor(
    readonly measure: Measure | "pageSize" | "inputSize",
    readonly actual: number,
    readonly limit: number,
    readonly where?: string,
  ) {
    super(`${measure} ${actual} exceeds ${limit}`);
  }
}

type Vars = Record<string, unknown>;

const ZERO: Measures = { depth: 0, aliases: 0, fields: 0, directives: 0, cost: 0 };
const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

/**
 * Measures an operation before anything runs, in time linear in the size of the document: each
 * fragment is measured once (memoised) and its measures are reused, scaled, wherever it is
 * spread; a fan-out of fragments (10 levels of 10 spreads = 10⁹ expanded fields) costs ten
 * fragment walks. The walk throws {@link LimitExceeded} as soon as a running total passes a limit
 * (every contribution is non-negative, so a partial total over the limit proves the whole is).
 *
 * Cost: a list field (a `first`/`last`/`limit`/`k` argument, or `nodes(ids)`) costs its page size
 * (times the per-item list size `top`, if any) and multiplies the cost of what it contains:
 * `startups(first: 50) { members(first: 10) }` costs 50 + 50 × 10 = 550. Input arguments cost
 * their size (nodes and list items), and the analytics add their measured expense, scaled by
 * their depth argument (`maxDepth`, `maxLength`): see field-expense.ts.
 *
 * Not graphql-query-complexity: its 1.1 estimator expands each fragment spread again (fan-out
 * grows as spreads^levels), the very problem solved here; its estimators see one field at a time
 * (a field's `childComplexity` and its arguments), which would express the page size and depth
 * rules, but not the memoised fragment walk or the early stop at the first limit passed.
 */
export function analyseOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Vars,
  limits: AnalysisLimits,
): Measures {
  const memo = new Map<string, Measures>();
  const inProgress = new Set<string>();
  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) {
    return { ...ZERO };
  }
  const total = measureSet(operation.selectionSet, root, 0);
  total.directives += operation.directives?.length ?? 0;
  check(total, 0);
  return total;

  function check(m: Measures, baseDepth: number): void {
    for (const measure of ["depth", "aliases", "fields", "directives", "cost"] as const) {
      const actual = measure === "depth" ? m.depth + baseDepth : m[measure];
      if (actual > limits[measure]) {
        throw new LimitExceeded(measure, actual, limits[measure]);
      }
    }
  }

  /** Measures of a selection set whose fields sit at `baseDepth + 1`. */
  function measureSet(
    set: SelectionSetNode,
    parent: GraphQLNamedType,
    baseDepth: number,
  ): Measures {
    const sum: Measures = { ...ZERO };
    for (const selection of set.selections) {
      let part: Measures;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        part = measureFragment(selection.name.value, parent, baseDepth);
        part = { ...part, directives: part.directives + count(selection.directives) };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) ?? parent)
          : parent;
        part = measureSet(selection.selectionSet, type, baseDepth);
        part = { ...part, directives: part.directives + count(selection.directives) };
      } else {
        part = measureField(selection, parent, baseDepth);
      }
      sum.depth = Math.max(sum.depth, part.depth);
      sum.aliases += part.aliases;
      sum.fields += part.fields;
      sum.directives += part.directives;
      sum.cost += part.cost;
      check(sum, baseDepth);
    }
    return sum;
  }

  function measureFragment(name: string, parent: GraphQLNamedType, baseDepth: number): Measures {
    const known = memo.get(name);
    if (known) {
      return known;
    }
    const fragment = fragments[name];
    if (!fragment || inProgress.has(name)) {
      return { ...ZERO }; // unknown or cyclic: already refused by validation
    }
    inProgress.add(name);
    const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
    // measured relative to its spread point: depth is added by the caller's baseDepth
    const measured = measureSet(fragment.selectionSet, type, 0);
    measured.directives += count(fragment.directives);
    inProgress.delete(name);
    memo.set(name, measured);
    check(measured, baseDepth);
    return measured;
  }

  function measureField(
    selection: Extract<SelectionSetNode["selections"][number], { kind: Kind.FIELD }>,
    parent: GraphQLNamedType,
    baseDepth: number,
  ): Measures {
    const name = selection.name.value;
    const own: Measures = {
      depth: 1,
      aliases: selection.alias ? 1 : 0,
      fields: 1,
      directives: count(selection.directives),
      cost: 0,
    };
    if (name.startsWith("__")) {
      // introspection and __typename: counted as fields and aliases, never descended into
      own.depth = INTROSPECTION_ROOTS.has(name) ? 0 : 1;
      return own;
    }
    const field =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!field) {
      return own;
    }
    const args = selection.arguments ?? [];
    own.cost += inputCost(args, `${parent.name}.${name}`);
    own.cost += fieldExpense(parent.name, name, depthOf(field, args, variables));
    const size = listSize(field, args, variables);
    if (size !== undefined && isPaged(field) && size > limits.pageSize) {
      throw new LimitExceeded("pageSize", size, limits.pageSize, `${parent.name}.${name}`);
    }
    const multiplier = size === undefined ? 1 : Math.max(size, 1);
    if (size !== undefined) {
      own.cost +=
        multiplier *
        Math.max(intArgument(field, args, variables, ITEM_LIST_SIZE_ARGUMENTS) ?? 1, 1);
    }
    if (selection.selectionSet) {
      const inner = measureSet(selection.selectionSet, getNamedType(field.type), baseDepth + 1);
      own.depth += inner.depth;
      own.aliases += inner.aliases;
      own.fields += inner.fields;
      own.directives += inner.directives;
      own.cost += multiplier * inner.cost;
    }
    return own;
  }

  /** Every argument costs its size; one over `inputSize` is refused, naming the argument. */
  function inputCost(args: readonly ArgumentNode[], coordinate: string): number {
    let cost = 0;
    for (const arg of args) {
      const size = inputSize(arg.value, variables);
      if (size > limits.inputSize) {
        throw new LimitExceeded(
          "inputSize",
          size,
          limits.inputSize,
          `${coordinate}(${arg.name.value})`,
        );
      }
      cost += size;
    }
    return cost;
  }
}

const count = (directives: readonly DirectiveNode[] | undefined) => directives?.length ?? 0;

/**
 * Relay connections, `search` and `nodes(ids)` have the page size limit; analytics lists page with
 * `first`/`after` too, within their own documented maxima (their cost still counts `first`).
 */
function isPaged(field: GraphQLField<unknown, unknown>): boolean {
  return (
    getNamedType(field.type).name.endsWith("Connection") ||
    field.name === "search" ||
    field.args.some(a => a.name === "ids")
  );
}

/**
 * The number of object fields and list items of an argument value, variables resolved (a scalar
 * is 0): `{OR: [{title: {contains: "a"}}, {title: {contains: "b"}}]}` is 1 + 2 × 3 = 7.
 */
export function inputSize(value: ValueNode, variables: Vars): number {
  switch (value.kind) {
    case Kind.VARIABLE:
      return jsonSize(variables[value.name.value]);
    case Kind.LIST:
      return value.values.reduce((n, item) => n + 1 + inputSize(item, variables), 0);
    case Kind.OBJECT:
      return value.fields.reduce((n, f) => n + 1 + inputSize(f.value, variables), 0);
    default:
      return 0;
  }
}

function jsonSize(value: unknown): number {
  if (Array.isArray(value)) {
    return value.reduce((n: number, item) => n + 1 + jsonSize(item), 0);
  }
  if (value !== null && typeof value === "object") {
    return Object.values(value).reduce((n: number, v) => n + 1 + jsonSize(v), 0);
  }
  return 0;
}

/**
 * The page size of a list-returning field: `ids` (its length), else `first`/`last`/`limit`/`k`
 * (any field, so renamed analytics arguments are costed the same), else the argument's default.
 */
function listSize(
  field: GraphQLField<unknown, unknown>,
  args: readonly ArgumentNode[],
  variables: Vars,
): number | undefined {
  if (field.args.some(a => a.name === "ids")) {
    const ids = args.find(a => a.name.value === "ids")?.value;
    const value = ids?.kind === Kind.VARIABLE ? variables[ids.name.value] : undefined;
    return ids?.kind === Kind.LIST ? ids.values.length : Array.isArray(value) ? value.length : 1;
  }
  if (!field.args.some(a => LIST_SIZE_ARGUMENTS.includes(a.name))) {
    return undefined;
  }
  return intArgument(field, args, variables, LIST_SIZE_ARGUMENTS) ?? DEFAULT_PAGE_SIZE;
}

/** The depth argument of a traversal (given or default) with its default, if the field has one. */
function depthOf(
  field: GraphQLField<unknown, unknown>,
  args: readonly ArgumentNode[],
  variables: Vars,
): { value: number; default: number } | undefined {
  const argument = field.args.find(a => DEPTH_ARGUMENTS.includes(a.name));
  const value = intArgument(field, args, variables, DEPTH_ARGUMENTS);
  return argument && typeof argument.defaultValue === "number" && value !== undefined
    ? { value, default: argument.defaultValue }
    : undefined;
}

/**
 * The first of the named Int arguments the field declares that the operation gives (variables
 * resolved), else the first default among them; undefined when the field has none of them.
 */
function intArgument(
  field: GraphQLField<unknown, unknown>,
  args: readonly ArgumentNode[],
  variables: Vars,
  names: readonly string[],
): number | undefined {
  const declared = field.args.filter(a => names.includes(a.name));
  for (const argument of declared) {
    const value = args.find(a => a.name.value === argument.name)?.value;
    const given = value ? valueFromAST(value, GraphQLInt, variables) : undefined;
    if (typeof given === "number") {
      return given;
    }
  }
  for (const argument of declared) {
    if (typeof argument.defaultValue === "number") {
      return argument.defaultValue;
    }
  }
  return undefined;
}
