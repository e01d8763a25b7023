import { ApolloServer } from "@apollo/server";
import { buildSchema, GraphQLError, type GraphQLObjectType } from "graphql";
import type { Context } from "../../../src/context";
import { jitExecutionPlugin } from "../../../src/graphql/jit-execution.plugin";

/** A tiny schema whose resolvers count their calls: graphql-jit and graphql-js both call them. */
function countingSchema() {
  const schema = buildSchema(`input Filter { x: String }
    type Query { hello(name: String!): String!, broken(filter: Filter): String }`);
  const calls = { hello: 0, broken: 0 };
  const fields = (schema.getQueryType() as GraphQLObjectType).getFields();
  (fields.hello as { resolve?: unknown }).resolve = (_: unknown, args: { name: string }) => {
    calls.hello += 1;
    return `hello ${args.name}`;
  };
  (fields.broken as { resolve?: unknown }).resolve = () => {
    calls.broken += 1;
    throw new GraphQLError("no such thing", { extensions: { code: "NOT_FOUND" } });
  };
  return { schema, calls };
}

async function run(server: ApolloServer<Context>, query: string, variables = {}) {
  const response = await server.executeOperation(
    { query, variables },
    { contextValue: {} as Context },
  );
  if (response.body.kind !== "single") {
    throw new Error("expected a single result");
  }
  return { http: response.http, result: response.body.singleResult };
}

describe("precompiled execution (graphql-jit behind responseForOperation)", () => {
  const { schema, calls } = countingSchema();
  const formatted: string[] = [];
  const server = new ApolloServer<Context>({
    schema,
    plugins: [jitExecutionPlugin(schema)],
    formatError: formattedError => {
      formatted.push(formattedError.message);
      return { ...formattedError, message: `formatted: ${formattedError.message}` };
    },
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => {
    calls.hello = 0;
    calls.broken = 0;
    formatted.length = 0;
  });

  test("a repeated error-free query is resolved once per request (graphql-js, then compiled)", async () => {
    for (const name of ["a", "b", "c"]) {
      const { result } = await run(server, "query ($n: String!) { hello(name: $n) }", { n: name });
      expect(result).toEqual({ data: { hello: `hello ${name}` } });
    }
    expect(calls.hello).toBe(3);
  });

  test("a result with errors is computed again by graphql-js: Apollo formats the errors", async () => {
    const query = '{ hello(name: "x") broken }';
    for (let i = 0; i < 2; i += 1) {
      const { result } = await run(server, query);
      expect(result.data).toEqual({ hello: "hello x", broken: null });
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: "formatted: no such thing",
          extensions: expect.objectContaining({ code: "NOT_FOUND" }),
        }),
      ]);
    }
    expect(formatted).toEqual(["no such thing", "no such thing"]);
    // 1st request: graphql-js only (not compiled yet); 2nd: the compiled function (its result
    // dropped), then graphql-js
    expect(calls.broken).toBe(3);
  });

  test("an operation with an input object variable is never compiled", async () => {
    for (let i = 0; i < 3; i += 1) {
      const { result } = await run(server, "query ($f: Filter) { broken(filter: $f) }", {
        f: { x: "y" },
      });
      expect(result.errors?.[0]?.message).toBe("formatted: no such thing");
    }
    expect(calls.broken).toBe(3);
  });

  test("bad variables keep graphql-js's BAD_USER_INPUT and its status", async () => {
    for (let i = 0; i < 2; i += 1) {
      const { http, result } = await run(server, "query ($n: String!) { hello(name: $n) }", {
        n: 3,
      });
      expect(http.status).toBe(400);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect(calls.hello).toBe(0);
  });
});
