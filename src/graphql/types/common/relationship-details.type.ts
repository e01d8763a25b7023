import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Provenance } from "./provenance.type";

@ObjectType({ description: "One stored relationship between a parent and the edge's node." })
export class RelationshipDetails {
  @Field(_type => String, { description: "Stable relationship id from the snapshot." })
  id!: string;

  @Field(_type => String, { description: "Relationship type, e.g. `MEMBER_OF`." })
  type!: string;

  @Field(_type => GraphQLJSONObject, { description: "Its properties (role, start, end, kind…)." })
  properties!: Record<string, unknown>;

  @Field(_type => [Provenance], { description: "Sources that stated this relationship." })
  provenance!: Provenance[];
}
