import { type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { createSchema } from "../../../src/graphql/schema";

describe("per-field work", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });
  const field = (type: string, name: string) =>
    (schema.getType(type) as GraphQLObjectType).getFields()[name];

  test("plain properties are read by graphql-js's default resolver, without a wrapper", () => {
    expect(field("Startup", "title")?.resolve).toBeUndefined();
    expect(field("Startup", "id")?.resolve).toBeUndefined();
    expect(field("CriticalMass", "activeContributors")?.resolve).toBeUndefined();
  });

  test("fields with their own resolver keep it", () => {
    expect(field("Startup", "incubators")?.resolve).toEqual(expect.any(Function));
    expect(field("Query", "startups")?.resolve).toEqual(expect.any(Function));
  });
});
