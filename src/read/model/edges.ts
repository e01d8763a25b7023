import type { PropDef, PropKind } from "./props";

/**
 * Properties stored on relationships, by relationship type: what `edges.relationships` shows and
 * what the `edge` filter of a relationship field can test. Every name here is a registry name
 * spliced into Cypher, like node properties.
 */
export interface EdgeDef {
  /** GraphQL name stem of the filter input (`<typeName>Where`). */
  typeName: string;
  types: string[];
  props: PropDef[];
}

const prop = (name: string, kind: PropKind, description?: string): PropDef => ({
  name,
  kind,
  description,
});

const BASIS = prop("basis", "string", "How the link was established (e.g. `curated`, `mission`).");

export const EDGE_PROPS: Record<string, PropDef[]> = {
  MEMBER_OF: [
    prop("role", "text", "Role in the team, e.g. `Développeur`."),
    prop("domain", "string", "Skill domain, e.g. `Développement`."),
    prop("start", "date", "Mission start."),
    prop("end", "date", "Mission end."),
    prop("status", "string", "Employment status, e.g. `admin`, `independent`."),
    BASIS,
  ],
  IN_PHASE: [
    prop("start", "date"),
    prop("end", "date"),
    prop("current", "boolean", "The start-up is in this phase now."),
    prop("planned", "boolean"),
    prop("seq", "int", "Order of the phase in the start-up's history."),
  ],
  DEPENDS_ON: [
    prop("kind", "string", "RUNTIME, DEV, PEER, OPTIONAL or BUILD."),
    prop("requirement", "string", "Version requirement as written, e.g. `^5.2.3`."),
    prop("manifest", "string", "Manifest file stating the dependency."),
    prop("manifestCount", "int", "Manifests stating it (aggregated software dependencies)."),
  ],
  DEPLOYS: [
    prop("serviceName", "text"),
    prop("url", "url"),
    prop("since", "string", "Year or month, as stated."),
    prop("audience", "string"),
    prop("login", "string", "Identity provider used, e.g. `ProConnect`."),
    BASIS,
  ],
  USES: [prop("evidence", "string", "What states the use."), BASIS],
  CO_DEVELOPS: [
    prop("role", "string"),
    prop("status", "string"),
    prop("date", "string", "Year or month, as stated."),
    BASIS,
  ],
  INTEGRATES: [prop("as", "string"), prop("via", "string"), BASIS],
  CONTRIBUTES_TO: [prop("commits", "int"), prop("firstCommit", "date"), prop("lastCommit", "date")],
  AFFILIATED_WITH: [
    BASIS,
    prop("confidence", "string", "How the employer was matched, e.g. `exact-name`."),
    prop("sector", "string"),
  ],
  INCUBATED_BY: [prop("primary", "boolean", "The start-up's main incubator.")],
  PART_OF: [prop("domain", "string"), BASIS],
  HAS_REPOSITORY: [prop("url", "url", "Repository URL as written by the start-up.")],
  HAS_FORGE_ACCOUNT: [BASIS],
  SPONSORED_BY: [prop("viaAlias", "string", "Alias through which the sponsor was resolved.")],
  OWNED_BY: [prop("viaAlias", "string", "Alias through which the owner was resolved.")],
  FUNDS: [prop("amountEur", "float"), prop("programme", "string"), prop("renewable", "boolean")],
  IMPLEMENTS: [BASIS],
  PRODUCES: [BASIS],
  SAME_AS: [BASIS],
};

const pascal = (type: string): string =>
  type
    .toLowerCase()
    .split("_")
    .map(w => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");

const BY_TYPES = new Map<string, EdgeDef | undefined>();

/**
 * The edge definition of a one-hop relationship type, or of alternatives such as `USES|DEPLOYS`
 * (the union of their properties); undefined when none of them has properties.
 */
export function edgeDefOf(type: string): EdgeDef | undefined {
  if (BY_TYPES.has(type)) {
    return BY_TYPES.get(type);
  }
  const types = type.split("|");
  const props = new Map<string, PropDef>();
  for (const t of types) {
    for (const p of EDGE_PROPS[t] ?? []) {
      if (!props.has(p.name)) {
        props.set(p.name, p);
      }
    }
  }
  const def =
    props.size === 0
      ? undefined
      : { typeName: types.map(pascal).join("Or"), types, props: [...props.values()] };
  BY_TYPES.set(type, def);
  return def;
}
