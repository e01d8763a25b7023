import { GraphQLLocalDate, GraphQLNonNegativeInt, GraphQLURL } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "A data source of the graph. beta.gouv.fr data is CC BY-NC-SA 4.0 (non-commercial, share-alike); Etalab data is Licence Ouverte 2.0.",
})
export class DataSource {
  @Field(_type => String, { description: "Source id used in `provenance.source`." })
  id!: string;

  @Field(_type => String, { description: "Human-readable name of the source." })
  name!: string;

  @Field(_type => GraphQLURL, { nullable: true, description: "Origin repository or page." })
  url!: string | null;

  @Field(_type => String, {
    nullable: true,
    description: "Commit of the origin the snapshot was built from.",
  })
  commit!: string | null;

  @Field(_type => GraphQLLocalDate, {
    nullable: true,
    description: "Date of the source's snapshot.",
  })
  snapshotDate!: string | null;

  @Field(_type => String, { description: "Licence id, e.g. `Etalab-2.0`, `CC-BY-NC-SA-4.0`." })
  licence!: string;

  @Field(_type => GraphQLURL, { description: "Text of the licence.", nullable: true })
  licenceUrl!: string | null;

  @Field(_type => GraphQLNonNegativeInt, { description: "Nodes this source states." })
  nodeCount!: number;

  @Field(_type => String, {
    nullable: true,
    description: "When the snapshot was loaded into Neo4j (ISO).",
  })
  loadedAt!: string | null;
}
