import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
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

/** Builds the executable schema from the type-graphql classes (no file written). */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false });
  const query = schema.getQueryType();
  if (query) {
    query.description = QUERY_DESCRIPTION;
  }
  return schema;
}
