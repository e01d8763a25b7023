import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { type DataSourceRecord, listSources } from "../../services/sources.service";
import { DataSource } from "../types/data-source.type";

@Resolver()
export class SourcesResolver {
  @Query(_returns => [DataSource], {
    description:
      "The data sources of the loaded snapshot, with licence, snapshot date and node counts.",
  })
  sources(@Ctx() { db }: Context): Promise<DataSourceRecord[]> {
    return listSources(db);
  }
}
