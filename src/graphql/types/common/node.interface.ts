import { Field, ID, InterfaceType } from "type-graphql";

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
}
