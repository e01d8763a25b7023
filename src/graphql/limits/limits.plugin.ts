import type { ApolloServerPlugin } from "@apollo/server";
import { type FragmentDefinitionNode, Kind } from "graphql";
import type { Context } from "../../context";
import { BadUserInputError, QueryTooComplexError } from "../../errors";
import { MAX_PAGE_SIZE } from "../../query/page-args";
import { analyseOperation } from "./operation-analysis";

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxFields: number;
  maxCost: number;
}

/**
 * Refuses oversized operations once they are parsed and validated and before any resolver runs
 * (so before any database work): depth, aliases, field count, page size and cost. Every response
 * reports its `extensions.cost` and the number of Cypher `statements` it ran.
 */
export function limitsPlugin(limits: QueryLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) {
            return;
          }
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments[definition.name.value] = definition;
            }
          }
          const analysis = analyseOperation(schema, operation, fragments, request.variables ?? {});
          const refuse = (what: string, actual: number, limit: number) =>
            new QueryTooComplexError(`${what} ${actual} exceeds the limit of ${limit}`, {
              limit,
              actual,
              measure: what,
            });
          if (analysis.depth > limits.maxDepth) {
            throw refuse("query depth", analysis.depth, limits.maxDepth);
          }
          if (analysis.aliases > limits.maxAliases) {
            throw refuse("alias count", analysis.aliases, limits.maxAliases);
          }
          if (analysis.fields > limits.maxFields) {
            throw refuse("field count", analysis.fields, limits.maxFields);
          }
          if (analysis.maxPageSize > MAX_PAGE_SIZE) {
            throw new BadUserInputError(
              `\`first\`/\`last\` must be between 0 and ${MAX_PAGE_SIZE} (got ${analysis.maxPageSize})`,
              { max: MAX_PAGE_SIZE },
            );
          }
          if (analysis.cost > limits.maxCost) {
            throw refuse("query cost", analysis.cost, limits.maxCost);
          }
          cost = analysis.cost;
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === "single") {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              ...(cost === undefined ? {} : { cost }),
              statements: contextValue.statements?.statements ?? 0,
            };
          }
        },
      };
    },
  };
}
