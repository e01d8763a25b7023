import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { BadUserInputError } from "../../errors";
import { entityByLabel } from "../../query/registry";
import { neighbourhood, type NeighbourhoodRecord } from "../../services/neighbourhood.service";
import { fromGlobalId } from "../relay/global-id";
import { Neighbourhood } from "../types/neighbourhood.type";

const MAX_NEIGHBOURS = 500;
const RELATIONSHIP_TYPE = /^[A-Z][A-Z0-9_]*$/;

/** `neighbourhood(id)`: one node and what is directly linked to it, for graph views. */
@Resolver()
export class NeighbourhoodResolver {
  @Query(_returns => Neighbourhood, {
    nullable: true,
    description:
      "A node and its direct neighbours in both directions, with each relationship and its " +
      "provenance; null when the node does not exist.",
  })
  neighbourhood(
    @Arg("id", _type => ID, { description: "Global id of the centre." }) id: string,
    @Arg("types", _type => [String], {
      nullable: true,
      description:
        'Only these relationship types, e.g. `["USES", "DEPENDS_ON"]` (all when absent).',
    })
    types: string[] | null | undefined,
    @Arg("limit", _type => Int, {
      defaultValue: 200,
      description: `At most this many neighbours (1 to ${MAX_NEIGHBOURS}).`,
    })
    limit: number,
    @Ctx() ctx: Context,
  ): Promise<NeighbourhoodRecord | null> {
    const { label, key } = fromGlobalId(id);
    const entity = entityByLabel(label);
    if (!entity) {
      throw new BadUserInputError(`'${label}' is not an entity type of this API`, {
        argument: "id",
      });
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBOURS) {
      throw new BadUserInputError(`limit must be between 1 and ${MAX_NEIGHBOURS} (got ${limit})`, {
        argument: "limit",
      });
    }
    const bad = types?.find(t => !RELATIONSHIP_TYPE.test(t));
    if (bad !== undefined) {
      throw new BadUserInputError(`'${bad}' is not a relationship type (e.g. USES)`, {
        argument: "types",
      });
    }
    return neighbourhood(ctx.db, ctx.cypher, entity, key, types ?? null, limit);
  }
}
