import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Number of nodes carrying one label." })
export class LabelCount {
  @Field(_type => String)
  label!: string;

  @Field(_type => Int)
  count!: number;
}

@ObjectType({ description: "Number of relationships of one type." })
export class RelationshipTypeCount {
  @Field(_type => String)
  type!: string;

  @Field(_type => Int)
  count!: number;
}

@ObjectType({ description: "The Neo4j database behind this API." })
export class DatabaseInfo {
  @Field(_type => String, { description: "Neo4j version, e.g. 5.26.30." })
  version!: string;

  @Field(_type => String, { description: "community or enterprise." })
  edition!: string;

  @Field(_type => String, { description: "Name of the database queried." })
  database!: string;

  @Field(_type => Int)
  nodeCount!: number;

  @Field(_type => Int)
  relationshipCount!: number;

  @Field(_type => [LabelCount], { description: "Node counts per label, largest first." })
  labels!: LabelCount[];

  @Field(_type => [RelationshipTypeCount], {
    description: "Relationship counts per type, largest first.",
  })
  relationshipTypes!: RelationshipTypeCount[];
}
