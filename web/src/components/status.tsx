import type { QueryState } from "../api/use-query";

/** Loading and error states of a query, announced to screen readers. */
export function QueryStatus<T>({ state }: { state: QueryState<T> }) {
  if (state.status === "loading") {
    return (
      <p class="muted" role="status">
        Chargement…
      </p>
    );
  }
  if (state.status === "error") {
    return (
      <p class="error" role="alert">
        {state.code === "NOT_FOUND" ? "Introuvable : " : "Erreur : "}
        {state.message}
      </p>
    );
  }
  return null;
}
