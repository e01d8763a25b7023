import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { ENTITIES } from "../../query/registry";
import { kindOfLabel } from "../../services/entity-kind";
import { NodeInterface } from "./common/node.interface";

/** `STARTUP`, `DIGITAL_DIRECTORATE`… → label. */
export const ENTITY_TYPE_LABELS: Record<string, string> = Object.fromEntries(
  ENTITIES.map(e => [kindOfLabel(e.label), e.label]),
);

export const EntityType = Object.fromEntries(Object.keys(ENTITY_TYPE_LABELS).map(k => [k, k]));

registerEnumType(EntityType, {
  name: "EntityType",
  description:
    "The kind of an entity, one value per GraphQL entity type: `Node.kind`, `EntityRef.kind`, " +
    "`SubjectInput.kind`, `search(kinds:)`, `centralityRanking(kinds:)`.",
  valuesConfig: Object.fromEntries(
    ENTITIES.map(e => [kindOfLabel(e.label), { description: `${e.typeName}: ${e.description}` }]),
  ),
});

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
