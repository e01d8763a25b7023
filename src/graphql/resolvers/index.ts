import { SystemResolver } from "./system.resolver";

/** Resolvers of the entity API (browse, filter, search). */
export const API_RESOLVERS = [SystemResolver] as const;
