import type { ApolloServerPlugin } from "@apollo/server";
import { type FragmentDefinitionNode, Kind } from "graphql";
import type { Context } from "../../context";
import { BadUserInputError, QueryTooComplexError, ReadOnlyApiError } from "../../errors";
import { type AnalysisLimits, analyseOperation, LimitExceeded } from "./operation-analysis";

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxFields: number;
  maxDirectives: number;
  maxCost: number;
  maxInputSize: number;
  maxPageSize: number;
}

const MEASURE_NAMES: Record<LimitExceeded["measure"], string> = {
  depth: "query depth",
  aliases: "alias count",
  fields: "field count",
  directives: "directive count",
  cost: "query cost",
  pageSize: "page size",
  inputSize: "input size",
};

/**
 * Refuses oversized operations once they are parsed and validated and before any resolver runs
 * (so before any database work): depth, aliases, fields, directives, page size, input size and
 * cost, measured in linear time (operation-analysis.ts); the token count is bounded earlier, by
 * the parser (`parseOptions.maxTokens`). Only `query` operations run: this API is read-only.
 * Every response reports its `extensions.cost` and the number of Cypher `statements` it ran.
 */
export function limitsPlugin(limits: QueryLimits): ApolloServerPlugin<Context> {
  const analysisLimits: AnalysisLimits = {
    depth: limits.maxDepth,
    aliases: limits.maxAliases,
    fields: limits.maxFields,
    directives: limits.maxDirectives,
    cost: limits.maxCost,
    pageSize: limits.maxPageSize,
    inputSize: limits.maxInputSize,
  };
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) {
            return;
          }
          if (operation.operation !== "query") {
            throw new ReadOnlyApiError(operation.operation);
          }
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments[definition.name.value] = definition;
            }
          }
          try {
            cost = analyseOperation(
              schema,
              operation,
              fragments,
              request.variables ?? {},
              analysisLimits,
            ).cost;
          } catch (error) {
            throw error instanceof LimitExceeded ? refusal(error) : error;
          }
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

function refusal(error: LimitExceeded): Error {
  const what = MEASURE_NAMES[error.measure];
  const at = error.where ? ` at ${error.where}` : "";
  if (error.measure === "pageSize") {
    return new BadUserInputError(
      `\`first\`/\`last\` must be between 0 and ${error.limit} (got ${error.actual}${at})`,
      { max: error.limit },
    );
  }
  return new QueryTooComplexError(
    `${what} ${error.actual}${at} exceeds the limit of ${error.limit}`,
    {
      limit: error.limit,
      actual: error.actual,
      measure: what,
    },
  );
}
