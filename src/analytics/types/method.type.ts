/**
 * The `Method` object returned with every analytic, declared once: the TypeScript type the
 * library builds and the GraphQL type `MethodInfo` the API serves.
 */
import { Field, ObjectType } from "type-graphql";

/** A method parameter value, as exposed by the API (kept scalar so it serialises anywhere). */
export type MethodParameterValue = string | number | boolean | null;

/** Description of how an analytic was computed (explainability contract of the API). */
@ObjectType("MethodInfo", {
  description:
    "How an analytic was computed: formula, parameters (defaults included), references, " +
    "computation time and data coverage notes (e.g. the share of unknown affiliations).",
})
export class Method {
  /** Short stable name, e.g. `"CHAOSS critical mass"`; suffix `(ours)` when the definition is ours. */
  @Field(_type => String, { description: "Definition name; `(ours)` marks our own definitions." })
  name!: string;

  /** Formula in plain text / light maths. */
  @Field(_type => String, { description: "The formula or algorithm, in plain text." })
  formula!: string;

  /**
   * Every parameter that influenced the result, including defaults that were applied. Served as
   * the list `parameters: [MethodParameter]` (name, value as text) by `MethodInfoResolver`.
   */
  parameters!: Record<string, MethodParameterValue>;

  /** Reference URLs of the definitions used. */
  @Field(_type => [String], { description: "Reference URLs of the definitions." })
  references!: string[];

  /** ISO-8601 timestamp of the computation. */
  @Field(_type => String, { description: "ISO-8601 time of the computation." })
  computedAt!: string;

  /** What the input did not cover or how it was interpreted (bots removed, unknown affiliations…). */
  @Field(_type => [String], {
    description: "What the data does not cover (unknown values, truncation), in plain text.",
  })
  coverageNotes!: string[];
}
