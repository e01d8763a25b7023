import { ArgsType, Field, Int } from "type-graphql";

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
