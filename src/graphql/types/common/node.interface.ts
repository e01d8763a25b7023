import { Field, ID, InterfaceType } from "type-graphql";
import { EntityType } from "./entity-kind";
import { Provenance } from "./provenance.type";

@InterfaceType("Node", {
  description:
    "An object with a global id (Relay). Fetch any of them with `node(id)` / `nodes(ids)`.",
  resolveType: value => (value as { __typename: string }).__typename,
})
export abstract class NodeInterface {
  @Field(_type => ID, {
    description: "Opaque global id (base64url of `Label:key`), stable across reloads.",
  })
  id!: string;

  @Field(_type => EntityType, {
    description:
      "Its entity kind (one per node label; `kind` is taken by the stored classification of some labels), e.g. `STARTUP`, `SOFTWARE`, `MINISTRY`.",
  })
  entityKind!: string;

  @Field(_type => String, {
    description:
      "A name to show people: the title, name or label of the node, or its key when it has none " +
      "(contributors are pseudonymised and shown by their key).",
  })
  displayName!: string;

  @Field(_type => [Provenance], {
    description: "Sources that stated this record (source, record, date, licence, URL).",
  })
  provenance!: Provenance[];
}
