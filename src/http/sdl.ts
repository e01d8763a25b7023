import express, { type Router } from "express";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";

export const SDL_PATH = "/graphql/schema.graphql";

/** The SDL as `npm run schema:emit` writes it to schema/schema.graphql (sorted, final newline). */
export const printSdl = (schema: GraphQLSchema): string =>
  `${printSchema(lexicographicSortSchema(schema))}\n`;

/** `GET /graphql/schema.graphql`: the schema in SDL, for client code generators and people. */
export function sdlRouter(schema: GraphQLSchema): Router {
  const router = express.Router();
  const sdl = printSdl(schema);
  router.get(SDL_PATH, (_req, res) => {
    res.type("application/graphql").setHeader("cache-control", "no-cache").send(sdl);
  });
  return router;
}
