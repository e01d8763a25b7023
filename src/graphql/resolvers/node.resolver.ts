import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { BadUserInputError } from "../../errors";
import { loadNode } from "../../loaders";
import { entityByLabel } from "../../query/registry";
import type { EntityRecord } from "../../services/entity-record";
import { fromGlobalId } from "../relay/global-id";
import { NodeInterface } from "../types/common/node.interface";

const MAX_IDS = 100;

/** Relay's `node(id)` / `nodes(ids)`: any entity by global id, batched per label. */
@Resolver()
export class NodeResolver {
  @Query(_returns => NodeInterface, {
    nullable: true,
    description: "Any object by its global id; null when it no longer exists.",
  })
  node(@Arg("id", _type => ID) id: string, @Ctx() ctx: Context): Promise<EntityRecord | null> {
    return fetchNode(ctx, id);
  }

  @Query(_returns => [NodeInterface], {
    nullable: "items",
    description: `Several objects by global id (at most ${MAX_IDS}), in the order asked; null for missing ones.`,
  })
  nodes(
    @Arg("ids", _type => [ID]) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<Array<EntityRecord | null>> {
    if (ids.length > MAX_IDS) {
      throw new BadUserInputError(`at most ${MAX_IDS} ids per call (got ${ids.length})`, {
        argument: "ids",
      });
    }
    const decoded = ids.map(id => decode(id));
    return Promise.all(decoded.map(({ label, key }) => loadNode(ctx, requireLabel(label), key)));
  }
}

function decode(id: string): { label: string; key: string } {
  const decoded = fromGlobalId(id);
  requireLabel(decoded.label);
  return decoded;
}

function requireLabel(label: string) {
  const entity = entityByLabel(label);
  if (!entity) {
    throw new BadUserInputError(`'${label}' is not an entity type of this API`, { argument: "id" });
  }
  return entity;
}

async function fetchNode(ctx: Context, id: string): Promise<EntityRecord | null> {
  const { label, key } = decode(id);
  return loadNode(ctx, requireLabel(label), key);
}
