import type { Context } from "../context";
import { byKeys } from "../loaders";
import type { LoaderRegistry } from "../loaders/loader-registry";
import type { WhereInput } from "../query/filter-compiler";
import { ParamBag } from "../query/params";
import type { EntityDef } from "../query/registry";
import type { Scope } from "../query/scoped-query";

/** What a connection lists: an entity, its scope (root or a parent's relationship) and filters. */
export interface ConnectionSpec {
  entity: EntityDef;
  scope: Scope;
  where: WhereInput | null | undefined;
  /** Relation scope: filter on the relationship's properties. */
  edge?: WhereInput | null;
  /** The parent's key, for a relation scope. */
  parentKey?: string;
  /** Canonical JSON of the field's arguments: parents with equal arguments share a batch. */
  argsKey: string;
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

const SEPARATOR = "\u0000";
const VARIANTS = new WeakMap<LoaderRegistry, Map<string, Map<string, unknown>>>();

function variantsOf(loaders: LoaderRegistry, name: string): Map<string, unknown> {
  let byName = VARIANTS.get(loaders);
  if (!byName) {
    byName = new Map();
    VARIANTS.set(loaders, byName);
  }
  let variants = byName.get(name);
  if (!variants) {
    variants = new Map();
    byName.set(name, variants);
  }
  return variants;
}

/**
 * Runs one scoped statement and returns one column. A root scope runs it directly; a relation
 * scope goes through a DataLoader so that every parent of the request is served by ONE statement.
 */
export async function runScoped<T, V = undefined>(
  ctx: Context,
  spec: ConnectionSpec,
  kind: string,
  build: (params: ParamBag, variants: readonly V[]) => string,
  column: string,
  fallback: () => T,
  variant?: Variant<V>,
): Promise<T> {
  const { scope } = spec;
  if (scope.kind === "root" || spec.parentKey === undefined) {
    const params = new ParamBag();
    const cypher = build(params, variant ? [variant.value] : []);
    const rows = await ctx.db.read(cypher, params.values);
    const value = rows[0]?.[column];
    return value === undefined || value === null ? fallback() : (value as T);
  }
  const name = `${scope.parent.label}.${scope.relation.field}:${kind}:${spec.argsKey}`;
  const variants = variantsOf(ctx.loaders, name);
  if (variant) {
    variants.set(variant.key, variant.value);
  }
  const loader = ctx.loaders.get<T>(name, async loadKeys => {
    const split = loadKeys.map(k => {
      const at = k.indexOf(SEPARATOR);
      return at < 0
        ? { key: k, variant: undefined }
        : { key: k.slice(0, at), variant: k.slice(at + 1) };
    });
    const keys = [...new Set(split.map(s => s.key))];
    const wanted = [...new Set(split.flatMap(s => (s.variant === undefined ? [] : [s.variant])))];
    const params = new ParamBag();
    const cypher = build(
      params,
      wanted.map(w => variants.get(w) as V),
    );
    const rows = await ctx.db.read(cypher, { ...params.values, keys });
    // one answer per load key: parents asked with several variants share their row
    return byKeys(
      split.map(s => s.key),
      rows.map(r => ({ key: String(r.parentKey), value: r[column] as T })),
      fallback,
    );
  });
  return loader.load(variant ? `${spec.parentKey}${SEPARATOR}${variant.key}` : spec.parentKey);
}
