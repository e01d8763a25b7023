import { ministryHops } from "./ministry-membership";

import { enumProp, type EntityDef, inn, out, p, rel } from "./types";
import { SECTOR, STARTUP_PHASE } from "./vocabularies";

export const INCUBATOR: EntityDef = {
  label: "Incubator",
  typeName: "Incubator",
  plural: "incubators",
  description: "A beta.gouv.fr incubator.",
  keyDescription: "beta.gouv.fr incubator id.",
  props: [p("name", "text"), p("website", "url"), p("githubUrl", "url")],
  relations: [
    rel("owners", "Organisations that own this incubator.", out("OWNED_BY", "Organization")),
    rel("ministries", "Ministries of its owners.", ...ministryHops("Incubator")),
    rel("startups", "Start-ups incubated here.", inn("INCUBATED_BY", "Startup")),
  ],
  groups: [],
};

export const STARTUP: EntityDef = {
  label: "Startup",
  typeName: "Startup",
  plural: "startups",
  description: "A start-up d'État (beta.gouv.fr).",
  keyDescription: "beta.gouv.fr start-up id, e.g. `mon-entreprise`.",
  props: [
    p("title", "text"),
    enumProp(
      "phase",
      STARTUP_PHASE,
      "Current phase (the one with the latest start).",
      "currentPhase",
    ),
    {
      ...p("currentPhase", "string", "Current phase id, e.g. `construction`, `acceleration`."),
      deprecationReason: "Use `phase` (enum StartupPhase).",
    },
    p("currentPhaseStart", "date"),
    p("serviceUrl", "url"),
    p("repositoryUrl", "url"),
    p("techno", "stringList", "Normalised technologies."),
    p("usertypes", "stringList"),
    p("thematiques", "stringList"),
    p("eventNames", "stringList"),
    p("fastPromotion", "int"),
    p("fastAmount", "int", "FAST funding in euros."),
    p("nationalImpact", "boolean"),
    p("accessibilityStatus", "string"),
  ],
  relations: [
    rel("incubators", "Incubators of this start-up.", out("INCUBATED_BY", "Incubator")),
    rel("sponsors", "Sponsoring organisations.", out("SPONSORED_BY", "Organization")),
    rel(
      "ministries",
      "Ministries this start-up belongs to: those of its sponsors (PART_OF or SAME_AS).",
      ...ministryHops("Startup"),
    ),
    rel("phases", "Phases this start-up went through.", out("IN_PHASE", "Phase")),
    rel("members", "Team members (pseudonymised).", inn("MEMBER_OF", "Contributor")),
    rel("repositories", "Code repositories.", out("HAS_REPOSITORY", "Repository")),
    rel("forgeAccounts", "Forge accounts.", out("HAS_FORGE_ACCOUNT", "ForgeAccount")),
    rel("softwareProduced", "Shared software this start-up builds.", out("PRODUCES", "Software")),
    rel(
      "softwareUsed",
      "Software its repositories depend on.",
      out("HAS_REPOSITORY", "Repository"),
      out("DEPENDS_ON", "Software"),
    ),
  ],
  groups: [
    {
      field: "phase",
      description: "Start-ups by current phase.",
      kind: "property",
      prop: "currentPhase",
    },
    {
      field: "incubator",
      description: "Start-ups by incubator.",
      kind: "path",
      hops: [out("INCUBATED_BY", "Incubator")],
      nameProp: "name",
    },
    {
      field: "ministry",
      description: "Start-ups by ministry of their sponsors (PART_OF or SAME_AS).",
      kind: "path",
      hops: ministryHops("Startup"),
      nameProp: "name",
    },
    {
      field: "sponsor",
      description: "Start-ups by sponsor.",
      kind: "path",
      hops: [out("SPONSORED_BY", "Organization")],
      nameProp: "name",
    },
  ],
};

export const PHASE: EntityDef = {
  label: "Phase",
  typeName: "Phase",
  plural: "phases",
  description: "A start-up phase of the beta.gouv.fr method.",
  keyDescription: "Phase id, e.g. `investigation`, `construction`.",
  props: [p("label", "text"), p("order", "int")],
  relations: [
    rel("startups", "Start-ups that went through this phase.", inn("IN_PHASE", "Startup")),
  ],
  groups: [],
};

export const CONTRIBUTOR: EntityDef = {
  label: "Contributor",
  typeName: "Contributor",
  plural: "contributors",
  description: "A pseudonymised person: a beta.gouv.fr member or a git author. No name, no e-mail.",
  keyDescription: "`beta:<hash>` or `git:<id>`.",
  props: [
    p("kind", "string"),
    p("role", "string"),
    p("domain", "string"),
    p("memberType", "string"),
    {
      ...p("sector", "string", "Sector of the affiliation, as a string."),
      deprecationReason: "Use `affiliationSector` (enum Sector).",
    },
    enumProp(
      "affiliationSector",
      SECTOR,
      "Sector of the body this person is affiliated with (UNKNOWN when not known).",
      "sector",
    ),
    p("isBot", "boolean"),
    p("missionCount", "int"),
    p("firstMissionStart", "date"),
    p("lastMissionEnd", "date"),
    p("emailDomainClass", "string"),
    p("publicSectorDomain", "string"),
  ],
  relations: [
    rel("startups", "Start-ups this person worked for.", out("MEMBER_OF", "Startup")),
    rel(
      "repositories",
      "Repositories this person committed to.",
      out("CONTRIBUTES_TO", "Repository"),
    ),
    rel(
      "organizations",
      "Organisations this person is affiliated with.",
      out("AFFILIATED_WITH", "Organization"),
    ),
    rel("partners", "Partners this person is affiliated with.", out("AFFILIATED_WITH", "Partner")),
  ],
  groups: [
    { field: "domain", description: "Contributors by domain.", kind: "property", prop: "domain" },
    { field: "sector", description: "Contributors by sector.", kind: "property", prop: "sector" },
  ],
};
