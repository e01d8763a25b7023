import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { NodeInterface } from "./common/node.interface";
import { RelationshipDetails } from "./common/relationship-details.type";
import { RelationshipTypeCount } from "./database-info.type";

@ObjectType({
  description: "A node next to the centre of a neighbourhood, and how they are linked.",
})
export class Neighbour {
  @Field(_type => NodeInterface, { description: "The neighbouring node." })
  node!: NodeInterface;

  @Field(_type => RelationshipDetails, {
    description: "The relationship between the centre and this node, with its provenance.",
  })
  relationship!: RelationshipDetails;

  @Field(_type => Boolean, {
    description: "True when the relationship goes from the centre to this node.",
  })
  outgoing!: boolean;
}

@ObjectType({
  description:
    "A node and the relationships around it (both directions), as the explorer draws it: " +
    "expand a neighbour by asking for its own neighbourhood.",
})
export class Neighbourhood {
  @Field(_type => NodeInterface, { description: "The node asked for." })
  center!: NodeInterface;

  @Field(_type => GraphQLJSONObject, {
    description:
      "The centre's stored facts by property name (internal and provenance properties left out), " +
      "for generic fact sheets; typed fields are on `center` through fragments.",
  })
  properties!: Record<string, unknown>;

  @Field(_type => [Neighbour], {
    description:
      "Its neighbours (at most `limit`), taken round robin over the relationship types so that every type is represented, by key within a type.",
  })
  neighbours!: Neighbour[];

  @Field(_type => [RelationshipTypeCount], {
    description: "Every relationship type around the node with its count (filters not applied).",
  })
  relationshipTypes!: RelationshipTypeCount[];

  @Field(_type => Boolean, {
    description: "True when more relationships (of the asked types) exist than were returned.",
  })
  truncated!: boolean;
}
