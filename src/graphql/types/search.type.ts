import { Field, Float, ObjectType } from "type-graphql";
import { NodeInterface } from "./common/node.interface";

export { ENTITY_TYPE_LABELS, EntityType } from "./common/entity-kind";

@ObjectType({ description: "A search result: the node and its relevance (higher is better)." })
export class SearchHit {
  @Field(_type => Float, {
    description: "Lucene score plus boosts for exact names, acronyms and keys.",
  })
  score!: number;

  @Field(_type => NodeInterface, {
    description: "The entity found (use `... on <Type>` for its fields).",
  })
  node!: NodeInterface;
}
