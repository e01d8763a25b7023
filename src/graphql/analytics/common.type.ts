import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import type { Method } from "../../analytics";
import type { EntityRefData } from "../../services/analytics/entity-ref";
import { ANALYTICS_LABELS, type AnalyticsLabel } from "../../services/analytics/subject";
import { kindOfLabel, toGlobalId } from "../../read/model";
import { EntityType } from "../types/search.type";

/** The `asOf` argument of the time-window analytics. */
export const AS_OF_ARG = {
  nullable: true,
  description:
    "Reference date (YYYY-MM-DD); default: the data's snapshot date (method.parameters.asOf, asOfBasis), never the machine's clock.",
} as const;

/** GraphQL enum object of the analytics labels (deprecated: `EntityType` names kinds now). */
export const AnalyticsLabelEnum = Object.fromEntries(ANALYTICS_LABELS.map(l => [l, l])) as {
  [K in AnalyticsLabel]: K;
};

registerEnumType(AnalyticsLabelEnum, {
  name: "AnalyticsLabel",
  description:
    "Graph labels, kept for the deprecated `label` fields and arguments; use `EntityType` instead.",
  valuesConfig: Object.fromEntries(
    ANALYTICS_LABELS.map(l => [
      l,
      {
        description: `The ${l} label.`,
        deprecationReason: `Use EntityType.${kindOfLabel(l)}.`,
      },
    ]),
  ),
});

@ObjectType({ description: "A graph entity named in an analytic result." })
export class EntityRef {
  @Field(_type => ID, { description: "Relay global id (base64url of `Label:key`)." })
  id!: string;

  @Field(_type => EntityType, { description: "Kind of the entity." })
  kind!: string;

  @Field(_type => AnalyticsLabelEnum, {
    description: "Graph label of the entity.",
    deprecationReason: "Use `kind` (EntityType, SCREAMING_CASE).",
  })
  label!: string;

  @Field(_type => String, { description: "Natural key (unique per kind)." })
  key!: string;

  @Field(_type => String, {
    description: "Human-readable name (title, acronym or key when the source gives no name).",
  })
  name!: string;
}

/** Maps a service ref to the GraphQL type. */
export function entityRef(r: EntityRefData): EntityRef {
  return {
    id: toGlobalId(r.label, r.key),
    kind: kindOfLabel(r.label),
    label: r.label,
    key: r.key,
    name: r.name,
  };
}

@InputType({
  description: "The subject of an analytic: either `id` (global id) or `kind` + `key`.",
})
export class SubjectInput {
  @Field(_type => ID, { nullable: true, description: "Relay global id of the subject." })
  id?: string;

  @Field(_type => EntityType, { nullable: true, description: "Kind of the subject, with `key`." })
  kind?: string;

  @Field(_type => AnalyticsLabelEnum, {
    nullable: true,
    description: "Graph label of the subject, with `key`.",
    deprecationReason: "Use `kind` (EntityType, e.g. `kind: SOFTWARE`).",
  })
  label?: AnalyticsLabel;

  @Field(_type => String, { nullable: true, description: "Natural key, e.g. `lasuite:docs`." })
  key?: string;
}

@ObjectType({ description: "One parameter of a method, value rendered as a string." })
export class MethodParameter {
  @Field(_type => String, {
    description: "Parameter name (an argument of the query or a constant).",
  })
  name!: string;

  @Field(_type => String, {
    nullable: true,
    description: "Value used, rendered as text; null when unset.",
  })
  value!: string | null;
}

@ObjectType({
  description:
    "How an analytic was computed: formula, parameters (defaults included), references, " +
    "computation time and data coverage notes (e.g. the share of unknown affiliations).",
})
export class MethodInfo {
  @Field(_type => String, { description: "Definition name; `(ours)` marks our own definitions." })
  name!: string;

  @Field(_type => String, { description: "The formula or algorithm, in plain text." })
  formula!: string;

  @Field(_type => [MethodParameter], { description: "Every parameter, defaults included." })
  parameters!: MethodParameter[];

  @Field(_type => [String], { description: "Reference URLs of the definitions." })
  references!: string[];

  @Field(_type => String, { description: "ISO-8601 time of the computation." })
  computedAt!: string;

  @Field(_type => [String], {
    description: "What the data does not cover (unknown values, truncation), in plain text.",
  })
  coverageNotes!: string[];
}

/** Maps a library `Method` to the GraphQL type. */
export function methodInfo(m: Method): MethodInfo {
  return {
    ...m,
    parameters: Object.entries(m.parameters).map(([name, value]) => ({
      name,
      value: value === null ? null : String(value),
    })),
  };
}
