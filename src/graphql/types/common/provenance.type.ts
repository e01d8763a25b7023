import { GraphQLLocalDate, GraphQLURL } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Where a fact comes from: one entry per source record that stated it." })
export class Provenance {
  @Field(_type => String, {
    description: "Source id, e.g. `betagouv`, `sill-2022`, `curated` (see `sources`).",
  })
  source!: string;

  @Field(_type => String, {
    description: "The record in that source, e.g. `content/_startups/x.md`.",
  })
  record!: string;

  @Field(_type => GraphQLLocalDate, { nullable: true, description: "Date of the source snapshot." })
  date!: string | null;

  @Field(_type => String, {
    description: "Licence of the data, e.g. `Etalab-2.0`, `CC-BY-NC-SA-4.0`.",
  })
  licence!: string;

  @Field(_type => GraphQLURL, {
    nullable: true,
    description: "Public page stating the fact (curated facts).",
  })
  url!: string | null;
}
