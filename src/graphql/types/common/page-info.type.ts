import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Relay page information; cursors are opaque keyset cursors." })
export class PageInfo {
  @Field(_type => Boolean)
  hasNextPage!: boolean;

  @Field(_type => Boolean, { description: "With `after`: true (a row precedes the cursor)." })
  hasPreviousPage!: boolean;

  @Field(_type => String, { nullable: true })
  startCursor!: string | null;

  @Field(_type => String, { nullable: true })
  endCursor!: string | null;
}
