import { ParamBag } from "./params";

/** A statement ready to run: its text and its parameters. */
export interface Compiled {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * The statement of kind `kind` compiled from a plan, kept in the plan's own cache: a plan is
 * built once per operation and variables (src/read/plan/operation-cache.ts), so a repeated
 * operation runs its statements without compiling them again. Only statements that depend on
 * the plan alone belong here (not those of a DataLoader batch, which depend on the batch).
 */
export function compiledOnce(
  cache: Map<string, unknown> | undefined,
  kind: string,
  build: (params: ParamBag) => string,
): Compiled {
  const found = cache?.get(kind) as Compiled | undefined;
  if (found) {
    return found;
  }
  const params = new ParamBag();
  const compiled = { cypher: build(params), params: params.values };
  cache?.set(kind, compiled);
  return compiled;
}
