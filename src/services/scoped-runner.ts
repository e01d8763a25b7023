import type { Context } from "../context";
import { byKeys } from "../loaders";
import type { WhereInput } from "../query/filter-compiler";
import { ParamBag } from "../query/params";
import type { EntityDef } from "../query/registry";
import type { Scope } from "../query/scoped-query";

/** What a connection lists: an entity, its scope (root or a parent's relationship) and filters. */
export interface ConnectionSpec {
  entity: EntityDef;
  scope: Scope;
  where: WhereInput | null | undefined;
  /** The parent's key, for a relation scope. */
  parentKey?: string;
  /** Canonical JSON of the field's arguments: parents with equal arguments share a batch. */
  argsKey: string;
}

/**
 * Runs one scoped statement and returns one column. A root scope runs it directly; a relation
 * scope goes through a DataLoader so that every parent of the request is served by ONE statement.
 */
export async function runScoped<T>(
  ctx: Context,
  spec: ConnectionSpec,
  kind: string,
  build: (params: ParamBag) => string,
  column: string,
  fallback: () => T,
): Promise<T> {
  const { scope } = spec;
  if (scope.kind === "root" || spec.parentKey === undefined) {
    const params = new ParamBag();
    const cypher = build(params);
    const rows = await ctx.db.read(cypher, params.values);
    const value = rows[0]?.[column];
    return value === undefined || value === null ? fallback() : (value as T);
  }
  const name = `${scope.parent.label}.${scope.relation.field}:${kind}:${spec.argsKey}`;
  const loader = ctx.loaders.get<T>(name, async keys => {
    const params = new ParamBag();
    const cypher = build(params);
    const rows = await ctx.db.read(cypher, { ...params.values, keys });
    return byKeys(
      keys,
      rows.map(r => ({ key: String(r.parentKey), value: r[column] as T })),
      fallback,
    );
  });
  return loader.load(spec.parentKey);
}
