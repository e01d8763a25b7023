import type { GraphQLSchema } from "graphql";
import { buildSchema, getMetadataStorage } from "type-graphql";
import { ANALYTICS_RESOLVERS } from "./analytics";
import { API_RESOLVERS } from "./resolvers";

type ResolverClass = new (...args: never[]) => unknown;

export const RESOLVERS: [ResolverClass, ...ResolverClass[]] = [
  ...API_RESOLVERS,
  ...ANALYTICS_RESOLVERS,
] as [ResolverClass, ...ResolverClass[]];

const QUERY_DESCRIPTION =
  "Graphe du numérique public: entities (one connection and one `…ByKey` lookup per type, " +
  "`node`, `search`), analytics (dependencies, exposure, reuse, critical mass, sovereignty, " +
  "structure) and the data's sources. Docs: README.md, docs/api.md, docs/analytics.md.";

/**
 * No middleware, guard or auth checker is used, so a plain property needs no type-graphql wrapper:
 * graphql-js's default resolver reads it (one closure call and one object fewer per field of every
 * object of a response). Field resolvers (`@FieldResolver`, relationship fields) are unaffected.
 */
function readPlainPropertiesWithDefaultResolver(): void {
  for (const type of getMetadataStorage().objectTypes) {
    type.simpleResolvers ??= true;
  }
}

/** Builds the executable schema from the type-graphql classes (no file written). */
export async function createSchema(): Promise<GraphQLSchema> {
  readPlainPropertiesWithDefaultResolver();
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false });
  const query = schema.getQueryType();
  if (query) {
    query.description = QUERY_DESCRIPTION;
  }
  return schema;
}
