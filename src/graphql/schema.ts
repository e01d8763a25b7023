import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { SystemResolver } from "./resolvers/system.resolver";

export const RESOLVERS = [SystemResolver] as const;

/** Builds the executable schema from the type-graphql classes (no file written). */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...RESOLVERS], validate: false });
}
