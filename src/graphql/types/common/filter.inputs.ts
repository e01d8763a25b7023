import type { GraphQLScalarType } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, InputType, Int } from "type-graphql";
import { type InputClass, namedClass } from "./named-class";

const Bool = Boolean;

export type Scalar = GraphQLScalarType | typeof String | typeof Boolean;
type OpSpec = [op: string, list: boolean, description: string];

export const EQ: OpSpec = ["eq", false, "Equal to."];
export const IN: OpSpec = ["in", true, "Equal to one of."];
const ORDER: OpSpec[] = [
  ["lt", false, "Less than."],
  ["lte", false, "Less than or equal."],
  ["gt", false, "Greater than."],
  ["gte", false, "Greater than or equal."],
];
/** Operators whose value is a yes/no question whatever the filtered scalar. */
const BOOLEAN_OPS: ReadonlySet<string> = new Set(["isNull", "isEmpty"]);
export const IS_NULL: OpSpec = [
  "isNull",
  false,
  "true: the value is missing; false: it is present.",
];
const STRING: OpSpec[] = [
  ["contains", false, "Contains."],
  ["startsWith", false, "Starts with."],
  ["endsWith", false, "Ends with."],
];

/** Builds an operator input type (the @neo4j/graphql 7 vocabulary) from a list of operators. */
export function operatorInput(
  name: string,
  description: string,
  scalar: Scalar,
  ops: OpSpec[],
): InputClass {
  const cls = namedClass(name);
  InputType(name, { description })(cls);
  for (const [op, list, doc] of ops) {
    const type = BOOLEAN_OPS.has(op) ? Bool : scalar;
    Field(() => (list ? [type] : type), { nullable: true, description: doc })(cls.prototype, op);
  }
  return cls;
}

export const StringFilter = operatorInput(
  "StringFilter",
  "Exact, case-sensitive string matching.",
  String,
  [EQ, IN, ...ORDER, ...STRING, IS_NULL],
);
export const TextFilter = operatorInput(
  "TextFilter",
  "Name matching: eq/in/contains/startsWith/endsWith ignore case and accents ('eleve' finds 'Élève').",
  String,
  [EQ, IN, ...ORDER, ...STRING, IS_NULL],
);
export const IntFilter = operatorInput(
  "IntFilter",
  "Integer comparisons.",
  Int as unknown as GraphQLScalarType,
  [EQ, IN, ...ORDER, IS_NULL],
);
export const FloatFilter = operatorInput(
  "FloatFilter",
  "Number comparisons.",
  Float as unknown as GraphQLScalarType,
  [EQ, IN, ...ORDER, IS_NULL],
);
export const DateFilter = operatorInput(
  "DateFilter",
  "Date comparisons (YYYY-MM-DD).",
  GraphQLLocalDate,
  [EQ, IN, ...ORDER, IS_NULL],
);
export const BooleanFilter = operatorInput("BooleanFilter", "Boolean test.", Bool, [EQ, IS_NULL]);

function listInput(name: string, scalar: Scalar): InputClass {
  return operatorInput(name, "Tests on a list property.", scalar, [
    ["includes", false, "The list contains this value."],
    ["includesAny", true, "The list contains at least one of these values."],
    ["includesAll", true, "The list contains all these values."],
    ["isEmpty", false, "true: the list is missing or empty; false: it holds at least one value."],
  ]);
}

export const StringListFilter = listInput("StringListFilter", String);
export const IntListFilter = listInput("IntListFilter", Int as unknown as GraphQLScalarType);

export const CountFilter = (() => {
  const cls = namedClass("RelationshipCountFilter");
  InputType("RelationshipCountFilter", {
    description:
      "Filter on the number of distinct related nodes, e.g. `usersAggregate: { count: { gt: 5 } }`.",
  })(cls);
  Field(() => IntFilter, { nullable: true, description: "Number of distinct related nodes." })(
    cls.prototype,
    "count",
  );
  return cls;
})();
