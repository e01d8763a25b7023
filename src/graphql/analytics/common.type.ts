import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import type { Method } from "../../analytics";
import type { EntityRefData } from "../../services/analytics/entity-ref";
import { ANALYTICS_LABELS, type AnalyticsLabel } from "../../services/analytics/subject";
import { toGlobalId } from "../relay/global-id";

/** The `asOf` argument of the time-window analytics. */
export const AS_OF_ARG = {
  nullable: true,
  description:
    "Reference date (YYYY-MM-DD); default: the data's snapshot date (method.parameters.asOf, asOfBasis), never the machine's clock.",
} as const;

/** GraphQL enum object of the analytics labels. */
export const AnalyticsLabelEnum = Object.fromEntries(ANALYTICS_LABELS.map(l => [l, l])) as {
  [K in AnalyticsLabel]: K;
};

registerEnumType(AnalyticsLabelEnum, {
  name: "AnalyticsLabel",
  description: "Node labels an analytic can name (see docs/data-model.md).",
});

@ObjectType({ description: "A graph entity named in an analytic result." })
export class EntityRef {
  @Field(_type => ID, { description: "Relay global id (base64url of `Label:key`)." })
  id!: string;

  @Field(_type => AnalyticsLabelEnum)
  label!: string;

  @Field(_type => String, { description: "Natural key (unique per label)." })
  key!: string;

  @Field(_type => String)
  name!: string;
}

/** Maps a service ref to the GraphQL type. */
export function entityRef(r: EntityRefData): EntityRef {
  return { id: toGlobalId(r.label, r.key), label: r.label, key: r.key, name: r.name };
}

@InputType({
  description: "The subject of an analytic: either `id` (global id) or `label` + `key`.",
})
export class SubjectInput {
  @Field(_type => ID, { nullable: true })
  id?: string;

  @Field(_type => AnalyticsLabelEnum, { nullable: true })
  label?: AnalyticsLabel;

  @Field(_type => String, { nullable: true, description: "Natural key, e.g. `lasuite:docs`." })
  key?: string;
}

@ObjectType({ description: "One parameter of a method, value rendered as a string." })
export class MethodParameter {
  @Field(_type => String)
  name!: string;

  @Field(_type => String, { nullable: true })
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

  @Field(_type => String)
  formula!: string;

  @Field(_type => [MethodParameter])
  parameters!: MethodParameter[];

  @Field(_type => [String], { description: "Reference URLs of the definitions." })
  references!: string[];

  @Field(_type => String, { description: "ISO-8601 time of the computation." })
  computedAt!: string;

  @Field(_type => [String])
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
