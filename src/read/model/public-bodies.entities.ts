import { memberHops, ministryHops } from "./ministry-membership";

import { enumProp, type EntityDef, inn, out, p, rel } from "./types";
import { PARTNER_KIND } from "./vocabularies";

export const MINISTRY: EntityDef = {
  label: "Ministry",
  typeName: "Ministry",
  plural: "ministries",
  description: "A ministry (or the Prime Minister's services) of the French government.",
  keyDescription: "Slug, e.g. `armees`, `interieur`, `premier-ministre`.",
  props: [
    p("name", "text"),
    p("officialName", "text"),
    p("kind", "string", "MINISTRY, PRIME_MINISTER or GROUPING."),
    p("psoId", "string", "DILA public-service-organisation uuid."),
    p("ospoName", "string"),
    p("ospoUrl", "url"),
  ],
  relations: [
    rel(
      "directorates",
      "Digital directorates of this ministry.",
      ...memberHops("DigitalDirectorate"),
    ),
    rel(
      "organizations",
      "Organisations that belong to this ministry: bodies attached to it (PART_OF) and its own organisation files (SAME_AS).",
      ...memberHops("Organization"),
    ),
    rel(
      "sameAsOrganizations",
      "beta.gouv.fr organisation files that are this ministry.",
      inn("SAME_AS", "Organization"),
    ),
    rel(
      "sponsoredStartups",
      "Start-ups that belong to this ministry: sponsored by one of its organisations (including its own organisation file).",
      ...memberHops("Startup"),
    ),
    rel(
      "incubators",
      "Incubators owned by one of this ministry's organisations.",
      ...memberHops("Incubator"),
    ),
    rel("softwareUsed", "Shared software this ministry uses.", out("USES", "Software")),
    rel(
      "forgeAccounts",
      "Forge accounts (GitHub, GitLab…) held by this ministry or one of its organisations.",
      ...memberHops("ForgeAccount"),
    ),
    rel(
      "repositories",
      "Repositories that belong to this ministry: owned by it or by one of its organisations.",
      ...memberHops("Repository"),
    ),
  ],
  groups: [{ field: "kind", description: "Ministries by kind.", kind: "property", prop: "kind" }],
};

export const DIGITAL_DIRECTORATE: EntityDef = {
  label: "DigitalDirectorate",
  typeName: "DigitalDirectorate",
  plural: "digitalDirectorates",
  description: "A ministerial digital directorate (DNUM, SNUM…) or the interministerial DINUM.",
  keyDescription: "Slug, e.g. `dinum`, `dne`, `dnum-meae`.",
  props: [
    p("name", "text"),
    p("acronym", "text"),
    p("sector", "string"),
    p("sillReferent", "boolean", "True when it refers software in the SILL."),
  ],
  relations: [
    rel(
      "ministries",
      "The ministry this directorate belongs to.",
      ...ministryHops("DigitalDirectorate"),
    ),
    rel(
      "organizations",
      "The beta.gouv.fr organisation that is this directorate.",
      out("SAME_AS", "Organization"),
    ),
  ],
  groups: [],
};

export const ORGANIZATION: EntityDef = {
  label: "Organization",
  typeName: "Organization",
  plural: "organizations",
  description:
    "An administration, public body or company that sponsors, uses or builds digital services.",
  keyDescription:
    "beta.gouv.fr organisation id (`dinum`, `anct`), `pso:<uuid>`, `sill-agency:<slug>`…",
  props: [
    p("name", "text"),
    p("acronym", "text"),
    p("kind", "string"),
    p("sector", "string", "STATE, COMPANY, CIVIL_SOCIETY, FOREIGN_STATE or UNKNOWN."),
    p("ministryDomain", "string"),
    p("betagouvId", "string"),
    p("psoId", "string"),
    p("country", "string"),
    p("sillReferent", "boolean"),
    p("ospoName", "string"),
    p("ospoUrl", "url"),
    p("flossPolicy", "string"),
    p("website", "url"),
  ],
  relations: [
    rel(
      "ministries",
      "Ministry this body belongs to: attached to it (PART_OF) or its own organisation file (SAME_AS).",
      ...ministryHops("Organization"),
    ),
    rel(
      "sameAsMinistries",
      "Ministry this organisation file stands for.",
      out("SAME_AS", "Ministry"),
    ),
    rel(
      "directorates",
      "Digital directorate that is this organisation.",
      inn("SAME_AS", "DigitalDirectorate"),
    ),
    rel("incubators", "Incubators this body owns.", inn("OWNED_BY", "Incubator")),
    rel("sponsoredStartups", "Start-ups this body sponsors.", inn("SPONSORED_BY", "Startup")),
    rel("softwareUsed", "Software this body uses or deploys.", out("USES|DEPLOYS", "Software")),
    rel("softwareFunded", "Software this body funds.", out("FUNDS", "Software")),
    rel("forgeAccounts", "Forge accounts of this body.", out("HAS_FORGE_ACCOUNT", "ForgeAccount")),
    rel("repositories", "Repositories owned by this body.", inn("OWNED_BY", "Repository")),
    rel(
      "contributors",
      "Contributors affiliated with this body.",
      inn("AFFILIATED_WITH", "Contributor"),
    ),
  ],
  groups: [
    { field: "sector", description: "Organisations by sector.", kind: "property", prop: "sector" },
    { field: "kind", description: "Organisations by kind.", kind: "property", prop: "kind" },
    {
      field: "ministry",
      description: "Organisations by ministry (PART_OF or SAME_AS).",
      kind: "path",
      hops: ministryHops("Organization"),
      nameProp: "name",
    },
  ],
};

export const PARTNER: EntityDef = {
  label: "Partner",
  typeName: "Partner",
  plural: "partners",
  description:
    "A European partner (state, agency, EU institution, programme) co-developing or reusing tools.",
  keyDescription: "Slug, e.g. `zendis`, `opendesk`, `european-commission`.",
  props: [
    p("name", "text"),
    {
      ...p("kind", "string", "STATE, AGENCY, EU_INSTITUTION or PROGRAMME."),
      deprecationReason: "Use `partnerKind` (enum PartnerKind).",
    },
    enumProp("partnerKind", PARTNER_KIND, "What kind of partner this is.", "kind"),
    p("country", "string"),
    p("sector", "string"),
    p("psoId", "string"),
  ],
  relations: [
    rel(
      "software",
      "Software this partner co-develops or integrates.",
      out("CO_DEVELOPS|INTEGRATES", "Software"),
    ),
    rel("coDevelops", "Software this partner co-develops.", out("CO_DEVELOPS", "Software")),
    rel("integrates", "Software this partner integrates.", out("INTEGRATES", "Software")),
    rel(
      "contributors",
      "Contributors affiliated with this partner.",
      inn("AFFILIATED_WITH", "Contributor"),
    ),
  ],
  groups: [
    { field: "country", description: "Partners by country.", kind: "property", prop: "country" },
  ],
};
