import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { databaseInfo } from "../../services/system.service";
import { DatabaseInfo } from "../types/database-info.type";

@Resolver()
export class SystemResolver {
  @Query(_returns => DatabaseInfo, {
    description:
      "The Neo4j database behind the API: version, edition and counts per label and relationship type.",
  })
  async databaseInfo(@Ctx() { db, cypher }: Context): Promise<DatabaseInfo> {
    return databaseInfo(db, cypher);
  }
}
