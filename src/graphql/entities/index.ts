import { checkRegistry, ENTITIES } from "../../read/model";
import { defineConnectionTypes } from "./connection.factory";
import { defineObjectType } from "./object-type.factory";
import { buildRelationshipResolver } from "./relationship.resolver.factory";
import { buildRootResolver } from "./root.resolver.factory";
import { defineSortInput } from "./sort-input.factory";
import { defineWhereInput } from "./where-input.factory";

export { byKeyField, classesOf } from "./entity-classes";

checkRegistry();
for (const entity of ENTITIES) {
  defineObjectType(entity);
  defineWhereInput(entity);
  defineSortInput(entity);
  defineConnectionTypes(entity);
}

/** One root resolver and one relationship resolver per entity of the registry. */
export const ENTITY_RESOLVERS = ENTITIES.flatMap(entity => {
  const relationships = buildRelationshipResolver(entity);
  return relationships ? [buildRootResolver(entity), relationships] : [buildRootResolver(entity)];
});
