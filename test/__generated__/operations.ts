/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Boolean test. */
export type BooleanFilter = {
  /** Equal to. */
  eq?: boolean | null | undefined;
  /** true: the value is missing; false: it is present. */
  isNull?: boolean | null | undefined;
};

/** Quantifiers over related Contributor nodes. */
export type ContributorRelationFilter = {
  /** Every related node matches (true when none). */
  all?: ContributorWhere | null | undefined;
  /** No related node matches. */
  none?: ContributorWhere | null | undefined;
  /** At least one related node matches. */
  some?: ContributorWhere | null | undefined;
};

/** Filter on Contributor. */
export type ContributorWhere = {
  /** All of these. */
  AND?: Array<ContributorWhere> | null | undefined;
  /** Not this. */
  NOT?: ContributorWhere | null | undefined;
  /** At least one of these. */
  OR?: Array<ContributorWhere> | null | undefined;
  domain?: StringFilter | null | undefined;
  emailDomainClass?: StringFilter | null | undefined;
  firstMissionStart?: DateFilter | null | undefined;
  isBot?: BooleanFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  kind?: StringFilter | null | undefined;
  lastMissionEnd?: DateFilter | null | undefined;
  memberType?: StringFilter | null | undefined;
  missionCount?: IntFilter | null | undefined;
  /** Organisations this person is affiliated with. */
  organizations?: OrganizationRelationFilter | null | undefined;
  /** Number of organizations. */
  organizationsAggregate?: RelationshipCountFilter | null | undefined;
  /** Partners this person is affiliated with. */
  partners?: PartnerRelationFilter | null | undefined;
  /** Number of partners. */
  partnersAggregate?: RelationshipCountFilter | null | undefined;
  publicSectorDomain?: StringFilter | null | undefined;
  /** Repositories this person committed to. */
  repositories?: RepositoryRelationFilter | null | undefined;
  /** Number of repositories. */
  repositoriesAggregate?: RelationshipCountFilter | null | undefined;
  role?: StringFilter | null | undefined;
  sector?: StringFilter | null | undefined;
  /** Start-ups this person worked for. */
  startups?: StartupRelationFilter | null | undefined;
  /** Number of startups. */
  startupsAggregate?: RelationshipCountFilter | null | undefined;
};

/** Date comparisons (YYYY-MM-DD). */
export type DateFilter = {
  /** Equal to. */
  eq?: string | null | undefined;
  /** Greater than. */
  gt?: string | null | undefined;
  /** Greater than or equal. */
  gte?: string | null | undefined;
  /** Equal to one of. */
  in?: Array<string> | null | undefined;
  /** true: the value is missing; false: it is present. */
  isNull?: boolean | null | undefined;
  /** Less than. */
  lt?: string | null | undefined;
  /** Less than or equal. */
  lte?: string | null | undefined;
};

/** Quantifiers over related DigitalDirectorate nodes. */
export type DigitalDirectorateRelationFilter = {
  /** Every related node matches (true when none). */
  all?: DigitalDirectorateWhere | null | undefined;
  /** No related node matches. */
  none?: DigitalDirectorateWhere | null | undefined;
  /** At least one related node matches. */
  some?: DigitalDirectorateWhere | null | undefined;
};

/** Filter on DigitalDirectorate. */
export type DigitalDirectorateWhere = {
  /** All of these. */
  AND?: Array<DigitalDirectorateWhere> | null | undefined;
  /** Not this. */
  NOT?: DigitalDirectorateWhere | null | undefined;
  /** At least one of these. */
  OR?: Array<DigitalDirectorateWhere> | null | undefined;
  acronym?: TextFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /** The ministry this directorate belongs to. */
  ministries?: MinistryRelationFilter | null | undefined;
  /** Number of ministries. */
  ministriesAggregate?: RelationshipCountFilter | null | undefined;
  name?: TextFilter | null | undefined;
  /** The beta.gouv.fr organisation that is this directorate. */
  organizations?: OrganizationRelationFilter | null | undefined;
  /** Number of organizations. */
  organizationsAggregate?: RelationshipCountFilter | null | undefined;
  sector?: StringFilter | null | undefined;
  /** True when it refers software in the SILL. */
  sillReferent?: BooleanFilter | null | undefined;
};

/** Entity kinds, one per node label (`Node.kind`, `search(types:)`): `STARTUP` is the label `Startup`. */
export type EntityType =
  | 'CONTRIBUTOR'
  | 'DIGITAL_DIRECTORATE'
  | 'FORGE_ACCOUNT'
  | 'INCUBATOR'
  | 'MINISTRY'
  | 'ORGANIZATION'
  | 'PACKAGE'
  | 'PARTNER'
  | 'PHASE'
  | 'REPOSITORY'
  | 'SOFTWARE'
  | 'STARTUP';

/** Quantifiers over related ForgeAccount nodes. */
export type ForgeAccountRelationFilter = {
  /** Every related node matches (true when none). */
  all?: ForgeAccountWhere | null | undefined;
  /** No related node matches. */
  none?: ForgeAccountWhere | null | undefined;
  /** At least one related node matches. */
  some?: ForgeAccountWhere | null | undefined;
};

/** Filter on ForgeAccount. */
export type ForgeAccountWhere = {
  /** All of these. */
  AND?: Array<ForgeAccountWhere> | null | undefined;
  /** Not this. */
  NOT?: ForgeAccountWhere | null | undefined;
  /** At least one of these. */
  OR?: Array<ForgeAccountWhere> | null | undefined;
  displayName?: TextFilter | null | undefined;
  host?: StringFilter | null | undefined;
  isVerified?: BooleanFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /** Listed in code.gouv.fr's comptes-organismes-publics. */
  listed?: BooleanFilter | null | undefined;
  login?: StringFilter | null | undefined;
  /** Ministries this account belongs to: held by the ministry or by one of its organisations. */
  ministries?: MinistryRelationFilter | null | undefined;
  /** Number of ministries. */
  ministriesAggregate?: RelationshipCountFilter | null | undefined;
  /** Organisations holding it. */
  organizations?: OrganizationRelationFilter | null | undefined;
  /** Number of organizations. */
  organizationsAggregate?: RelationshipCountFilter | null | undefined;
  platform?: StringFilter | null | undefined;
  psoId?: StringFilter | null | undefined;
  /** Repositories hosted on this account. */
  repositories?: RepositoryRelationFilter | null | undefined;
  /** Number of repositories. */
  repositoriesAggregate?: RelationshipCountFilter | null | undefined;
  repositoriesCount2021?: IntFilter | null | undefined;
  /** Start-ups holding it. */
  startups?: StartupRelationFilter | null | undefined;
  /** Number of startups. */
  startupsAggregate?: RelationshipCountFilter | null | undefined;
};

/** Quantifiers over related Incubator nodes. */
export type IncubatorRelationFilter = {
  /** Every related node matches (true when none). */
  all?: IncubatorWhere | null | undefined;
  /** No related node matches. */
  none?: IncubatorWhere | null | undefined;
  /** At least one related node matches. */
  some?: IncubatorWhere | null | undefined;
};

/** Filter on Incubator. */
export type IncubatorWhere = {
  /** All of these. */
  AND?: Array<IncubatorWhere> | null | undefined;
  /** Not this. */
  NOT?: IncubatorWhere | null | undefined;
  /** At least one of these. */
  OR?: Array<IncubatorWhere> | null | undefined;
  githubUrl?: StringFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /** Ministries of its owners. */
  ministries?: MinistryRelationFilter | null | undefined;
  /** Number of ministries. */
  ministriesAggregate?: RelationshipCountFilter | null | undefined;
  name?: TextFilter | null | undefined;
  /** Organisations that own this incubator. */
  owners?: OrganizationRelationFilter | null | undefined;
  /** Number of owners. */
  ownersAggregate?: RelationshipCountFilter | null | undefined;
  /** Start-ups incubated here. */
  startups?: StartupRelationFilter | null | undefined;
  /** Number of startups. */
  startupsAggregate?: RelationshipCountFilter | null | undefined;
  website?: StringFilter | null | undefined;
};

/** Integer comparisons. */
export type IntFilter = {
  /** Equal to. */
  eq?: number | null | undefined;
  /** Greater than. */
  gt?: number | null | undefined;
  /** Greater than or equal. */
  gte?: number | null | undefined;
  /** Equal to one of. */
  in?: Array<number> | null | undefined;
  /** true: the value is missing; false: it is present. */
  isNull?: boolean | null | undefined;
  /** Less than. */
  lt?: number | null | undefined;
  /** Less than or equal. */
  lte?: number | null | undefined;
};

/** Tests on a list property. */
export type IntListFilter = {
  /** The list contains this value. */
  includes?: number | null | undefined;
  /** The list contains all these values. */
  includesAll?: Array<number> | null | undefined;
  /** The list contains at least one of these values. */
  includesAny?: Array<number> | null | undefined;
  /** true: the list is missing or empty; false: it holds at least one value. */
  isEmpty?: boolean | null | undefined;
};

/** Quantifiers over related Ministry nodes. */
export type MinistryRelationFilter = {
  /** Every related node matches (true when none). */
  all?: MinistryWhere | null | undefined;
  /** No related node matches. */
  none?: MinistryWhere | null | undefined;
  /** At least one related node matches. */
  some?: MinistryWhere | null | undefined;
};

/** Filter on Ministry. */
export type MinistryWhere = {
  /** All of these. */
  AND?: Array<MinistryWhere> | null | undefined;
  /** Not this. */
  NOT?: MinistryWhere | null | undefined;
  /** At least one of these. */
  OR?: Array<MinistryWhere> | null | undefined;
  /** Digital directorates of this ministry. */
  directorates?: DigitalDirectorateRelationFilter | null | undefined;
  /** Number of directorates. */
  directoratesAggregate?: RelationshipCountFilter | null | undefined;
  /** Forge accounts (GitHub, GitLab…) held by this ministry or one of its organisations. */
  forgeAccounts?: ForgeAccountRelationFilter | null | undefined;
  /** Number of forgeAccounts. */
  forgeAccountsAggregate?: RelationshipCountFilter | null | undefined;
  /** Incubators owned by one of this ministry's organisations. */
  incubators?: IncubatorRelationFilter | null | undefined;
  /** Number of incubators. */
  incubatorsAggregate?: RelationshipCountFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /** MINISTRY, PRIME_MINISTER or GROUPING. */
  kind?: StringFilter | null | undefined;
  name?: TextFilter | null | undefined;
  officialName?: TextFilter | null | undefined;
  /** Organisations that belong to this ministry: bodies attached to it (PART_OF) and its own organisation files (SAME_AS). */
  organizations?: OrganizationRelationFilter | null | undefined;
  /** Number of organizations. */
  organizationsAggregate?: RelationshipCountFilter | null | undefined;
  ospoName?: StringFilter | null | undefined;
  ospoUrl?: StringFilter | null | undefined;
  /** DILA public-service-organisation uuid. */
  psoId?: StringFilter | null | undefined;
  /** Repositories that belong to this ministry: owned by it or by one of its organisations. */
  repositories?: RepositoryRelationFilter | null | undefined;
  /** Number of repositories. */
  repositoriesAggregate?: RelationshipCountFilter | null | undefined;
  /** beta.gouv.fr organisation files that are this ministry. */
  sameAsOrganizations?: OrganizationRelationFilter | null | undefined;
  /** Number of sameAsOrganizations. */
  sameAsOrganizationsAggregate?: RelationshipCountFilter | null | undefined;
  /** Shared software this ministry uses. */
  softwareUsed?: SoftwareRelationFilter | null | undefined;
  /** Number of softwareUsed. */
  softwareUsedAggregate?: RelationshipCountFilter | null | undefined;
  /** Start-ups that belong to this ministry: sponsored by one of its organisations (including its own organisation file). */
  sponsoredStartups?: StartupRelationFilter | null | undefined;
  /** Number of sponsoredStartups. */
  sponsoredStartupsAggregate?: RelationshipCountFilter | null | undefined;
};

/** Quantifiers over related Organization nodes. */
export type OrganizationRelationFilter = {
  /** Every related node matches (true when none). */
  all?: OrganizationWhere | null | undefined;
  /** No related node matches. */
  none?: OrganizationWhere | null | undefined;
  /** At least one related node matches. */
  some?: OrganizationWhere | null | undefined;
};

/** Filter on Organization. */
export type OrganizationWhere = {
  /** All of these. */
  AND?: Array<OrganizationWhere> | null | undefined;
  /** Not this. */
  NOT?: OrganizationWhere | null | undefined;
  /** At least one of these. */
  OR?: Array<OrganizationWhere> | null | undefined;
  acronym?: TextFilter | null | undefined;
  betagouvId?: StringFilter | null | undefined;
  /** Contributors affiliated with this body. */
  contributors?: ContributorRelationFilter | null | undefined;
  /** Number of contributors. */
  contributorsAggregate?: RelationshipCountFilter | null | undefined;
  country?: StringFilter | null | undefined;
  /** Digital directorate that is this organisation. */
  directorates?: DigitalDirectorateRelationFilter | null | undefined;
  /** Number of directorates. */
  directoratesAggregate?: RelationshipCountFilter | null | undefined;
  flossPolicy?: StringFilter | null | undefined;
  /** Forge accounts of this body. */
  forgeAccounts?: ForgeAccountRelationFilter | null | undefined;
  /** Number of forgeAccounts. */
  forgeAccountsAggregate?: RelationshipCountFilter | null | undefined;
  /** Incubators this body owns. */
  incubators?: IncubatorRelationFilter | null | undefined;
  /** Number of incubators. */
  incubatorsAggregate?: RelationshipCountFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  kind?: StringFilter | null | undefined;
  /** Ministry this body belongs to: attached to it (PART_OF) or its own organisation file (SAME_AS). */
  ministries?: MinistryRelationFilter | null | undefined;
  /** Number of ministries. */
  ministriesAggregate?: RelationshipCountFilter | null | undefined;
  ministryDomain?: StringFilter | null | undefined;
  name?: TextFilter | null | undefined;
  ospoName?: StringFilter | null | undefined;
  ospoUrl?: StringFilter | null | undefined;
  psoId?: StringFilter | null | undefined;
  /** Repositories owned by this body. */
  repositories?: RepositoryRelationFilter | null | undefined;
  /** Number of repositories. */
  repositoriesAggregate?: RelationshipCountFilter | null | undefined;
  /** Ministry this organisation file stands for. */
  sameAsMinistries?: MinistryRelationFilter | null | undefined;
  /** Number of sameAsMinistries. */
  sameAsMinistriesAggregate?: RelationshipCountFilter | null | undefined;
  /** STATE, COMPANY, CIVIL_SOCIETY, FOREIGN_STATE or UNKNOWN. */
  sector?: StringFilter | null | undefined;
  sillReferent?: BooleanFilter | null | undefined;
  /** Software this body funds. */
  softwareFunded?: SoftwareRelationFilter | null | undefined;
  /** Number of softwareFunded. */
  softwareFundedAggregate?: RelationshipCountFilter | null | undefined;
  /** Software this body uses or deploys. */
  softwareUsed?: SoftwareRelationFilter | null | undefined;
  /** Number of softwareUsed. */
  softwareUsedAggregate?: RelationshipCountFilter | null | undefined;
  /** Start-ups this body sponsors. */
  sponsoredStartups?: StartupRelationFilter | null | undefined;
  /** Number of sponsoredStartups. */
  sponsoredStartupsAggregate?: RelationshipCountFilter | null | undefined;
  website?: StringFilter | null | undefined;
};

/** Quantifiers over related Package nodes. */
export type PackageRelationFilter = {
  /** Every related node matches (true when none). */
  all?: PackageWhere | null | undefined;
  /** No related node matches. */
  none?: PackageWhere | null | undefined;
  /** At least one related node matches. */
  some?: PackageWhere | null | undefined;
};

/** Filter on Package. */
export type PackageWhere = {
  /** All of these. */
  AND?: Array<PackageWhere> | null | undefined;
  /** Not this. */
  NOT?: PackageWhere | null | undefined;
  /** At least one of these. */
  OR?: Array<PackageWhere> | null | undefined;
  /** Repositories depending on it. */
  dependentRepositories?: RepositoryRelationFilter | null | undefined;
  /** Number of dependentRepositories. */
  dependentRepositoriesAggregate?: RelationshipCountFilter | null | undefined;
  /** Software depending on it. */
  dependentSoftware?: SoftwareRelationFilter | null | undefined;
  /** Number of dependentSoftware. */
  dependentSoftwareAggregate?: RelationshipCountFilter | null | undefined;
  ecosystem?: StringFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  language?: StringFilter | null | undefined;
  latestVersion?: StringFilter | null | undefined;
  license?: StringFilter | null | undefined;
  name?: TextFilter | null | undefined;
  publishedByPublicBody?: BooleanFilter | null | undefined;
  /** Repository it is published from. */
  publishedFrom?: RepositoryRelationFilter | null | undefined;
  /** Number of publishedFrom. */
  publishedFromAggregate?: RelationshipCountFilter | null | undefined;
  rank?: IntFilter | null | undefined;
  stars?: IntFilter | null | undefined;
};

/** Quantifiers over related Partner nodes. */
export type PartnerRelationFilter = {
  /** Every related node matches (true when none). */
  all?: PartnerWhere | null | undefined;
  /** No related node matches. */
  none?: PartnerWhere | null | undefined;
  /** At least one related node matches. */
  some?: PartnerWhere | null | undefined;
};

/** Filter on Partner. */
export type PartnerWhere = {
  /** All of these. */
  AND?: Array<PartnerWhere> | null | undefined;
  /** Not this. */
  NOT?: PartnerWhere | null | undefined;
  /** At least one of these. */
  OR?: Array<PartnerWhere> | null | undefined;
  /** Software this partner co-develops. */
  coDevelops?: SoftwareRelationFilter | null | undefined;
  /** Number of coDevelops. */
  coDevelopsAggregate?: RelationshipCountFilter | null | undefined;
  /** Contributors affiliated with this partner. */
  contributors?: ContributorRelationFilter | null | undefined;
  /** Number of contributors. */
  contributorsAggregate?: RelationshipCountFilter | null | undefined;
  country?: StringFilter | null | undefined;
  /** Software this partner integrates. */
  integrates?: SoftwareRelationFilter | null | undefined;
  /** Number of integrates. */
  integratesAggregate?: RelationshipCountFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /** STATE, AGENCY, EU_INSTITUTION or PROGRAMME. */
  kind?: StringFilter | null | undefined;
  name?: TextFilter | null | undefined;
  psoId?: StringFilter | null | undefined;
  sector?: StringFilter | null | undefined;
  /** Software this partner co-develops or integrates. */
  software?: SoftwareRelationFilter | null | undefined;
  /** Number of software. */
  softwareAggregate?: RelationshipCountFilter | null | undefined;
};

/** Quantifiers over related Phase nodes. */
export type PhaseRelationFilter = {
  /** Every related node matches (true when none). */
  all?: PhaseWhere | null | undefined;
  /** No related node matches. */
  none?: PhaseWhere | null | undefined;
  /** At least one related node matches. */
  some?: PhaseWhere | null | undefined;
};

/** Filter on Phase. */
export type PhaseWhere = {
  /** All of these. */
  AND?: Array<PhaseWhere> | null | undefined;
  /** Not this. */
  NOT?: PhaseWhere | null | undefined;
  /** At least one of these. */
  OR?: Array<PhaseWhere> | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  label?: TextFilter | null | undefined;
  order?: IntFilter | null | undefined;
  /** Start-ups that went through this phase. */
  startups?: StartupRelationFilter | null | undefined;
  /** Number of startups. */
  startupsAggregate?: RelationshipCountFilter | null | undefined;
};

/** Filter on the number of distinct related nodes, e.g. `usersAggregate: { count: { gt: 5 } }`. */
export type RelationshipCountFilter = {
  count?: IntFilter | null | undefined;
};

/** Quantifiers over related Repository nodes. */
export type RepositoryRelationFilter = {
  /** Every related node matches (true when none). */
  all?: RepositoryWhere | null | undefined;
  /** No related node matches. */
  none?: RepositoryWhere | null | undefined;
  /** At least one related node matches. */
  some?: RepositoryWhere | null | undefined;
};

/** Filter on Repository. */
export type RepositoryWhere = {
  /** All of these. */
  AND?: Array<RepositoryWhere> | null | undefined;
  /** Not this. */
  NOT?: RepositoryWhere | null | undefined;
  /** At least one of these. */
  OR?: Array<RepositoryWhere> | null | undefined;
  /** Listed in the code.gouv.fr awesome list. */
  awesome?: BooleanFilter | null | undefined;
  commitsNoMerges?: IntFilter | null | undefined;
  /** Contributors (pseudonymised). */
  contributors?: ContributorRelationFilter | null | undefined;
  /** Number of contributors. */
  contributorsAggregate?: RelationshipCountFilter | null | undefined;
  createdAt?: DateFilter | null | undefined;
  /** The forge account hosting it. */
  forgeAccounts?: ForgeAccountRelationFilter | null | undefined;
  /** Number of forgeAccounts. */
  forgeAccountsAggregate?: RelationshipCountFilter | null | undefined;
  forks?: IntFilter | null | undefined;
  humanAuthorEmails?: IntFilter | null | undefined;
  humanAuthorsActive12m?: IntFilter | null | undefined;
  isArchived?: BooleanFilter | null | undefined;
  isFork?: BooleanFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  language?: StringFilter | null | undefined;
  lastUpdate?: DateFilter | null | undefined;
  license?: StringFilter | null | undefined;
  /** Ministries this repository belongs to: its owner, or its owner's ministry. */
  ministries?: MinistryRelationFilter | null | undefined;
  /** Number of ministries. */
  ministriesAggregate?: RelationshipCountFilter | null | undefined;
  name?: TextFilter | null | undefined;
  openIssues?: IntFilter | null | undefined;
  /** Ministry owning it directly. */
  ownerMinistries?: MinistryRelationFilter | null | undefined;
  /** Number of ownerMinistries. */
  ownerMinistriesAggregate?: RelationshipCountFilter | null | undefined;
  /** Organisation owning it. */
  ownerOrganizations?: OrganizationRelationFilter | null | undefined;
  /** Number of ownerOrganizations. */
  ownerOrganizationsAggregate?: RelationshipCountFilter | null | undefined;
  /** Packages it depends on. */
  packageDependencies?: PackageRelationFilter | null | undefined;
  /** Number of packageDependencies. */
  packageDependenciesAggregate?: RelationshipCountFilter | null | undefined;
  platform?: StringFilter | null | undefined;
  /** Packages published from it. */
  publishedPackages?: PackageRelationFilter | null | undefined;
  /** Number of publishedPackages. */
  publishedPackagesAggregate?: RelationshipCountFilter | null | undefined;
  snapshotDate?: DateFilter | null | undefined;
  /** Software it implements. */
  software?: SoftwareRelationFilter | null | undefined;
  /** Number of software. */
  softwareAggregate?: RelationshipCountFilter | null | undefined;
  /** Shared software it depends on. */
  softwareDependencies?: SoftwareRelationFilter | null | undefined;
  /** Number of softwareDependencies. */
  softwareDependenciesAggregate?: RelationshipCountFilter | null | undefined;
  stars?: IntFilter | null | undefined;
  /** Start-ups using this repository. */
  startups?: StartupRelationFilter | null | undefined;
  /** Number of startups. */
  startupsAggregate?: RelationshipCountFilter | null | undefined;
  /** Archived by Software Heritage. */
  swhArchived?: BooleanFilter | null | undefined;
  topics?: StringListFilter | null | undefined;
};

/** Quantifiers over related Software nodes. */
export type SoftwareRelationFilter = {
  /** Every related node matches (true when none). */
  all?: SoftwareWhere | null | undefined;
  /** No related node matches. */
  none?: SoftwareWhere | null | undefined;
  /** At least one related node matches. */
  some?: SoftwareWhere | null | undefined;
};

/** Filter on Software. */
export type SoftwareWhere = {
  /** All of these. */
  AND?: Array<SoftwareWhere> | null | undefined;
  /** Not this. */
  NOT?: SoftwareWhere | null | undefined;
  /** At least one of these. */
  OR?: Array<SoftwareWhere> | null | undefined;
  comptoirId?: IntFilter | null | undefined;
  /** Contributors to its repositories. */
  contributors?: ContributorRelationFilter | null | undefined;
  /** Number of contributors. */
  contributorsAggregate?: RelationshipCountFilter | null | undefined;
  /** Software it depends on (direct). */
  dependencies?: SoftwareRelationFilter | null | undefined;
  /** Number of dependencies. */
  dependenciesAggregate?: RelationshipCountFilter | null | undefined;
  /** Repositories that depend on it. */
  dependentRepositories?: RepositoryRelationFilter | null | undefined;
  /** Number of dependentRepositories. */
  dependentRepositoriesAggregate?: RelationshipCountFilter | null | undefined;
  /** Software that depends on it (direct). */
  dependents?: SoftwareRelationFilter | null | undefined;
  /** Number of dependents. */
  dependentsAggregate?: RelationshipCountFilter | null | undefined;
  function?: StringFilter | null | undefined;
  /** Organisations that fund it. */
  funders?: OrganizationRelationFilter | null | undefined;
  /** Number of funders. */
  fundersAggregate?: RelationshipCountFilter | null | undefined;
  inSill2022?: BooleanFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  kind?: StringFilter | null | undefined;
  licence?: StringFilter | null | undefined;
  madeByPublicSector?: BooleanFilter | null | undefined;
  mimGroup?: StringFilter | null | undefined;
  /** Ministries that use it. */
  ministryUsers?: MinistryRelationFilter | null | undefined;
  /** Number of ministryUsers. */
  ministryUsersAggregate?: RelationshipCountFilter | null | undefined;
  name?: TextFilter | null | undefined;
  /** Packages it depends on (direct). */
  packageDependencies?: PackageRelationFilter | null | undefined;
  /** Number of packageDependencies. */
  packageDependenciesAggregate?: RelationshipCountFilter | null | undefined;
  /** Suite or parent it belongs to. */
  partOf?: SoftwareRelationFilter | null | undefined;
  /** Number of partOf. */
  partOfAggregate?: RelationshipCountFilter | null | undefined;
  /** Partners that co-develop or integrate it. */
  partners?: PartnerRelationFilter | null | undefined;
  /** Number of partners. */
  partnersAggregate?: RelationshipCountFilter | null | undefined;
  /** Its components. */
  parts?: SoftwareRelationFilter | null | undefined;
  /** Number of parts. */
  partsAggregate?: RelationshipCountFilter | null | undefined;
  /** Start-ups that build it. */
  producers?: StartupRelationFilter | null | undefined;
  /** Number of producers. */
  producersAggregate?: RelationshipCountFilter | null | undefined;
  /** Repositories implementing it. */
  repositories?: RepositoryRelationFilter | null | undefined;
  /** Number of repositories. */
  repositoriesAggregate?: RelationshipCountFilter | null | undefined;
  sillId?: IntFilter | null | undefined;
  /** RECOMMENDED, OBSERVATION or REMOVED. */
  sillStatus?: StringFilter | null | undefined;
  /** Similar software (SILL). */
  similar?: SoftwareRelationFilter | null | undefined;
  /** Number of similar. */
  similarAggregate?: RelationshipCountFilter | null | undefined;
  supportContract?: BooleanFilter | null | undefined;
  supportContract2025?: BooleanFilter | null | undefined;
  /** Organisations that use or deploy it. */
  users?: OrganizationRelationFilter | null | undefined;
  /** Number of users. */
  usersAggregate?: RelationshipCountFilter | null | undefined;
  usersMid2024?: IntFilter | null | undefined;
  versionMin?: StringFilter | null | undefined;
  website?: StringFilter | null | undefined;
  wikidataId?: StringFilter | null | undefined;
  years?: IntListFilter | null | undefined;
};

/** Ascending: missing values last. Descending: missing values first. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Quantifiers over related Startup nodes. */
export type StartupRelationFilter = {
  /** Every related node matches (true when none). */
  all?: StartupWhere | null | undefined;
  /** No related node matches. */
  none?: StartupWhere | null | undefined;
  /** At least one related node matches. */
  some?: StartupWhere | null | undefined;
};

/** One sort criterion for Startup; list several for ties. */
export type StartupSort = {
  accessibilityStatus?: SortDirection | null | undefined;
  /** Phase id, e.g. `construction`, `acceleration`. */
  currentPhase?: SortDirection | null | undefined;
  currentPhaseStart?: SortDirection | null | undefined;
  /** FAST funding in euros. */
  fastAmount?: SortDirection | null | undefined;
  fastPromotion?: SortDirection | null | undefined;
  /** Number of forgeAccounts. */
  forgeAccountsCount?: SortDirection | null | undefined;
  /** Number of incubators. */
  incubatorsCount?: SortDirection | null | undefined;
  key?: SortDirection | null | undefined;
  /** Number of members. */
  membersCount?: SortDirection | null | undefined;
  /** Number of ministries. */
  ministriesCount?: SortDirection | null | undefined;
  nationalImpact?: SortDirection | null | undefined;
  /** Number of phases. */
  phasesCount?: SortDirection | null | undefined;
  /** Number of repositories. */
  repositoriesCount?: SortDirection | null | undefined;
  repositoryUrl?: SortDirection | null | undefined;
  serviceUrl?: SortDirection | null | undefined;
  /** Number of softwareProduced. */
  softwareProducedCount?: SortDirection | null | undefined;
  /** Number of softwareUsed. */
  softwareUsedCount?: SortDirection | null | undefined;
  /** Number of sponsors. */
  sponsorsCount?: SortDirection | null | undefined;
  title?: SortDirection | null | undefined;
};

/** Filter on Startup. */
export type StartupWhere = {
  /** All of these. */
  AND?: Array<StartupWhere> | null | undefined;
  /** Not this. */
  NOT?: StartupWhere | null | undefined;
  /** At least one of these. */
  OR?: Array<StartupWhere> | null | undefined;
  accessibilityStatus?: StringFilter | null | undefined;
  /** Phase id, e.g. `construction`, `acceleration`. */
  currentPhase?: StringFilter | null | undefined;
  currentPhaseStart?: DateFilter | null | undefined;
  eventNames?: StringListFilter | null | undefined;
  /** FAST funding in euros. */
  fastAmount?: IntFilter | null | undefined;
  fastPromotion?: IntFilter | null | undefined;
  /** Forge accounts. */
  forgeAccounts?: ForgeAccountRelationFilter | null | undefined;
  /** Number of forgeAccounts. */
  forgeAccountsAggregate?: RelationshipCountFilter | null | undefined;
  /** Incubators of this start-up. */
  incubators?: IncubatorRelationFilter | null | undefined;
  /** Number of incubators. */
  incubatorsAggregate?: RelationshipCountFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /** Team members (pseudonymised). */
  members?: ContributorRelationFilter | null | undefined;
  /** Number of members. */
  membersAggregate?: RelationshipCountFilter | null | undefined;
  /** Ministries this start-up belongs to: those of its sponsors (PART_OF or SAME_AS). */
  ministries?: MinistryRelationFilter | null | undefined;
  /** Number of ministries. */
  ministriesAggregate?: RelationshipCountFilter | null | undefined;
  nationalImpact?: BooleanFilter | null | undefined;
  /** Phases this start-up went through. */
  phases?: PhaseRelationFilter | null | undefined;
  /** Number of phases. */
  phasesAggregate?: RelationshipCountFilter | null | undefined;
  /** Code repositories. */
  repositories?: RepositoryRelationFilter | null | undefined;
  /** Number of repositories. */
  repositoriesAggregate?: RelationshipCountFilter | null | undefined;
  repositoryUrl?: StringFilter | null | undefined;
  serviceUrl?: StringFilter | null | undefined;
  /** Shared software this start-up builds. */
  softwareProduced?: SoftwareRelationFilter | null | undefined;
  /** Number of softwareProduced. */
  softwareProducedAggregate?: RelationshipCountFilter | null | undefined;
  /** Software its repositories depend on. */
  softwareUsed?: SoftwareRelationFilter | null | undefined;
  /** Number of softwareUsed. */
  softwareUsedAggregate?: RelationshipCountFilter | null | undefined;
  /** Sponsoring organisations. */
  sponsors?: OrganizationRelationFilter | null | undefined;
  /** Number of sponsors. */
  sponsorsAggregate?: RelationshipCountFilter | null | undefined;
  /** Normalised technologies. */
  techno?: StringListFilter | null | undefined;
  thematiques?: StringListFilter | null | undefined;
  title?: TextFilter | null | undefined;
  usertypes?: StringListFilter | null | undefined;
};

/** Exact, case-sensitive string matching. */
export type StringFilter = {
  /** Contains. */
  contains?: string | null | undefined;
  /** Ends with. */
  endsWith?: string | null | undefined;
  /** Equal to. */
  eq?: string | null | undefined;
  /** Greater than. */
  gt?: string | null | undefined;
  /** Greater than or equal. */
  gte?: string | null | undefined;
  /** Equal to one of. */
  in?: Array<string> | null | undefined;
  /** true: the value is missing; false: it is present. */
  isNull?: boolean | null | undefined;
  /** Less than. */
  lt?: string | null | undefined;
  /** Less than or equal. */
  lte?: string | null | undefined;
  /** Starts with. */
  startsWith?: string | null | undefined;
};

/** Tests on a list property. */
export type StringListFilter = {
  /** The list contains this value. */
  includes?: string | null | undefined;
  /** The list contains all these values. */
  includesAll?: Array<string> | null | undefined;
  /** The list contains at least one of these values. */
  includesAny?: Array<string> | null | undefined;
  /** true: the list is missing or empty; false: it holds at least one value. */
  isEmpty?: boolean | null | undefined;
};

/** Name matching: eq/in/contains/startsWith/endsWith ignore case and accents ('eleve' finds 'Élève'). */
export type TextFilter = {
  /** Contains. */
  contains?: string | null | undefined;
  /** Ends with. */
  endsWith?: string | null | undefined;
  /** Equal to. */
  eq?: string | null | undefined;
  /** Greater than. */
  gt?: string | null | undefined;
  /** Greater than or equal. */
  gte?: string | null | undefined;
  /** Equal to one of. */
  in?: Array<string> | null | undefined;
  /** true: the value is missing; false: it is present. */
  isNull?: boolean | null | undefined;
  /** Less than. */
  lt?: string | null | undefined;
  /** Less than or equal. */
  lte?: string | null | undefined;
  /** Starts with. */
  startsWith?: string | null | undefined;
};

export type DatabaseInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type DatabaseInfoQuery = { databaseInfo: { version: string, edition: string, nodeCount: number, relationshipCount: number, labels: Array<{ label: string, count: number }>, relationshipTypes: Array<{ type: string, count: number }> } };

export type SearchQueryVariables = Exact<{
  query: string;
  types?: Array<EntityType> | EntityType | null | undefined;
  first?: number;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'Contributor', id: string }
      | { __typename: 'DigitalDirectorate', id: string }
      | { __typename: 'ForgeAccount', id: string }
      | { __typename: 'Incubator', id: string }
      | { __typename: 'Ministry', id: string }
      | { __typename: 'Organization', key: string, name: string | null, id: string }
      | { __typename: 'Package', id: string }
      | { __typename: 'Partner', id: string }
      | { __typename: 'Phase', id: string }
      | { __typename: 'Repository', key: string, id: string }
      | { __typename: 'Software', key: string, name: string | null, id: string }
      | { __typename: 'Startup', key: string, title: string | null, id: string }
     }> };

export type SoftwareRelationsQueryVariables = Exact<{
  key: string;
}>;


export type SoftwareRelationsQuery = { softwareByKey: { id: string, key: string, name: string | null, licence: string | null, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }>, repositories: { totalCount: number, nodes: Array<{ key: string, stars: number | null, contributors: { totalCount: number } }> }, users: { totalCount: number, edges: Array<{ node: { key: string, name: string | null }, relationships: Array<{ type: string, properties: Record<string, unknown>, provenance: Array<{ source: string }> }> }> }, dependencies: { totalCount: number, nodes: Array<{ key: string, name: string | null }> }, packageDependencies: { totalCount: number }, dependents: { nodes: Array<{ key: string, name: string | null }> }, partners: { nodes: Array<{ key: string, name: string | null, country: string | null }> } } | null };

export type SourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type SourcesQuery = { sources: Array<{ id: string, name: string, url: string | null, commit: string | null, snapshotDate: string | null, licence: string, licenceUrl: string | null, nodeCount: number, loadedAt: string | null }> };

export type StartupAnalysisQueryVariables = Exact<{
  where?: StartupWhere | null | undefined;
}>;


export type StartupAnalysisQuery = { startups: { aggregate: { count: number, fastAmount: { min: number | null, max: number | null, avg: number | null, sum: number | null, count: number }, groupBy: { phase: Array<{ key: string | null, count: number }>, incubator: Array<{ key: string | null, name: string | null, count: number }>, ministry: Array<{ key: string | null, name: string | null, count: number }> } } } };

export type StartupListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: StartupWhere | null | undefined;
  sort?: Array<StartupSort> | StartupSort | null | undefined;
}>;


export type StartupListQuery = { startups: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, key: string, title: string | null, currentPhase: string | null, incubators: { nodes: Array<{ key: string, name: string | null }> } } }> } };
