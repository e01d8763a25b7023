import { ENTITY_RESOLVERS } from "../entities";
import { NeighbourhoodResolver } from "./neighbourhood.resolver";
import { NodeResolver } from "./node.resolver";
import { SearchResolver } from "./search.resolver";
import { SourcesResolver } from "./sources.resolver";
import { SystemResolver } from "./system.resolver";

/** Resolvers of the entity API (browse, filter, search, provenance). */
export const API_RESOLVERS = [
  SystemResolver,
  NodeResolver,
  NeighbourhoodResolver,
  SearchResolver,
  SourcesResolver,
  ...ENTITY_RESOLVERS,
] as const;
