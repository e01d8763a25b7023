/**
 * Requests started before the view that needs them is loaded (the route is known at once, the
 * view's code arrives later): the view's `useQuery` takes the request in flight instead of
 * starting it again. A prefetched request is kept for a few seconds only, and used once.
 */
import { request } from "./client";

const KEEP_MS = 10_000;
const inFlight = new Map<string, { at: number; result: Promise<unknown> }>();

const keyOf = (operationName: string, variables: Record<string, unknown>) =>
  `${operationName} ${JSON.stringify(variables)}`;

export function prefetch(
  document: string,
  operationName: string,
  variables: Record<string, unknown>,
): void {
  const key = keyOf(operationName, variables);
  const known = inFlight.get(key);
  if (known && Date.now() - known.at < KEEP_MS) {
    return;
  }
  const result = request(document, operationName, variables);
  result.catch(() => undefined); // reported when taken
  inFlight.set(key, { at: Date.now(), result });
}

/** The prefetched request with these variables, if any (it is handed out once). */
export function takePrefetched<T>(
  operationName: string,
  variables: Record<string, unknown>,
): Promise<T> | undefined {
  const key = keyOf(operationName, variables);
  const known = inFlight.get(key);
  inFlight.delete(key);
  return known && Date.now() - known.at < KEEP_MS ? (known.result as Promise<T>) : undefined;
}
