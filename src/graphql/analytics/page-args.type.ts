import { ArgsType, Field, Int } from "type-graphql";
import type { DependencyKind } from "../../model";
import { DependencyKindEnum } from "./dependencies.type";

@ArgsType()
export class AnalyticsPageArgs {
  @Field(_type => Int, {
    nullable: true,
    description: "Page size (default and maximum in the field's description).",
  })
  first!: number | null;

  @Field(_type => String, {
    nullable: true,
    description: "Cursor (`pageInfo.endCursor`) of the previous page: continue after it.",
  })
  after!: string | null;

  @Field(_type => Int, {
    nullable: true,
    description: "Former name of `first`.",
    deprecationReason: "Use `first` (and `after` for the next page).",
  })
  limit!: number | null;
}

/** How far and along which dependency kinds a traversal goes, with its page (dependencies, exposure). */
@ArgsType()
export class TraversalPageArgs extends AnalyticsPageArgs {
  @Field(_type => Int, {
    defaultValue: 6,
    description: "Deepest level followed, in hops (1…6).",
  })
  maxDepth!: number;

  @Field(_type => [DependencyKindEnum], {
    nullable: true,
    description: "Follow only dependencies of these kinds (default all).",
  })
  kinds!: DependencyKind[] | null;
}
