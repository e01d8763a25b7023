import { readFileSync } from "node:fs";
import path from "node:path";
import {
  buildSchema,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  validate,
} from "graphql";
import { analyseOperation } from "../../../src/graphql/limits/operation-analysis";

// the emitted SDL is the schema the server runs (npm run schema:check keeps them equal)
const schema = buildSchema(
  readFileSync(path.join(__dirname, "../../../schema/schema.graphql"), "utf8"),
);
const LIMITS = {
  depth: 100,
  aliases: 1_000,
  fields: 10_000,
  directives: 100,
  cost: 10_000_000,
  pageSize: 100,
  inputSize: 1_000,
};

/** The cost of a one-operation document. */
function costOf(document: string, variables: Record<string, unknown> = {}): number {
  const parsed = parse(document);
  const errors = validate(schema, parsed);
  if (errors.length > 0) {
    throw new Error(errors.map(e => e.message).join("; "));
  }
  const operation = parsed.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map(d => [d.name.value, d]),
  );
  if (!operation) {
    throw new Error("no operation");
  }
  return analyseOperation(schema, operation, fragments, variables, LIMITS).cost;
}

const SUBJECT = `of: { kind: SOFTWARE, key: "lasuite:docs" }`;

describe("cost of the analytics arguments", () => {
  const traversals: Array<[string, (args: string) => string]> = [
    ["dependencies", args => `{ dependencies(${SUBJECT} ${args}) { items { depth } } }`],
    ["exposure", args => `{ exposure(${SUBJECT} ${args}) { dependents { depth } } }`],
    [
      "dependencyPaths",
      args => `{ dependencyPaths(from: { id: "a" } to: { id: "b" } ${args}) { paths { length } } }`,
    ],
    [
      "sovereigntyExposure",
      args => `{ sovereigntyExposure(${SUBJECT} ${args}) { findings { depth } } }`,
    ],
  ];

  test.each(traversals)(
    "%s: depth 6 costs more than depth 1, and the default is depth 6",
    (_, q) => {
      const one = costOf(q("maxDepth: 1"));
      const six = costOf(q("maxDepth: 6"));
      expect(six).toBeGreaterThan(one);
      expect(costOf(q(""))).toBe(six);
      // a depth from a variable counts the same as a literal
      expect(
        costOf(
          q("maxDepth: 1")
            .replace("{ ", "query($d: Int!) { ")
            .replace("maxDepth: 1", "maxDepth: $d"),
          { d: 1 },
        ),
      ).toBe(one);
    },
  );

  test("connectionPath: its maxLength scales the expense (8 hops cost more than the default 6)", () => {
    const q = (n: number) =>
      `{ connectionPath(from: { id: "a" } to: { id: "b" } maxLength: ${n}) { length } }`;
    expect(costOf(q(1))).toBeLessThan(costOf(q(6)));
    expect(costOf(q(6))).toBeLessThan(costOf(q(8)));
  });

  test.each([
    ["dependencies", (n: number) => `{ dependencies(${SUBJECT} first: ${n}) { totalCount } }`],
    ["exposure", (n: number) => `{ exposure(${SUBJECT} first: ${n}) { directDependents } }`],
    [
      "dependencies (deprecated limit)",
      (n: number) => `{ dependencies(${SUBJECT} limit: ${n}) { totalCount } }`,
    ],
    [
      "dependencyPaths (k)",
      (n: number) => `{ dependencyPaths(from: { id: "a" } to: { id: "b" } k: ${n}) { truncated } }`,
    ],
    [
      "singlePointsOfFailure",
      (n: number) => `{ singlePointsOfFailure(first: ${n}) { items { detail } } }`,
    ],
    [
      "centralityRanking",
      (n: number) => `{ centralityRanking(first: ${n}) { entries { inDegree } } }`,
    ],
    [
      "criticalMassRanking",
      (n: number) => `{ criticalMassRanking(first: ${n}) { elephantFactor } }`,
    ],
    ["reuseMatrix", (n: number) => `{ reuseMatrix(first: ${n}) { rows { ministryHHI } } }`],
    ["communities", (n: number) => `{ communities(first: ${n}) { communities { size } } }`],
    [
      "communities (top)",
      (n: number) => `{ communities(first: 10, top: ${n}) { communities { size } } }`,
    ],
  ])("%s: the cost grows with the page size", (_, q) => {
    const small = costOf(q(1));
    const large = costOf(q(1_000));
    expect(large).toBeGreaterThan(small + 900);
  });

  test("a page of 5,000 dependencies costs 5,000 plus the traversal at its depth plus its input", () => {
    const flat = costOf(`{ dependencies(${SUBJECT} first: 5000) { totalCount } }`);
    // page size + expense at depth 6 + the two fields of `of`
    expect(flat).toBe(5_000 + 500 + 2);
    const oneHop = costOf(`{ dependencies(${SUBJECT} first: 5000 maxDepth: 1) { totalCount } }`);
    expect(oneHop).toBe(5_000 + Math.ceil(500 / 6) + 2);
  });
});
