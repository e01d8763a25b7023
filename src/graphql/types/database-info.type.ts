import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Number of nodes carrying one label." })
export class LabelCount {
  @Field(_type => String, { description: "Node label." })
  label!: string;

  @Field(_type => Int, { description: "Nodes carrying it." })
  count!: number;
}

@ObjectType({ description: "Number of relationships of one type." })
export class RelationshipTypeCount {
  @Field(_type => String, { description: "Relationship type." })
  type!: string;

  @Field(_type => Int, { description: "Relationships of that type." })
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

  @Field(_type => Int, { description: "Nodes per label." })
  nodeCount!: number;

  @Field(_type => Int, { description: "Relationships per type." })
  relationshipCount!: number;

  @Field(_type => [LabelCount], { description: "Node counts per label, largest first." })
  labels!: LabelCount[];

  @Field(_type => [RelationshipTypeCount], {
    description: "Relationship counts per type, largest first.",
  })
  relationshipTypes!: RelationshipTypeCount[];
}
