import { hopsPattern } from "./patterns";
import { type Hop, optional, out, inn } from "./types";

/**
 * "Belongs to ministry M": the ONE definition of the project (docs/data-model.md, "Belonging to a
 * ministry"). Entity fields (`Ministry.sponsoredStartups`, `Startup.ministries`…), filters
 * (`ministries: { some: … }`), `groupBy: ministry`, the ministry roll-ups of the analytics
 * (exposure, reuse), the coverage figures and the reports all read it from here.
 *
 * - a **Ministry** belongs to itself;
 * - an **Organization** is PART_OF the ministry (beta.gouv.fr ministerial domain, curated) or SAME_AS
 *   it (the ministry's own organisation file: `/organisations/armees`, `mc`, `mj`, `meae`…);
 * - a **DigitalDirectorate** is PART_OF it;
 * - a **Startup** belongs through its sponsors (SPONSORED_BY an organisation of the ministry), not
 *   through its incubator's owner: an incubator hosts start-ups of every ministry (DINUM's
 *   beta.gouv.fr incubators would claim start-ups sponsored elsewhere);
 * - an **Incubator** through its owner (OWNED_BY an organisation of the ministry);
 * - a **Repository** through its owner: OWNED_BY the ministry, or an organisation of it. The owner is
 *   the forge account's public body, so this is also "through its forge account";
 * - a **ForgeAccount** through its holder (HAS_FORGE_ACCOUNT from the ministry or one of its bodies).
 */
const BODY_TO_MINISTRY = out("PART_OF|SAME_AS", "Ministry");

export const MINISTRY_MEMBERSHIP = {
  Organization: [BODY_TO_MINISTRY],
  DigitalDirectorate: [out("PART_OF", "Ministry")],
  Startup: [out("SPONSORED_BY", "Organization"), BODY_TO_MINISTRY],
  Incubator: [out("OWNED_BY", "Organization"), BODY_TO_MINISTRY],
  Repository: [out("OWNED_BY", "Organization|Ministry"), optional(BODY_TO_MINISTRY)],
  ForgeAccount: [inn("HAS_FORGE_ACCOUNT", "Organization|Ministry"), optional(BODY_TO_MINISTRY)],
} satisfies Record<string, Hop[]>;

export type MemberLabel = keyof typeof MINISTRY_MEMBERSHIP;

export const MEMBER_LABELS = Object.keys(MINISTRY_MEMBERSHIP) as MemberLabel[];

/** Hops from a `label` node to the ministries it belongs to. */
export function ministryHops(label: MemberLabel): Hop[] {
  return MINISTRY_MEMBERSHIP[label];
}

/** Hops from a Ministry to the `label` nodes that belong to it (the path above, reversed). */
export function memberHops(label: MemberLabel): Hop[] {
  const hops = MINISTRY_MEMBERSHIP[label];
  return hops
    .map((hop, i) => ({
      ...hop,
      dir: hop.dir === "out" ? ("in" as const) : ("out" as const),
      label: i === 0 ? label : hops[i - 1].label,
    }))
    .reverse();
}

/**
 * A Cypher expression: the list of Ministry nodes the node `alias` belongs to, whatever its label
 * (empty for labels that belong to no ministry: Software, Partner…). Each ministry once.
 */
export function ministriesOf(alias: string): string {
  const branches = [
    `MATCH (${alias}:Ministry) RETURN ${alias} AS ministry`,
    ...MEMBER_LABELS.map(
      label =>
        `MATCH ${hopsPattern(`${alias}:${label}`, MINISTRY_MEMBERSHIP[label], "ministry")} RETURN ministry`,
    ),
  ];
  return `COLLECT { ${branches.join(" UNION ")} }`;
}

/** A Cypher predicate: the `label` node `alias` belongs to at least one ministry. */
export function belongsToAMinistry(alias: string, label: MemberLabel): string {
  return `EXISTS { ${hopsPattern(alias, MINISTRY_MEMBERSHIP[label], "")} }`;
}

/** A Cypher predicate: at least one `label` node belongs to the Ministry `alias`. */
export function hasMembers(alias: string, label: MemberLabel): string {
  return `EXISTS { ${hopsPattern(alias, memberHops(label), "")} }`;
}
