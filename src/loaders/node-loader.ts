import type { Context } from "../context";
import type { EntityDef } from "../query/registry";
import { type EntityRecord, toEntityRecord } from "../services/entity-record";
import { byKeys } from "./loader-registry";

/** Nodes of one label by natural key, one `UNWIND $keys` statement per batch; null when absent. */
export function loadNode(
  ctx: Context,
  entity: EntityDef,
  key: string,
): Promise<EntityRecord | null> {
  const loader = ctx.loaders.get<EntityRecord | null>(`node:${entity.label}`, async keys => {
    const rows = await ctx.db.read(
      `UNWIND $keys AS k MATCH (n:${entity.label} {key: k}) RETURN k AS key, n`,
      { keys },
    );
    return byKeys(
      keys,
      rows.map(r => ({
        key: String(r.key),
        value: toEntityRecord(entity, r.n as Record<string, unknown>),
      })),
      () => null,
    );
  });
  return loader.load(key);
}
