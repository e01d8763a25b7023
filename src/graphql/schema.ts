import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ANALYTICS_RESOLVERS } from "./analytics";
import { API_RESOLVERS } from "./resolvers";

type ResolverClass = new (...args: never[]) => unknown;

export const RESOLVERS: [ResolverClass, ...ResolverClass[]] = [
  ...API_RESOLVERS,
  ...ANALYTICS_RESOLVERS,
] as [ResolverClass, ...ResolverClass[]];

/** Builds the executable schema from the type-graphql classes (no file written). */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}
