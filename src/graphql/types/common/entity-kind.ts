import { registerEnumType } from "type-graphql";
import { ENTITIES, kindOfLabel } from "../../../read/model";

/** `STARTUP`, `DIGITAL_DIRECTORATE`… → label. */
export const ENTITY_TYPE_LABELS: Record<string, string> = Object.fromEntries(
  ENTITIES.map(e => [kindOfLabel(e.label), e.label]),
);

/** The GraphQL enum of entity kinds, one value per label. */
export const EntityType = Object.fromEntries(Object.keys(ENTITY_TYPE_LABELS).map(k => [k, k]));

registerEnumType(EntityType, {
  name: "EntityType",
  description:
    "The kind of an entity, one value per GraphQL entity type: `Node.entityKind`, `EntityRef.kind`, " +
    "`SubjectInput.kind`, `search(kinds:)`, `centralityRanking(kinds:)`.",
  valuesConfig: Object.fromEntries(
    ENTITIES.map(e => [kindOfLabel(e.label), { description: `${e.typeName}: ${e.description}` }]),
  ),
});
