import type { Context } from "../../context";
import { lookupStatement, type PageItem } from "../compile/page-query";
import { ParamBag } from "../compile/params";
import { type NodeSelection, projectionKey } from "../plan/projection";
import type { EntityDef } from "../model";
import { type EntityRecord, toEntityRecord } from "./entity-record";
import { planKey, planNested, toRecordWithNested } from "../plan/nested-plan";
import { byKeys } from "./loader-registry";
import { inSlot } from "../../db/published-slot";

/**
 * Nodes of one label by natural key, one `UNWIND $keys` statement per batch; null when absent.
 * With a selection, the statement returns only the selected properties and also reads the
 * relationship connections selected under the node (their resolvers then run no statement).
 */
export function loadNode(
  ctx: Context,
  entity: EntityDef,
  key: string,
  selection?: NodeSelection,
): Promise<EntityRecord | null> {
  if (!selection) {
    const loader = ctx.loaders.get<EntityRecord | null>(`node:${entity.label}`, async keys => {
      const rows = await ctx.db.read(
        `UNWIND $keys AS k MATCH (n:${entity.label} {key: k}) WHERE ${inSlot("n")} RETURN k AS key, n`,
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
  const nested = planNested(entity, selection.nested);
  const name = `node:${entity.label}:${projectionKey(selection.projection)}|${planKey(nested)}`;
  const loader = ctx.loaders.get<EntityRecord | null>(name, async keys => {
    const params = new ParamBag();
    const cypher = lookupStatement({ entity, projection: selection.projection, nested, params });
    const rows = await ctx.db.read(cypher, { ...params.values, keys });
    return byKeys(
      keys,
      rows.map(r => ({
        key: String(r.key),
        value: toRecordWithNested(
          entity,
          r.n as Record<string, unknown>,
          r.sub as PageItem["sub"],
          nested,
        ),
      })),
      () => null,
    );
  });
  return loader.load(key);
}
