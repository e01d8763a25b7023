import { ministryHops } from "./ministry-membership";

import { enumProp, type EntityDef, inn, out, p, rel } from "./types";
import { SILL_STATUS } from "./vocabularies";

export const SOFTWARE: EntityDef = {
  label: "Software",
  typeName: "Software",
  plural: "software",
  description:
    "A shared tool: SILL software, La Suite numérique products, FranceConnect, ProConnect…",
  keyDescription: "`sill:<id>`, `lasuite:<repo>`, `lasuite`, `franceconnect`, `proconnect`.",
  props: [
    p("name", "text"),
    p("function", "string"),
    p("kind", "string"),
    p("licence", "string"),
    p("sillId", "int"),
    enumProp("sillStatus", SILL_STATUS, "Status in the SILL 2022 catalogue."),
    p("mimGroup", "string"),
    p("years", "intList"),
    p("inSill2022", "boolean"),
    p("madeByPublicSector", "boolean"),
    p("supportContract", "boolean"),
    p("supportContract2025", "boolean"),
    p("wikidataId", "string"),
    p("comptoirId", "int"),
    p("versionMin", "string"),
    p("website", "url"),
    p("usersMid2024", "int"),
  ],
  relations: [
    rel("repositories", "Repositories implementing it.", inn("IMPLEMENTS", "Repository")),
    rel("users", "Organisations that use or deploy it.", inn("USES|DEPLOYS", "Organization")),
    rel("ministryUsers", "Ministries that use it.", inn("USES", "Ministry")),
    rel("funders", "Organisations that fund it.", inn("FUNDS", "Organization")),
    rel("dependencies", "Software it depends on (direct).", out("DEPENDS_ON", "Software")),
    rel("packageDependencies", "Packages it depends on (direct).", out("DEPENDS_ON", "Package")),
    rel("dependents", "Software that depends on it (direct).", inn("DEPENDS_ON", "Software")),
    rel(
      "dependentRepositories",
      "Repositories that depend on it.",
      inn("DEPENDS_ON", "Repository"),
    ),
    rel("partOf", "Suite or parent it belongs to.", out("PART_OF", "Software")),
    rel("parts", "Its components.", inn("PART_OF", "Software")),
    rel("similar", "Similar software (SILL).", out("SIMILAR_TO", "Software")),
    rel("producers", "Start-ups that build it.", inn("PRODUCES", "Startup")),
    rel(
      "partners",
      "Partners that co-develop or integrate it.",
      inn("CO_DEVELOPS|INTEGRATES", "Partner"),
    ),
    rel(
      "contributors",
      "Contributors to its repositories.",
      inn("IMPLEMENTS", "Repository"),
      inn("CONTRIBUTES_TO", "Contributor"),
    ),
  ],
  groups: [
    { field: "licence", description: "Software by licence.", kind: "property", prop: "licence" },
    {
      field: "sillStatus",
      description: "Software by SILL status.",
      kind: "property",
      prop: "sillStatus",
    },
    { field: "kind", description: "Software by kind.", kind: "property", prop: "kind" },
  ],
};

export const REPOSITORY: EntityDef = {
  label: "Repository",
  typeName: "Repository",
  plural: "repositories",
  description: "A public source-code repository.",
  keyDescription: "Normalised URL `host/owner/name`, e.g. `github.com/suitenumerique/docs`.",
  props: [
    p("name", "text"),
    p("platform", "string"),
    p("language", "string"),
    p("license", "string"),
    p("isFork", "boolean"),
    p("isArchived", "boolean"),
    p("createdAt", "date"),
    p("lastUpdate", "date"),
    p("stars", "int"),
    p("forks", "int"),
    p("openIssues", "int"),
    p("topics", "stringList"),
    p("swhArchived", "boolean", "Archived by Software Heritage."),
    p("awesome", "boolean", "Listed in the code.gouv.fr awesome list."),
    p("commitsNoMerges", "int"),
    p("humanAuthorEmails", "int"),
    p("humanAuthorsActive12m", "int"),
    p("snapshotDate", "date"),
  ],
  relations: [
    rel("startups", "Start-ups using this repository.", inn("HAS_REPOSITORY", "Startup")),
    rel("forgeAccounts", "The forge account hosting it.", out("HOSTED_BY", "ForgeAccount")),
    rel("ownerOrganizations", "Organisation owning it.", out("OWNED_BY", "Organization")),
    rel("ownerMinistries", "Ministry owning it directly.", out("OWNED_BY", "Ministry")),
    rel(
      "ministries",
      "Ministries this repository belongs to: its owner, or its owner's ministry.",
      ...ministryHops("Repository"),
    ),
    rel("software", "Software it implements.", out("IMPLEMENTS", "Software")),
    rel("softwareDependencies", "Shared software it depends on.", out("DEPENDS_ON", "Software")),
    rel("packageDependencies", "Packages it depends on.", out("DEPENDS_ON", "Package")),
    rel("contributors", "Contributors (pseudonymised).", inn("CONTRIBUTES_TO", "Contributor")),
    rel("publishedPackages", "Packages published from it.", inn("PUBLISHED_FROM", "Package")),
  ],
  groups: [
    {
      field: "language",
      description: "Repositories by language.",
      kind: "property",
      prop: "language",
    },
    {
      field: "license",
      description: "Repositories by licence.",
      kind: "property",
      prop: "license",
    },
    {
      field: "platform",
      description: "Repositories by platform.",
      kind: "property",
      prop: "platform",
    },
    {
      field: "ministry",
      description: "Repositories by ministry (owner or owner's ministry).",
      kind: "path",
      hops: ministryHops("Repository"),
      nameProp: "name",
    },
  ],
};

export const FORGE_ACCOUNT: EntityDef = {
  label: "ForgeAccount",
  typeName: "ForgeAccount",
  plural: "forgeAccounts",
  description: "An account or group on a code forge.",
  keyDescription: "`github.com/<owner>`, `<gitlab host>/<group>` or a dedicated forge host.",
  props: [
    p("host", "string"),
    p("login", "string"),
    p("displayName", "text"),
    p("platform", "string"),
    p("listed", "boolean", "Listed in code.gouv.fr's comptes-organismes-publics."),
    p("psoId", "string"),
    p("isVerified", "boolean"),
    p("repositoriesCount2021", "int"),
  ],
  relations: [
    rel("repositories", "Repositories hosted on this account.", inn("HOSTED_BY", "Repository")),
    rel("organizations", "Organisations holding it.", inn("HAS_FORGE_ACCOUNT", "Organization")),
    rel(
      "ministries",
      "Ministries this account belongs to: held by the ministry or by one of its organisations.",
      ...ministryHops("ForgeAccount"),
    ),
    rel("startups", "Start-ups holding it.", inn("HAS_FORGE_ACCOUNT", "Startup")),
  ],
  groups: [
    { field: "platform", description: "Accounts by platform.", kind: "property", prop: "platform" },
  ],
};

export const PACKAGE: EntityDef = {
  label: "Package",
  typeName: "Package",
  plural: "packages",
  description: "A published package (npm, PyPI…).",
  keyDescription: "`<ecosystem>:<name>`, e.g. `npm:react`.",
  props: [
    p("name", "text"),
    p("ecosystem", "string"),
    p("language", "string"),
    p("license", "string"),
    p("latestVersion", "string"),
    p("stars", "int"),
    p("rank", "int"),
    p("publishedByPublicBody", "boolean"),
  ],
  relations: [
    rel("publishedFrom", "Repository it is published from.", out("PUBLISHED_FROM", "Repository")),
    rel("dependentSoftware", "Software depending on it.", inn("DEPENDS_ON", "Software")),
    rel("dependentRepositories", "Repositories depending on it.", inn("DEPENDS_ON", "Repository")),
  ],
  groups: [
    {
      field: "ecosystem",
      description: "Packages by ecosystem.",
      kind: "property",
      prop: "ecosystem",
    },
  ],
};
