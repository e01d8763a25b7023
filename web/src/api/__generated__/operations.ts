/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Graph labels, kept for the deprecated `label` fields and arguments; use `EntityType` instead. */
export type AnalyticsLabel =
  /** The Contributor label. */
  | 'Contributor'
  /** The DigitalDirectorate label. */
  | 'DigitalDirectorate'
  /** The ForgeAccount label. */
  | 'ForgeAccount'
  /** The Incubator label. */
  | 'Incubator'
  /** The Ministry label. */
  | 'Ministry'
  /** The Organization label. */
  | 'Organization'
  /** The Package label. */
  | 'Package'
  /** The Partner label. */
  | 'Partner'
  /** The Repository label. */
  | 'Repository'
  /** The Software label. */
  | 'Software'
  /** The Startup label. */
  | 'Startup';

/** What counts as a contribution: COMMITS (CONTRIBUTES_TO commits to the repositories) or MEMBERSHIPS (beta.gouv.fr MEMBER_OF missions, weighted by months). */
export type ContributionKind =
  /** Commits to the repositories (CONTRIBUTES_TO.commits). */
  | 'COMMITS'
  /** beta.gouv.fr missions (MEMBER_OF), weighted by months. */
  | 'MEMBERSHIPS';

/** Kind of a declared dependency (DEPENDS_ON.kind, from the manifest section). */
export type DependencyKind =
  /** Needed to build (build-system requires). */
  | 'BUILD'
  /** Needed to develop or test (devDependencies, dev groups). */
  | 'DEV'
  /** Used when present (optionalDependencies, extras). */
  | 'OPTIONAL'
  /** Expected from the host (peerDependencies). */
  | 'PEER'
  /** Needed to run (dependencies). */
  | 'RUNTIME';

/** Relation to the query root (deps.dev): DIRECT iff the minimal depth is 1. */
export type DependencyRelation =
  /** Minimal depth 1: declared by the root itself. */
  | 'DIRECT'
  /** Minimal depth 2 or more: reached through other dependencies. */
  | 'INDIRECT';

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

/** Licence class (SPDX-based classifier, metrics-anchors.md §7.8). */
export type LicenceClass =
  /** Copyleft or commercial, at the user's choice. */
  | 'DUAL_COMMERCIAL'
  /** The source states that there is no licence. */
  | 'NONE'
  /** An OSI or FSF approved free licence. */
  | 'OPEN'
  /** A proprietary licence. */
  | 'PROPRIETARY'
  /** The source gives a licence we cannot classify, or none is known. */
  | 'UNKNOWN';

/** Columns of the reuse matrix: ministries (roll-up) or the using organisations. */
export type ReuseLevel =
  /** One column per ministry the users roll up to. */
  | 'MINISTRY'
  /** One column per using organisation, ministry or partner. */
  | 'ORGANIZATION';

/** ARTICULATION_POINT / BRIDGE: structural (Tarjan, undirected projection); SOLE_PROVIDER: the only tool for a capability (SILL function); HUMAN: contributor absence factor 1. */
export type SpofKind =
  /** A node whose removal disconnects the undirected dependency projection. */
  | 'ARTICULATION_POINT'
  /** An edge whose removal disconnects the undirected projection. */
  | 'BRIDGE'
  /** A tool whose contributor absence factor is 1 (one person). */
  | 'HUMAN'
  /** The only tool listed for a capability (SILL function). */
  | 'SOLE_PROVIDER';

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

/** The subject of an analytic: either `id` (global id) or `kind` + `key`. */
export type SubjectInput = {
  /** Relay global id of the subject. */
  id?: string | number | null | undefined;
  /** Natural key, e.g. `lasuite:docs`. */
  key?: string | null | undefined;
  /** Kind of the subject, with `key`. */
  kind?: EntityType | null | undefined;
  /**
   * Graph label of the subject, with `key`.
   * @deprecated Use `kind` (EntityType, e.g. `kind: SOFTWARE`).
   */
  label?: AnalyticsLabel | null | undefined;
};

export type ExplorerCriticalMassQueryVariables = Exact<{
  of: SubjectInput;
}>;


export type ExplorerCriticalMassQuery = { criticalMass: { contributionKind: ContributionKind, contributorsAllTime: number, contributorsInWindow: number, activeContributors: number, newContributors: number, inactiveContributors: number, contributorAbsenceFactor: number, elephantFactor: number, effectiveOrganizations: number, organizationHHI: number | null, unknownAffiliationShare: number, subject: { id: string, kind: EntityType, key: string, name: string }, onion: { core: number, regular: number, casual: number }, sectorShares: Array<{ sector: string, contributors: number, contributorShare: number, contributions: number, contributionShare: number }>, organizations: Array<{ contributions: number, share: number, organization: { id: string, kind: EntityType, key: string, name: string } }>, verdict: { reached: boolean, criteria: Array<{ criterion: string, comparator: string, threshold: number, value: number, passed: boolean }> }, method: { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> } } };

export type ExplorerContributorActivityQueryVariables = Exact<{
  of: SubjectInput;
}>;


export type ExplorerContributorActivityQuery = { contributorActivity: { subject: { id: string, kind: EntityType, key: string, name: string }, periods: Array<{ label: string, activeContributors: number, newContributors: number, contributions: number, unaffiliatedContributors: number, unknownAffiliationShare: number }>, method: { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> } } };

export type ExplorerDependenciesQueryVariables = Exact<{
  of: SubjectInput;
  maxDepth: number;
}>;


export type ExplorerDependenciesQuery = { dependencies: { directCount: number, indirectCount: number, totalCount: number, subject: { id: string, kind: EntityType, key: string, name: string }, licenceClasses: Array<{ licenceClass: LicenceClass, count: number }>, items: Array<{ depth: number, relation: DependencyRelation, requirement: string | null, dependencyKind: DependencyKind | null, licence: string | null, licenceClass: LicenceClass | null, node: { id: string, kind: EntityType, key: string, name: string }, examplePath: Array<{ id: string, kind: EntityType, key: string, name: string }> }>, method: { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> } } };

export type ExplorerExposedFragment = { depth: number, entity: { id: string, kind: EntityType, key: string, name: string }, ministries: Array<{ id: string, kind: EntityType, key: string, name: string }>, evidence: Array<{ relationship: string, target: { id: string, kind: EntityType, key: string, name: string } }> };

export type ExplorerExposureQueryVariables = Exact<{
  of: SubjectInput;
}>;


export type ExplorerExposureQuery = { exposure: { directDependents: number, transitiveDependents: number, subject: { id: string, kind: EntityType, key: string, name: string }, dependents: Array<{ depth: number, relation: DependencyRelation, node: { id: string, kind: EntityType, key: string, name: string }, examplePath: Array<{ id: string, kind: EntityType, key: string, name: string }> }>, startups: Array<{ depth: number, entity: { id: string, kind: EntityType, key: string, name: string }, ministries: Array<{ id: string, kind: EntityType, key: string, name: string }>, evidence: Array<{ relationship: string, target: { id: string, kind: EntityType, key: string, name: string } }> }>, organizations: Array<{ depth: number, entity: { id: string, kind: EntityType, key: string, name: string }, ministries: Array<{ id: string, kind: EntityType, key: string, name: string }>, evidence: Array<{ relationship: string, target: { id: string, kind: EntityType, key: string, name: string } }> }>, ministries: Array<{ direct: boolean, minDepth: number, organizations: number, startups: number, ministry: { id: string, kind: EntityType, key: string, name: string } }>, method: { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> } } };

export type ExplorerMethodFragment = { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> };

export type ExplorerRefFragment = { id: string, kind: EntityType, key: string, name: string };

export type ExplorerMinistryQueryVariables = Exact<{
  key: string;
}>;


export type ExplorerMinistryQuery = { ministryByKey: { id: string, key: string, name: string | null, officialName: string | null, ospoName: string | null, ospoUrl: string | null, directorates: { nodes: Array<{ id: string, displayName: string, acronym: string | null }> }, organizations: { totalCount: number, nodes: Array<{ id: string, displayName: string, acronym: string | null }> }, softwareUsed: { totalCount: number, nodes: Array<{ id: string, key: string, displayName: string }> }, repositories: { totalCount: number, nodes: Array<{ id: string, key: string, displayName: string, stars: number | null }> } } | null, startups: { aggregate: { count: number, groupBy: { phase: Array<{ key: string | null, name: string | null, count: number }> } } }, singlePointsOfFailure: { items: Array<{ kind: SpofKind, detail: string, exposedConsumers: number, exposedOrganizations: number, exposedStartups: number, node: { id: string, kind: EntityType, key: string, name: string }, other: { id: string, kind: EntityType, key: string, name: string } | null }>, method: { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> } } };

export type ExplorerMinistryStartupsQueryVariables = Exact<{
  key: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ExplorerMinistryStartupsQuery = { startups: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, key: string, displayName: string, phase: StartupPhase | null }> } };

export type ExplorerProvenanceFragment = { source: string, record: string, date: string | null, licence: string, url: string | null };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  relationshipTypes?: Array<string> | string | null | undefined;
  first: number;
}>;


export type ExplorerNeighbourhoodQuery = { neighbourhood: { truncated: boolean, properties: Record<string, unknown>, relationshipTypes: Array<{ type: string, count: number }>, center:
      | { id: string, entityKind: EntityType, displayName: string, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }> }
      | { id: string, entityKind: EntityType, displayName: string, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }> }
      | { id: string, entityKind: EntityType, displayName: string, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }> }
      | { id: string, entityKind: EntityType, displayName: string, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }> }
      | { id: string, entityKind: EntityType, displayName: string, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }> }
      | { id: string, entityKind: EntityType, displayName: string, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }> }
      | { id: string, entityKind: EntityType, displayName: string, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }> }
      | { id: string, entityKind: EntityType, displayName: string, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }> }
      | { id: string, entityKind: EntityType, displayName: string, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }> }
      | { id: string, entityKind: EntityType, displayName: string, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }> }
      | { id: string, entityKind: EntityType, displayName: string, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }> }
      | { id: string, entityKind: EntityType, displayName: string, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }> }
    , neighbours: Array<{ outgoing: boolean, node:
        | { id: string, entityKind: EntityType, displayName: string }
        | { id: string, entityKind: EntityType, displayName: string }
        | { id: string, entityKind: EntityType, displayName: string }
        | { id: string, entityKind: EntityType, displayName: string }
        | { id: string, entityKind: EntityType, displayName: string }
        | { id: string, entityKind: EntityType, displayName: string }
        | { id: string, entityKind: EntityType, displayName: string }
        | { id: string, entityKind: EntityType, displayName: string }
        | { id: string, entityKind: EntityType, displayName: string }
        | { id: string, entityKind: EntityType, displayName: string }
        | { id: string, entityKind: EntityType, displayName: string }
        | { id: string, entityKind: EntityType, displayName: string }
      , relationship: { id: string, type: string, properties: Record<string, unknown>, provenance: Array<{ source: string, record: string, date: string | null, licence: string, url: string | null }> } }> } | null };

export type ExplorerConnectionPathQueryVariables = Exact<{
  from: SubjectInput;
  to: SubjectInput;
}>;


export type ExplorerConnectionPathQuery = { connectionPath: { length: number | null, shortestPaths: number, from: { id: string, kind: EntityType, key: string, name: string }, to: { id: string, kind: EntityType, key: string, name: string }, nodes: Array<{ id: string, kind: EntityType, key: string, name: string }>, steps: Array<{ relationship: string, forward: boolean, sources: Array<string> }>, method: { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> } } };

export type ExplorerReuseMatrixQueryVariables = Exact<{
  level: ReuseLevel;
  software?: Array<SubjectInput> | SubjectInput | null | undefined;
  first: number;
}>;


export type ExplorerReuseMatrixQuery = { reuseMatrix: { level: ReuseLevel, rows: Array<{ usingMinistries: number, usingOrganizations: number, effectiveMinistries: number, software: { id: string, kind: EntityType, key: string, name: string } }>, columns: Array<{ software: number, column: { id: string, kind: EntityType, key: string, name: string } }>, cells: Array<{ organizations: number, software: { id: string, kind: EntityType, key: string, name: string }, column: { id: string, kind: EntityType, key: string, name: string }, evidence: Array<{ relationship: string, sources: Array<string>, user: { id: string, kind: EntityType, key: string, name: string }, via: { id: string, kind: EntityType, key: string, name: string } | null }> }>, method: { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> } } };

export type ExplorerSuitesQueryVariables = Exact<{
  keys: Array<string> | string;
}>;


export type ExplorerSuitesQuery = { software: { nodes: Array<{ id: string, key: string, parts: { nodes: Array<{ id: string, key: string, name: string | null }> } }> } };

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
  first: number;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, node:
      | { id: string, entityKind: EntityType, displayName: string }
      | { id: string, entityKind: EntityType, displayName: string }
      | { id: string, entityKind: EntityType, displayName: string }
      | { id: string, entityKind: EntityType, displayName: string }
      | { id: string, entityKind: EntityType, displayName: string }
      | { id: string, entityKind: EntityType, displayName: string }
      | { id: string, entityKind: EntityType, displayName: string }
      | { id: string, entityKind: EntityType, displayName: string }
      | { id: string, entityKind: EntityType, displayName: string }
      | { id: string, entityKind: EntityType, displayName: string }
      | { id: string, entityKind: EntityType, displayName: string }
      | { id: string, entityKind: EntityType, displayName: string }
     }> };
