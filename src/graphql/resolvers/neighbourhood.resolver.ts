import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { BadUserInputError } from "../../errors";
import { entityByLabel, fromGlobalId } from "../../read/model";
import { neighbourhood, type NeighbourhoodRecord } from "../../read";
import { Neighbourhood } from "../types/neighbourhood.type";

const MAX_NEIGHBOURS = 500;
const DEFAULT_NEIGHBOURS = 200;
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
    @Arg("relationshipTypes", _type => [String], {
      nullable: true,
      description:
        'Only these relationship types, e.g. `["USES", "DEPENDS_ON"]` (all when absent).',
    })
    relationshipTypes: string[] | null | undefined,
    @Arg("first", _type => Int, {
      nullable: true,
      description: `At most this many neighbours, 1 to ${MAX_NEIGHBOURS} (default ${DEFAULT_NEIGHBOURS}).`,
    })
    first: number | null | undefined,
    @Arg("types", _type => [String], {
      nullable: true,
      description: "Former name of `relationshipTypes`.",
      deprecationReason: "Use `relationshipTypes`.",
    })
    types: string[] | null | undefined,
    @Arg("limit", _type => Int, {
      nullable: true,
      description: "Former name of `first`.",
      deprecationReason: "Use `first`.",
    })
    limit: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<NeighbourhoodRecord | null> {
    const { label, key } = fromGlobalId(id);
    const entity = entityByLabel(label);
    if (!entity) {
      throw new BadUserInputError(`'${label}' is not an entity type of this API`, {
        argument: "id",
      });
    }
    const size = oneOf("first", first, "limit", limit) ?? DEFAULT_NEIGHBOURS;
    const sizeArg = first == null && limit != null ? "limit" : "first";
    if (!Number.isInteger(size) || size < 1 || size > MAX_NEIGHBOURS) {
      throw new BadUserInputError(
        `${sizeArg} must be between 1 and ${MAX_NEIGHBOURS} (got ${size})`,
        { argument: sizeArg },
      );
    }
    const wanted = oneOf("relationshipTypes", relationshipTypes, "types", types);
    const typesArg = relationshipTypes == null && types != null ? "types" : "relationshipTypes";
    const bad = wanted?.find(t => !RELATIONSHIP_TYPE.test(t));
    if (bad !== undefined) {
      throw new BadUserInputError(`'${bad}' is not a relationship type (e.g. USES)`, {
        argument: typesArg,
      });
    }
    return neighbourhood(ctx.db, ctx.cypher, entity, key, wanted ?? null, size);
  }
}

/** The value of an argument or of its deprecated former name; both given is refused. */
function oneOf<T>(
  name: string,
  value: T | null | undefined,
  former: string,
  old: T | null | undefined,
) {
  if (value != null && old != null) {
    throw new BadUserInputError(`give ${name} or the deprecated ${former}, not both`, {
      argument: name,
    });
  }
  return value ?? old ?? undefined;
}
