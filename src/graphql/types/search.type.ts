import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { ENTITIES } from "../../query/registry";
import { NodeInterface } from "./common/node.interface";

/** `STARTUP`, `DIGITAL_DIRECTORATE`… → label. */
export const ENTITY_TYPE_LABELS: Record<string, string> = Object.fromEntries(
  ENTITIES.map(e => [e.label.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase(), e.label]),
);

export const EntityType = Object.fromEntries(Object.keys(ENTITY_TYPE_LABELS).map(k => [k, k]));

registerEnumType(EntityType, {
  name: "EntityType",
  description: "Entity types, for `search(types:)`.",
});

@ObjectType({ description: "A search result: the node and its relevance (higher is better)." })
export class SearchHit {
  @Field(_type => Float, {
    description: "Lucene score plus boosts for exact names, acronyms and keys.",
  })
  score!: number;

  @Field(_type => NodeInterface)
  node!: NodeInterface;
}
