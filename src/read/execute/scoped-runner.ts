import type { ReadContext } from "../context";
import { compiledOnce } from "../compile/compiled";
import { byKeys } from "./loader-registry";
import type { WhereInput } from "../plan/connection-args";
import { ParamBag } from "../compile/params";
import type { EntityDef } from "../model";
import type { Scope } from "../compile/scoped-query";

/** What a connection lists: an entity, its scope (root or a parent's relationship) and filters. */
export interface ConnectionSpec {
  entity: EntityDef;
  scope: Scope;
  where: WhereInput | null | undefined;
  /** Relation scope: filter on the relationship's properties. */
  edge?: WhereInput | null;
  /** The parent's key, for a relation scope. */
  parentKey?: string;
  /** Names the DataLoader batches: parents of one field with equal arguments share them. */
  batchKey: string;
  /** The plan's statement cache (root scope: the statement depends on the plan alone). */
  compiled?: Map<string, unknown>;
}

/**
 * What one caller needs of a statement (e.g. the properties to return). Callers of one batch may
 * need different things: the batch's statement is built for all of them at once (`build` receives
 * every variant of the batch and must answer a superset), so the statement count is unchanged.
 */
export interface Variant<V> {
  key: string;
  value: V;
}

/** A parent asked for, with what its caller needs of the statement (if anything). */
interface ScopedKey<V> {
  parentKey: string;
  variant?: Variant<V>;
}

/** A parent asked with several variants is loaded once per variant, and shares its row. */
const scopedCacheKey = <V>(k: ScopedKey<V>): string =>
  k.variant ? `${k.parentKey}\u0000${k.variant.key}` : k.parentKey;

/**
 * Runs one scoped statement and returns one column. A root scope runs it directly; a relation
 * scope goes through a DataLoader so that every parent of the request is served by ONE statement.
 */
export async function runScoped<T, V = undefined>(
  ctx: ReadContext,
  spec: ConnectionSpec,
  kind: string,
  build: (params: ParamBag, variants: readonly V[]) => string,
  column: string,
  fallback: () => T,
  variant?: Variant<V>,
): Promise<T> {
  const { scope } = spec;
  if (scope.kind === "root" || spec.parentKey === undefined) {
    const statement = compiledOnce(spec.compiled, `${kind}|${variant?.key ?? ""}`, params =>
      build(params, variant ? [variant.value] : []),
    );
    const rows = await ctx.db.read(statement.cypher, statement.params);
    const value = rows[0]?.[column];
    return value === undefined || value === null ? fallback() : (value as T);
  }
  const name = `${scope.parent.label}.${scope.relation.field}:${kind}:${spec.batchKey}`;
  const loader = ctx.loaders.get<T, ScopedKey<V>>(
    name,
    async loadKeys => {
      const keys = [...new Set(loadKeys.map(k => k.parentKey))];
      const wanted = new Map<string, V>();
      for (const k of loadKeys) {
        if (k.variant) {
          wanted.set(k.variant.key, k.variant.value);
        }
      }
      const params = new ParamBag();
      const cypher = build(params, [...wanted.values()]);
      const rows = await ctx.db.read(cypher, { ...params.values, keys });
      return byKeys(
        loadKeys.map(k => k.parentKey),
        rows.map(r => ({ key: String(r.parentKey), value: r[column] as T })),
        fallback,
      );
    },
    scopedCacheKey,
  );
  return loader.load({ parentKey: spec.parentKey, variant });
}
