/** The entity page's one operation and its variables, shared by the view and the route prefetch. */
import type { ExplorerNeighbourhoodQueryVariables } from "./__generated__/operations";
import neighbourhoodDoc from "./operations/neighbourhood.graphql?raw";

export { neighbourhoodDoc };

/** Relationships loaded with the entity (the page says when there are more). */
export const ENTITY_FIRST = 200;

export const entityVariables = (
  id: string,
  types: string[],
): ExplorerNeighbourhoodQueryVariables => ({
  id,
  relationshipTypes: types.length > 0 ? types : null,
  first: ENTITY_FIRST,
});
