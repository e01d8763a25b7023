/** The explorer's only way to the data: the public GraphQL API, same origin, typed operations. */
import methodDoc from "./operations/method.graphql?raw";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Fragments used by the documents, appended when an operation spreads them. */
const FRAGMENTS = methodDoc;

/**
 * Runs one named operation of a document (`.graphql?raw`) with its variables; the result type
 * comes from the codegen types of web/src/api/__generated__. Errors carry the API's code.
 */
export async function request<TData, TVariables extends Record<string, unknown>>(
  document: string,
  operationName: string,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  const query = /\.\.\.Explorer(Ref|Method)\b/.test(document)
    ? `${document}\n${FRAGMENTS}`
    : document;
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables, operationName }),
    signal,
  });
  let body: {
    data?: TData | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`réponse illisible du serveur (HTTP ${response.status})`, "BAD_RESPONSE");
  }
  const first = body.errors?.[0];
  if (first) {
    throw new ApiError(first.message, first.extensions?.code ?? "ERROR");
  }
  if (!body.data) {
    throw new ApiError(`réponse vide du serveur (HTTP ${response.status})`, "BAD_RESPONSE");
  }
  return body.data;
}
