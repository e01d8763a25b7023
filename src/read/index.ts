/**
 * The entity read path's public entry points, in four stages with one direction:
 * model (./model: the entity registry) → plan (built once per operation from the selection set)
 * → compile (Cypher and parameters, cached with the plan) → execute (statements, DataLoaders only
 * where the plan needs them). Other layers import this file or ./model, never the stages.
 */
export type { ReadContext } from "./context";
export { childFields } from "./plan/selection";
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./plan/page-args";
export { decodeCursor, encodeCursor } from "./plan/cursor";
export {
  EntityConnection,
  relationshipConnection,
  rootConnection,
  type EdgeRecord,
  type PageInfoRecord,
} from "./execute/connection";
export type { GroupRecord, NumericStats } from "./execute/aggregate";
export type { EntityRecord, ProvenanceRecord, RelationshipRecord } from "./execute/entity-record";
export { LoaderRegistry } from "./execute/loader-registry";
export { lookupNode } from "./execute/node-loader";
export { neighbourhood, type NeighbourhoodRecord } from "./execute/neighbourhood";
export { search, type SearchHitRecord } from "./execute/search";
export { closestKeys, notFoundWithSuggestions } from "./execute/suggest";
