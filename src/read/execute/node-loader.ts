import type { GraphQLResolveInfo } from "graphql";
import { inSlot } from "../../db/published-slot";
import { compiledOnce } from "../compile/compiled";
import { lookupStatement, type PageItem } from "../compile/page-query";
import type { ReadContext } from "../context";
import type { EntityDef } from "../model";
import { type NodePlan, planNode } from "../plan/connection-plan";
import { type EntityRecord, toEntityRecord } from "./entity-record";
import { byKeys } from "./loader-registry";
import { toRecordWithNested } from "./page-result";

/**
 * A node of `entity` by natural key for the lookup field being resolved (`…ByKey`, `node`,
 * `nodes`): the field's plan decides what the statement reads (selected properties, and the
 * relationship connections selected under the node, whose resolvers then run no statement).
 */
export function lookupNode(
  ctx: ReadContext,
  entity: EntityDef,
  key: string,
  info: GraphQLResolveInfo,
): Promise<EntityRecord | null> {
  return loadNode(ctx, entity, key, planNode(entity, info));
}

/**
 * Nodes of one label by natural key, one `UNWIND $keys` statement per batch; null when absent.
 * Without a plan, whole nodes are read.
 */
export function loadNode(
  ctx: ReadContext,
  entity: EntityDef,
  key: string,
  plan?: NodePlan,
): Promise<EntityRecord | null> {
  if (!plan) {
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
  const { nested, selection } = plan;
  const loader = ctx.loaders.get<EntityRecord | null>(`node:${plan.batchKey}`, async keys => {
    const statement = compiledOnce(plan.compiled, "lookup", params =>
      lookupStatement({ entity, projection: selection.projection, nested, params }),
    );
    const rows = await ctx.db.read(statement.cypher, { ...statement.params, keys });
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
