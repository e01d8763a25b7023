/** The explorer's only way to the data: the public GraphQL API, same origin, typed operations. */
import methodDoc from "./operations/method.graphql?raw";
import { EXPLORER_RETRY, parseRetryAfter, withRetry, type Attempt } from "../logic/retry";

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
 * comes from the codegen types of web/src/api/__generated__. Errors carry the API's code. A busy
 * server's OVERLOADED refusal is retried after its Retry-After (web/src/logic/retry.ts).
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
  const body = JSON.stringify({ query, variables, operationName });
  let refusal = "";
  const outcome = await withRetry<TData>(
    async (): Promise<Attempt<TData>> => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body,
        signal,
      });
      const result = await readResult<TData>(response);
      if (result.overloaded !== undefined) {
        refusal = result.overloaded;
        return {
          done: false,
          retryAfterSeconds: parseRetryAfter(response.headers.get("retry-after")),
        };
      }
      return { done: true, value: result.data };
    },
    EXPLORER_RETRY,
    { signal },
  );
  if ("exhausted" in outcome) {
    throw new ApiError(`${refusal} (serveur occupé : ${outcome.attempts} essais)`, "OVERLOADED");
  }
  return outcome.value;
}

/** The data of one answer, or the API's OVERLOADED refusal (to retry); other errors throw. */
async function readResult<TData>(
  response: Response,
): Promise<{ data: TData; overloaded?: undefined } | { overloaded: string }> {
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
  if (first?.extensions?.code === "OVERLOADED") {
    return { overloaded: first.message };
  }
  if (first) {
    throw new ApiError(first.message, first.extensions?.code ?? "ERROR");
  }
  if (!body.data) {
    throw new ApiError(`réponse vide du serveur (HTTP ${response.status})`, "BAD_RESPONSE");
  }
  return { data: body.data };
}
