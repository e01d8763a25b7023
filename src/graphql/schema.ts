import type { GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { ANALYTICS_RESOLVERS } from "./analytics";
import { API_RESOLVERS } from "./resolvers";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS = [
  ...API_RESOLVERS,
  ...ANALYTICS_RESOLVERS,
] as unknown as NonEmptyArray<Function>;

/** Builds the executable schema from the type-graphql classes (no file written). */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}
