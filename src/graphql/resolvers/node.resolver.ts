import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { BadUserInputError } from "../../errors";
import { entityByLabel, fromGlobalId } from "../../read/model";
import { type EntityRecord, lookupNode } from "../../read";
import { NodeInterface } from "../types/common/node.interface";

const MAX_IDS = 100;

/** Relay's `node(id)` / `nodes(ids)`: any entity by global id, batched per label. */
@Resolver()
export class NodeResolver {
  @Query(_returns => NodeInterface, {
    nullable: true,
    description: "Any object by its global id; null when it no longer exists.",
  })
  node(
    @Arg("id", _type => ID, { description: "Global id (`id` of any entity)." }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityRecord | null> {
    const { label, key } = decode(id);
    const entity = requireLabel(label);
    return lookupNode(ctx, entity, key, info);
  }

  @Query(_returns => [NodeInterface], {
    nullable: "items",
    description: `Several objects by global id (at most ${MAX_IDS}), in the order asked; null for missing ones.`,
  })
  nodes(
    @Arg("ids", _type => [ID], { description: "Global ids, at most 100." }) ids: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Array<EntityRecord | null>> {
    if (ids.length > MAX_IDS) {
      throw new BadUserInputError(`at most ${MAX_IDS} ids per call (got ${ids.length})`, {
        argument: "ids",
      });
    }
    const decoded = ids.map(id => decode(id));
    return Promise.all(
      decoded.map(({ label, key }) => {
        const entity = requireLabel(label);
        return lookupNode(ctx, entity, key, info);
      }),
    );
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
