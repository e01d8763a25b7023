import { GraphQLNonNegativeInt } from "graphql-scalars";
import { Field, Float, ObjectType } from "type-graphql";

@ObjectType({
  description: "min/max/avg/sum of a numeric field over the filtered set (null when no value).",
})
export class NumericAggregate {
  @Field(_type => Float, { description: "Smallest value.", nullable: true })
  min!: number | null;

  @Field(_type => Float, { description: "Largest value.", nullable: true })
  max!: number | null;

  @Field(_type => Float, { description: "Mean value (not rounded).", nullable: true })
  avg!: number | null;

  @Field(_type => Float, { description: "Sum of the values.", nullable: true })
  sum!: number | null;

  @Field(_type => GraphQLNonNegativeInt, { description: "Number of nodes that have a value." })
  count!: number;
}

@ObjectType({
  description: "One group of a groupBy: its key (null = no value), a display name, and its size.",
})
export class GroupCount {
  @Field(_type => String, {
    nullable: true,
    description: "Property value, or the related node's key.",
  })
  key!: string | null;

  @Field(_type => String, { nullable: true, description: "The related node's name (path groups)." })
  name!: string | null;

  @Field(_type => GraphQLNonNegativeInt, { description: "Nodes in the group." })
  count!: number;
}
