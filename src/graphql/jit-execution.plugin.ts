import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from "@apollo/server";
import {
  type DocumentNode,
  getNamedType,
  type GraphQLSchema,
  isInputObjectType,
  type OperationDefinitionNode,
  typeFromAST,
} from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import type { Context } from "../context";

/**
 * A document's operation: how many times it ran, and what it compiles to (null = left to
 * graphql-js; undefined = not compiled yet).
 */
interface Entry {
  uses: number;
  query?: CompiledQuery | null;
}

/** Compiling costs tens of milliseconds: only operations seen this many times are compiled. */
export const COMPILE_AFTER_USES = 2;

/**
 * Precompiled execution: each parsed document (Apollo keeps them in its document store, so a
 * repeated operation arrives as the same object) is compiled by graphql-jit, once it has been seen
 * COMPILE_AFTER_USES times, into a function that resolves its selection set without graphql-js's
 * per-field interpretation. A one-off document (or a client sending ever new ones) is not
 * compiled: graphql-js runs it for less than the compilation would cost.
 *
 * It plugs into Apollo's `responseForOperation` hook, AFTER parsing, validation and our limits
 * (`didResolveOperation`), and before `willSendResponse` (HTTP status), so Apollo's pipeline is
 * unchanged. Only an error-free result is answered here: a result with any error is dropped and
 * the operation runs again through graphql-js (the API is read-only, so this is safe), which gives
 * the exact error semantics of Apollo (error formatting and masking, BAD_USER_INPUT, status codes).
 * Operations with an input object variable are left to graphql-js (see hasInputObjectVariable).
 */
export function jitExecutionPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const entries = new WeakMap<DocumentNode, Map<string, Entry>>();
  const compiled = (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    operationName: string,
  ): CompiledQuery | null => {
    let byName = entries.get(document);
    if (!byName) {
      byName = new Map();
      entries.set(document, byName);
    }
    const entry = byName.get(operationName) ?? { uses: 0 };
    byName.set(operationName, entry);
    entry.uses += 1;
    if (entry.query === undefined && entry.uses >= COMPILE_AFTER_USES) {
      entry.query = hasInputObjectVariable(schema, operation)
        ? null
        : compile(schema, document, operationName);
    }
    return entry.query ?? null;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ document, operationName, operation, request, contextValue }) {
          if (operation.operation !== "query") {
            return null;
          }
          const query = compiled(document, operation, operationName ?? "");
          if (!query) {
            return null;
          }
          const result = await query.query(undefined, contextValue, request.variables ?? {});
          if (result.errors?.length) {
            return null;
          }
          const response: GraphQLResponse = {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: "single", singleResult: { data: result.data } },
          };
          return response;
        },
      };
    },
  };
}

/**
 * graphql-jit compiles the coercion of every variable ahead of time, and for our recursive filter
 * inputs (`StartupWhere` → `OrganizationWhere` → `MinistryWhere`…, with AND / OR / NOT) that code
 * grows without bound (compileVariableParsing, graphql-jit issue #244): an operation with an input
 * object variable runs through graphql-js. Inline filter arguments are compiled as constants.
 */
function hasInputObjectVariable(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): boolean {
  return (operation.variableDefinitions ?? []).some(definition => {
    const type = typeFromAST(schema, definition.type);
    return type === undefined || isInputObjectType(getNamedType(type));
  });
}

function compile(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string,
): CompiledQuery | null {
  const result = compileQuery(schema, document, operationName || undefined, {
    disablingCapturingStackErrors: true,
  });
  return isCompiledQuery(result) ? result : null;
}
