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
  /** Sector of the body this person is affiliated with (UNKNOWN when not known). */
  affiliationSector?: SectorFilter | null | undefined;
  /** Skill domain, e.g. `Développement`. */
  domain?: StringFilter | null | undefined;
  /** Class of the author e-mail domain: `public_sector`, `webmail`, `github_noreply`, `other`. */
  emailDomainClass?: StringFilter | null | undefined;
  /** Start of the first mission. */
  firstMissionStart?: DateFilter | null | undefined;
  /** A bot account (git authors). */
  isBot?: BooleanFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /** `betagouv-member` or `git-author`. */
  kind?: StringFilter | null | undefined;
  /** End of the last mission. */
  lastMissionEnd?: DateFilter | null | undefined;
  /** beta.gouv.fr member type: `beta`, `dinum`, `attributaire`, `autre`. */
  memberType?: StringFilter | null | undefined;
  /** Number of beta.gouv.fr missions. */
  missionCount?: IntFilter | null | undefined;
  /** Organisations this person is affiliated with. */
  organizations?: OrganizationRelationFilter | null | undefined;
  /** Number of organizations. */
  organizationsAggregate?: RelationshipCountFilter | null | undefined;
  /** Partners this person is affiliated with. */
  partners?: PartnerRelationFilter | null | undefined;
  /** Number of partners. */
  partnersAggregate?: RelationshipCountFilter | null | undefined;
  /** The institutional e-mail domain, when public-sector. */
  publicSectorDomain?: StringFilter | null | undefined;
  /** Repositories this person committed to. */
  repositories?: RepositoryRelationFilter | null | undefined;
  /** Number of repositories. */
  repositoriesAggregate?: RelationshipCountFilter | null | undefined;
  /** Role in beta.gouv.fr teams, e.g. `Développeur`. */
  role?: StringFilter | null | undefined;
  /**
   * Sector of the affiliation, as a string.
   * @deprecated Use `affiliationSector` (enum Sector).
   */
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
  /** Acronym, e.g. `DINUM`. */
  acronym?: TextFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /** The ministry this directorate belongs to. */
  ministries?: MinistryRelationFilter | null | undefined;
  /** Number of ministries. */
  ministriesAggregate?: RelationshipCountFilter | null | undefined;
  /** Name as the source writes it. */
  name?: TextFilter | null | undefined;
  /** The beta.gouv.fr organisation that is this directorate. */
  organizations?: OrganizationRelationFilter | null | undefined;
  /** Number of organizations. */
  organizationsAggregate?: RelationshipCountFilter | null | undefined;
  /** Sector: STATE, COMPANY, CIVIL_SOCIETY, FOREIGN_STATE or UNKNOWN. */
  sector?: StringFilter | null | undefined;
  /** True when it refers software in the SILL. */
  sillReferent?: BooleanFilter | null | undefined;
};

/** The kind of an entity, one value per GraphQL entity type: `Node.entityKind`, `EntityRef.kind`, `SubjectInput.kind`, `search(kinds:)`, `centralityRanking(kinds:)`. */
export type EntityType =
  /** Contributor: A pseudonymised person: a beta.gouv.fr member or a git author. No name, no e-mail. */
  | 'CONTRIBUTOR'
  /** DigitalDirectorate: A ministerial digital directorate (DNUM, SNUM…) or the interministerial DINUM. */
  | 'DIGITAL_DIRECTORATE'
  /** ForgeAccount: An account or group on a code forge. */
  | 'FORGE_ACCOUNT'
  /** Incubator: A beta.gouv.fr incubator. */
  | 'INCUBATOR'
  /** Ministry: A ministry (or the Prime Minister's services) of the French government. */
  | 'MINISTRY'
  /** Organization: An administration, public body or company that sponsors, uses or builds digital services. */
  | 'ORGANIZATION'
  /** Package: A published package (npm, PyPI…). */
  | 'PACKAGE'
  /** Partner: A European partner (state, agency, EU institution, programme) co-developing or reusing tools. */
  | 'PARTNER'
  /** Phase: A start-up phase of the beta.gouv.fr method. */
  | 'PHASE'
  /** Repository: A public source-code repository. */
  | 'REPOSITORY'
  /** Software: A shared tool: SILL software, La Suite numérique products, FranceConnect, ProConnect… */
  | 'SOFTWARE'
  /** Startup: A start-up d'État (beta.gouv.fr). */
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
  /** Display name on the forge. */
  displayName?: TextFilter | null | undefined;
  /** Forge host, e.g. `github.com`. */
  host?: StringFilter | null | undefined;
  /** Verified organisation on the forge. */
  isVerified?: BooleanFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /** Listed in code.gouv.fr's comptes-organismes-publics. */
  listed?: BooleanFilter | null | undefined;
  /** Account or group name on the forge. */
  login?: StringFilter | null | undefined;
  /** Ministries this account belongs to: held by the ministry or by one of its organisations. */
  ministries?: MinistryRelationFilter | null | undefined;
  /** Number of ministries. */
  ministriesAggregate?: RelationshipCountFilter | null | undefined;
  /** Organisations holding it. */
  organizations?: OrganizationRelationFilter | null | undefined;
  /** Number of organizations. */
  organizationsAggregate?: RelationshipCountFilter | null | undefined;
  /** Forge software: GitHub, GitLab… */
  platform?: StringFilter | null | undefined;
  /** DILA public service organisation id (annuaire.service-public.fr). */
  psoId?: StringFilter | null | undefined;
  /** Repositories hosted on this account. */
  repositories?: RepositoryRelationFilter | null | undefined;
  /** Number of repositories. */
  repositoriesAggregate?: RelationshipCountFilter | null | undefined;
  /** Repositories counted in the 2021 inventory. */
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
  /** GitHub organisation. */
  githubUrl?: StringFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /** Ministries of its owners. */
  ministries?: MinistryRelationFilter | null | undefined;
  /** Number of ministries. */
  ministriesAggregate?: RelationshipCountFilter | null | undefined;
  /** Name as the source writes it. */
  name?: TextFilter | null | undefined;
  /** Organisations that own this incubator. */
  owners?: OrganizationRelationFilter | null | undefined;
  /** Number of owners. */
  ownersAggregate?: RelationshipCountFilter | null | undefined;
  /** Start-ups incubated here. */
  startups?: StartupRelationFilter | null | undefined;
  /** Number of startups. */
  startupsAggregate?: RelationshipCountFilter | null | undefined;
  /** Official website. */
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
  /** Name as the source writes it. */
  name?: TextFilter | null | undefined;
  /** Official name as published by the government. */
  officialName?: TextFilter | null | undefined;
  /** Organisations that belong to this ministry: bodies attached to it (PART_OF) and its own organisation files (SAME_AS). */
  organizations?: OrganizationRelationFilter | null | undefined;
  /** Number of organizations. */
  organizationsAggregate?: RelationshipCountFilter | null | undefined;
  /** Name of the ministry's open-source programme office (OSPO), if any. */
  ospoName?: StringFilter | null | undefined;
  /** Web page of that OSPO. */
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
  /** Acronym, e.g. `DINUM`. */
  acronym?: TextFilter | null | undefined;
  /** beta.gouv.fr organisation id, when the body comes from there. */
  betagouvId?: StringFilter | null | undefined;
  /** Contributors affiliated with this body. */
  contributors?: ContributorRelationFilter | null | undefined;
  /** Number of contributors. */
  contributorsAggregate?: RelationshipCountFilter | null | undefined;
  /** ISO 3166 country code. */
  country?: StringFilter | null | undefined;
  /** Digital directorate that is this organisation. */
  directorates?: DigitalDirectorateRelationFilter | null | undefined;
  /** Number of directorates. */
  directoratesAggregate?: RelationshipCountFilter | null | undefined;
  /** URL of its published free-software policy, if any. */
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
  /** Kind of body as the source states it, e.g. `administration-centrale`, `operateur`, `public-body`. */
  kind?: StringFilter | null | undefined;
  /** Ministry this body belongs to: attached to it (PART_OF) or its own organisation file (SAME_AS). */
  ministries?: MinistryRelationFilter | null | undefined;
  /** Number of ministries. */
  ministriesAggregate?: RelationshipCountFilter | null | undefined;
  /** beta.gouv.fr ministerial domain (`domaine_ministeriel`). */
  ministryDomain?: StringFilter | null | undefined;
  /** Name as the source writes it. */
  name?: TextFilter | null | undefined;
  /** Name of its open-source programme office (OSPO), if any. */
  ospoName?: StringFilter | null | undefined;
  /** Web page of that OSPO. */
  ospoUrl?: StringFilter | null | undefined;
  /** DILA public service organisation id (annuaire.service-public.fr). */
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
  /** The body is a referent organisation of the SILL. */
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
  /** Official website. */
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
  /** Package registry: `npm`, `pypi`… */
  ecosystem?: StringFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /** Programming language. */
  language?: StringFilter | null | undefined;
  /** Latest published version (2021 inventory). */
  latestVersion?: StringFilter | null | undefined;
  /** Licence as declared by the registry. */
  license?: StringFilter | null | undefined;
  /** Name as the source writes it. */
  name?: TextFilter | null | undefined;
  /** Published by a French public body. */
  publishedByPublicBody?: BooleanFilter | null | undefined;
  /** Repository it is published from. */
  publishedFrom?: RepositoryRelationFilter | null | undefined;
  /** Number of publishedFrom. */
  publishedFromAggregate?: RelationshipCountFilter | null | undefined;
  /** Popularity rank in the 2021 inventory (1 = most used). */
  rank?: IntFilter | null | undefined;
  /** Stars of its repository (2021 inventory). */
  stars?: IntFilter | null | undefined;
};

/** Kind of a European partner (curated vocabulary of the seed). */
export type PartnerKind =
  /** A state agency. */
  | 'AGENCY'
  /** An institution of the European Union. */
  | 'EU_INSTITUTION'
  /** A programme or consortium (e.g. openDesk). */
  | 'PROGRAMME'
  /** A state's government. */
  | 'STATE';

/** Operators on a PartnerKind value. */
export type PartnerKindFilter = {
  /** Equal to. */
  eq?: PartnerKind | null | undefined;
  /** Equal to one of. */
  in?: Array<PartnerKind> | null | undefined;
  /** true: the value is missing; false: it is present. */
  isNull?: boolean | null | undefined;
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
  /** ISO 3166 country code, or `EU`. */
  country?: StringFilter | null | undefined;
  /** Software this partner integrates. */
  integrates?: SoftwareRelationFilter | null | undefined;
  /** Number of integrates. */
  integratesAggregate?: RelationshipCountFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /**
   * STATE, AGENCY, EU_INSTITUTION or PROGRAMME.
   * @deprecated Use `partnerKind` (enum PartnerKind).
   */
  kind?: StringFilter | null | undefined;
  /** Name as the source writes it. */
  name?: TextFilter | null | undefined;
  /** What kind of partner this is. */
  partnerKind?: PartnerKindFilter | null | undefined;
  /** DILA public service organisation id (annuaire.service-public.fr). */
  psoId?: StringFilter | null | undefined;
  /** Sector: STATE, COMPANY, CIVIL_SOCIETY, FOREIGN_STATE or UNKNOWN. */
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
  /** French label of the phase. */
  label?: TextFilter | null | undefined;
  /** Display order on beta.gouv.fr (1 = most mature). */
  order?: IntFilter | null | undefined;
  /** Start-ups that went through this phase. */
  startups?: StartupRelationFilter | null | undefined;
  /** Number of startups. */
  startupsAggregate?: RelationshipCountFilter | null | undefined;
};

/** Filter on the number of distinct related nodes, e.g. `usersAggregate: { count: { gt: 5 } }`. */
export type RelationshipCountFilter = {
  /** Number of distinct related nodes. */
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
  /** Commits on the default branch, merges excluded (La Suite). */
  commitsNoMerges?: IntFilter | null | undefined;
  /** Contributors (pseudonymised). */
  contributors?: ContributorRelationFilter | null | undefined;
  /** Number of contributors. */
  contributorsAggregate?: RelationshipCountFilter | null | undefined;
  /** Creation date on the forge. */
  createdAt?: DateFilter | null | undefined;
  /** The forge account hosting it. */
  forgeAccounts?: ForgeAccountRelationFilter | null | undefined;
  /** Number of forgeAccounts. */
  forgeAccountsAggregate?: RelationshipCountFilter | null | undefined;
  /** Forks on the forge, at the snapshot date. */
  forks?: IntFilter | null | undefined;
  /** Distinct human author e-mails, bots excluded (La Suite). */
  humanAuthorEmails?: IntFilter | null | undefined;
  /** Human authors with a commit in the 12 months before the snapshot (La Suite). */
  humanAuthorsActive12m?: IntFilter | null | undefined;
  /** Archived (read-only) on its forge. */
  isArchived?: BooleanFilter | null | undefined;
  /** A fork of another repository. */
  isFork?: BooleanFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /** Main programming language, per the forge. */
  language?: StringFilter | null | undefined;
  /** Last update date on the forge. */
  lastUpdate?: DateFilter | null | undefined;
  /** Licence as detected by the forge (SPDX id). */
  license?: StringFilter | null | undefined;
  /** Ministries this repository belongs to: its owner, or its owner's ministry. */
  ministries?: MinistryRelationFilter | null | undefined;
  /** Number of ministries. */
  ministriesAggregate?: RelationshipCountFilter | null | undefined;
  /** Name as the source writes it. */
  name?: TextFilter | null | undefined;
  /** Open issues, at the snapshot date. */
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
  /** Forge software: GitHub, GitLab… */
  platform?: StringFilter | null | undefined;
  /** Packages published from it. */
  publishedPackages?: PackageRelationFilter | null | undefined;
  /** Number of publishedPackages. */
  publishedPackagesAggregate?: RelationshipCountFilter | null | undefined;
  /** Date the repository statistics were taken. */
  snapshotDate?: DateFilter | null | undefined;
  /** Software it implements. */
  software?: SoftwareRelationFilter | null | undefined;
  /** Number of software. */
  softwareAggregate?: RelationshipCountFilter | null | undefined;
  /** Shared software it depends on. */
  softwareDependencies?: SoftwareRelationFilter | null | undefined;
  /** Number of softwareDependencies. */
  softwareDependenciesAggregate?: RelationshipCountFilter | null | undefined;
  /** Stars on the forge, at the snapshot date. */
  stars?: IntFilter | null | undefined;
  /** Start-ups using this repository. */
  startups?: StartupRelationFilter | null | undefined;
  /** Number of startups. */
  startupsAggregate?: RelationshipCountFilter | null | undefined;
  /** Archived by Software Heritage. */
  swhArchived?: BooleanFilter | null | undefined;
  /** Forge topics. */
  topics?: StringListFilter | null | undefined;
};

/** Sector of a body, or of the body a contributor is affiliated with (curated vocabulary of the seed). */
export type Sector =
  /** Associations, foundations, individuals acting on their own. */
  | 'CIVIL_SOCIETY'
  /** A private company. */
  | 'COMPANY'
  /** A foreign state or EU institution. */
  | 'FOREIGN_STATE'
  /** The French State: ministries, agencies, public bodies. */
  | 'STATE'
  /** Not known from the sources. */
  | 'UNKNOWN';

/** Operators on a Sector value. */
export type SectorFilter = {
  /** Equal to. */
  eq?: Sector | null | undefined;
  /** Equal to one of. */
  in?: Array<Sector> | null | undefined;
  /** true: the value is missing; false: it is present. */
  isNull?: boolean | null | undefined;
};

/** Status of a software in the SILL 2022 catalogue (field `st`). */
export type SillStatus =
  /** O: under observation. */
  | 'OBSERVATION'
  /** R: recommended for use in the administration. */
  | 'RECOMMENDED'
  /** FR: removed from the catalogue. */
  | 'REMOVED';

/** Operators on a SillStatus value. */
export type SillStatusFilter = {
  /** Equal to. */
  eq?: SillStatus | null | undefined;
  /** Equal to one of. */
  in?: Array<SillStatus> | null | undefined;
  /** true: the value is missing; false: it is present. */
  isNull?: boolean | null | undefined;
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
  /** Id on the Comptoir du Libre. */
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
  /** What the software is used for (SILL `f`). */
  function?: StringFilter | null | undefined;
  /** Organisations that fund it. */
  funders?: OrganizationRelationFilter | null | undefined;
  /** Number of funders. */
  fundersAggregate?: RelationshipCountFilter | null | undefined;
  /** Listed in the SILL 2022. */
  inSill2022?: BooleanFilter | null | undefined;
  /** Natural key. */
  key?: StringFilter | null | undefined;
  /** `product`, `library` or `suite`. */
  kind?: StringFilter | null | undefined;
  /** Licence as stated by the source (SPDX id when available). */
  licence?: StringFilter | null | undefined;
  /** Made by the French public sector (SILL `a`). */
  madeByPublicSector?: BooleanFilter | null | undefined;
  /** SILL MIM working group: MIMO, MIMPROD, MIMDEV or MIMDEVOPS. */
  mimGroup?: StringFilter | null | undefined;
  /** Ministries that use it. */
  ministryUsers?: MinistryRelationFilter | null | undefined;
  /** Number of ministryUsers. */
  ministryUsersAggregate?: RelationshipCountFilter | null | undefined;
  /** Name as the source writes it. */
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
  /** Id in the SILL catalogue. */
  sillId?: IntFilter | null | undefined;
  /** Status in the SILL 2022 catalogue. */
  sillStatus?: SillStatusFilter | null | undefined;
  /** Similar software (SILL). */
  similar?: SoftwareRelationFilter | null | undefined;
  /** Number of similar. */
  similarAggregate?: RelationshipCountFilter | null | undefined;
  /** Covered by the interministerial support contract (SILL 2022). */
  supportContract?: BooleanFilter | null | undefined;
  /** Covered by the support contract (code.gouv.fr, 2025). */
  supportContract2025?: BooleanFilter | null | undefined;
  /** Organisations that use or deploy it. */
  users?: OrganizationRelationFilter | null | undefined;
  /** Number of users. */
  usersAggregate?: RelationshipCountFilter | null | undefined;
  /** Number of users in mid-2024, when published. */
  usersMid2024?: IntFilter | null | undefined;
  /** Oldest recommended version (SILL). */
  versionMin?: StringFilter | null | undefined;
  /** Official website. */
  website?: StringFilter | null | undefined;
  /** Wikidata item id, e.g. `Q2622004`. */
  wikidataId?: StringFilter | null | undefined;
  /** Years the software was in the SILL. */
  years?: IntListFilter | null | undefined;
};

/** Ascending: missing values last. Descending: missing values first. */
export type SortDirection =
  /** Smallest (or alphabetically first) first. */
  | 'ASC'
  /** Largest (or alphabetically last) first. */
  | 'DESC';

/** Phase of a start-up d'État, from beta.gouv.fr's phase vocabulary (content/_phases); the current phase is the one with the latest start. */
export type StartupPhase =
  /** Services arrêtés: stopped during incubation, no longer available. */
  | 'ABANDON'
  /** Investigations non concluantes: the investigation did not lead to a service. */
  | 'ABANDON_INVESTIGATION'
  /** Accélération: the service is deployed and grows its impact. */
  | 'ACCELERATION'
  /** En consolidation: leaving incubation; long-term operation being set up. */
  | 'CONSOLIDATION'
  /** Construction: a team builds and tests a first version (MVP). */
  | 'CONSTRUCTION'
  /** Investigation: confirming a user problem and its context. */
  | 'INVESTIGATION'
  /** Opéré au sein du réseau beta.gouv.fr: mature, operated by the network. */
  | 'OPERE'
  /** Transféré: left the programme, still available to its users. */
  | 'TRANSFERE';

/** Operators on a StartupPhase value. */
export type StartupPhaseFilter = {
  /** Equal to. */
  eq?: StartupPhase | null | undefined;
  /** Equal to one of. */
  in?: Array<StartupPhase> | null | undefined;
  /** true: the value is missing; false: it is present. */
  isNull?: boolean | null | undefined;
};

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
  /** Accessibility compliance as declared: `non conforme`, `partiellement conforme`, `totalement conforme`. */
  accessibilityStatus?: SortDirection | null | undefined;
  /**
   * Current phase id, e.g. `construction`, `acceleration`.
   * @deprecated Use `phase` (enum StartupPhase).
   */
  currentPhase?: SortDirection | null | undefined;
  /** Start date of the current phase. */
  currentPhaseStart?: SortDirection | null | undefined;
  /** FAST funding in euros. */
  fastAmount?: SortDirection | null | undefined;
  /** FAST funding round (promotion number), if funded. */
  fastPromotion?: SortDirection | null | undefined;
  /** Number of forgeAccounts. */
  forgeAccountsCount?: SortDirection | null | undefined;
  /** Number of incubators. */
  incubatorsCount?: SortDirection | null | undefined;
  /** Natural key. */
  key?: SortDirection | null | undefined;
  /** Number of members. */
  membersCount?: SortDirection | null | undefined;
  /** Number of ministries. */
  ministriesCount?: SortDirection | null | undefined;
  /** Marked as a start-up of major national impact. */
  nationalImpact?: SortDirection | null | undefined;
  /** Current phase (the one with the latest start). */
  phase?: SortDirection | null | undefined;
  /** Number of phases. */
  phasesCount?: SortDirection | null | undefined;
  /** Number of repositories. */
  repositoriesCount?: SortDirection | null | undefined;
  /** Main code repository as declared on beta.gouv.fr. */
  repositoryUrl?: SortDirection | null | undefined;
  /** Public address of the service. */
  serviceUrl?: SortDirection | null | undefined;
  /** Number of softwareProduced. */
  softwareProducedCount?: SortDirection | null | undefined;
  /** Number of softwareUsed. */
  softwareUsedCount?: SortDirection | null | undefined;
  /** Number of sponsors. */
  sponsorsCount?: SortDirection | null | undefined;
  /** Name of the service. */
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
  /** Accessibility compliance as declared: `non conforme`, `partiellement conforme`, `totalement conforme`. */
  accessibilityStatus?: StringFilter | null | undefined;
  /**
   * Current phase id, e.g. `construction`, `acceleration`.
   * @deprecated Use `phase` (enum StartupPhase).
   */
  currentPhase?: StringFilter | null | undefined;
  /** Start date of the current phase. */
  currentPhaseStart?: DateFilter | null | undefined;
  /** Milestone events of its history (beta.gouv.fr event vocabulary). */
  eventNames?: StringListFilter | null | undefined;
  /** FAST funding in euros. */
  fastAmount?: IntFilter | null | undefined;
  /** FAST funding round (promotion number), if funded. */
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
  /** Marked as a start-up of major national impact. */
  nationalImpact?: BooleanFilter | null | undefined;
  /** Current phase (the one with the latest start). */
  phase?: StartupPhaseFilter | null | undefined;
  /** Phases this start-up went through. */
  phases?: PhaseRelationFilter | null | undefined;
  /** Number of phases. */
  phasesAggregate?: RelationshipCountFilter | null | undefined;
  /** Code repositories. */
  repositories?: RepositoryRelationFilter | null | undefined;
  /** Number of repositories. */
  repositoriesAggregate?: RelationshipCountFilter | null | undefined;
  /** Main code repository as declared on beta.gouv.fr. */
  repositoryUrl?: StringFilter | null | undefined;
  /** Public address of the service. */
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
  /** Themes as declared on beta.gouv.fr (free tags). */
  thematiques?: StringListFilter | null | undefined;
  /** Name of the service. */
  title?: TextFilter | null | undefined;
  /** Target users as declared on beta.gouv.fr (free tags). */
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
  kinds?: Array<EntityType> | EntityType | null | undefined;
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


export type StartupListQuery = { startups: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, key: string, title: string | null, phase: StartupPhase | null, incubators: { nodes: Array<{ key: string, name: string | null }> } } }> } };
