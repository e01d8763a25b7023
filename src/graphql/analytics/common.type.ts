import {
  Field,
  FieldResolver,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
  Resolver,
  Root,
} from "type-graphql";
import { Method } from "../../analytics/types/method.type";
import { EntityRef } from "../../services/analytics/types/entity-ref.type";
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

export { EntityRef, Method as MethodInfo };

/** `id`, `kind` and the deprecated `label` of an {@link EntityRef}, derived from its label and key. */
@Resolver(_of => EntityRef)
export class EntityRefResolver {
  @FieldResolver(_type => ID, { description: "Relay global id (base64url of `Label:key`)." })
  id(@Root() ref: EntityRef): string {
    return toGlobalId(ref.label, ref.key);
  }

  @FieldResolver(_type => EntityType, { description: "Kind of the entity." })
  kind(@Root() ref: EntityRef): string {
    return kindOfLabel(ref.label);
  }

  @FieldResolver(_type => AnalyticsLabelEnum, {
    description: "Graph label of the entity.",
    deprecationReason: "Use `kind` (EntityType, SCREAMING_CASE).",
  })
  label(@Root() ref: EntityRef): string {
    return ref.label;
  }
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

/** The parameters of a {@link Method}, listed with their values as text. */
@Resolver(_of => Method)
export class MethodInfoResolver {
  @FieldResolver(_type => [MethodParameter], { description: "Every parameter, defaults included." })
  parameters(@Root() method: Method): MethodParameter[] {
    return Object.entries(method.parameters).map(([name, value]) => ({
      name,
      value: value === null ? null : String(value),
    }));
  }
}
