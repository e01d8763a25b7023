import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Relay page information; cursors are opaque keyset cursors." })
export class PageInfo {
  @Field(_type => Boolean, { description: "More rows follow this page." })
  hasNextPage!: boolean;

  @Field(_type => Boolean, { description: "With `after`: true (a row precedes the cursor)." })
  hasPreviousPage!: boolean;

  @Field(_type => String, {
    description: "Cursor of the first row of the page (null when empty).",
    nullable: true,
  })
  startCursor!: string | null;

  @Field(_type => String, {
    description: "Cursor of the last row of the page (null when empty); pass it as `after`.",
    nullable: true,
  })
  endCursor!: string | null;
}
