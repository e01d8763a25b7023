/**
 * The reference to a graph entity that analytics results carry, declared once: what the services
 * build (label, natural key, name) and the GraphQL type `EntityRef`, whose `id`, `kind` and
 * deprecated `label` are derived from it by `EntityRefResolver` (src/graphql/analytics).
 */
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A graph entity named in an analytic result." })
export class EntityRef {
  /** Graph label, e.g. `Software` (served as `label: AnalyticsLabel`, and as `kind` and `id`). */
  label!: string;

  @Field(_type => String, { description: "Natural key (unique per kind)." })
  key!: string;

  @Field(_type => String, {
    description: "Human-readable name (title, acronym or key when the source gives no name).",
  })
  name!: string;
}
