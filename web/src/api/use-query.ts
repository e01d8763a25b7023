import { useEffect, useState } from "preact/hooks";
import { request } from "./client";
import { takePrefetched } from "./prefetch";

export type QueryState<T> =
  | { status: "loading" }
  | { status: "error"; message: string; code: string }
  | { status: "done"; data: T };

/**
 * Runs an operation when its variables change (by value); aborts the previous one. Takes the
 * request in flight when the route prefetched it (api/prefetch.ts).
 */
export function useQuery<TData, TVariables extends Record<string, unknown>>(
  document: string,
  operationName: string,
  variables: TVariables | null,
): QueryState<TData> {
  const [state, setState] = useState<QueryState<TData>>({ status: "loading" });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (variables === null) {
      return undefined;
    }
    const controller = new AbortController();
    setState({ status: "loading" });
    const pending =
      takePrefetched<TData>(operationName, variables) ??
      request<TData, TVariables>(document, operationName, variables, controller.signal);
    pending.then(
      data => {
        if (!controller.signal.aborted) {
          setState({ status: "done", data });
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          const e = error as { message?: string; code?: string };
          setState({
            status: "error",
            message: e.message ?? String(error),
            code: e.code ?? "ERROR",
          });
        }
      },
    );
    return () => controller.abort();
  }, [document, operationName, key]);
  return state;
}
