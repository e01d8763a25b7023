/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Node labels an analytic can name (see docs/data-model.md). */
export type AnalyticsLabel =
  | 'Contributor'
  | 'DigitalDirectorate'
  | 'ForgeAccount'
  | 'Incubator'
  | 'Ministry'
  | 'Organization'
  | 'Package'
  | 'Partner'
  | 'Repository'
  | 'Software'
  | 'Startup';

/** What counts as a contribution: COMMITS (CONTRIBUTES_TO commits to the repositories) or MEMBERSHIPS (beta.gouv.fr MEMBER_OF missions, weighted by months). */
export type ContributionKind =
  | 'COMMITS'
  | 'MEMBERSHIPS';

/** Relation to the query root (deps.dev): DIRECT iff the minimal depth is 1. */
export type DependencyRelation =
  | 'DIRECT'
  | 'INDIRECT';

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

/** Licence class (SPDX-based classifier, metrics-anchors.md §7.8). */
export type LicenceClass =
  | 'DUAL_COMMERCIAL'
  | 'NONE'
  | 'OPEN'
  | 'PROPRIETARY'
  | 'UNKNOWN';

/** Columns of the reuse matrix: ministries (roll-up) or the using organisations. */
export type ReuseLevel =
  | 'MINISTRY'
  | 'ORGANIZATION';

/** ARTICULATION_POINT / BRIDGE: structural (Tarjan, undirected projection); SOLE_PROVIDER: the only tool for a capability (SILL function); HUMAN: contributor absence factor 1. */
export type SpofKind =
  | 'ARTICULATION_POINT'
  | 'BRIDGE'
  | 'HUMAN'
  | 'SOLE_PROVIDER';

/** The subject of an analytic: either `id` (global id) or `label` + `key`. */
export type SubjectInput = {
  id?: string | number | null | undefined;
  /** Natural key, e.g. `lasuite:docs`. */
  key?: string | null | undefined;
  label?: AnalyticsLabel | null | undefined;
};

export type ExplorerCriticalMassQueryVariables = Exact<{
  of: SubjectInput;
}>;


export type ExplorerCriticalMassQuery = { criticalMass: { contributionKind: ContributionKind, contributorsAllTime: number, contributorsInWindow: number, activeContributors: number, newContributors: number, inactiveContributors: number, contributorAbsenceFactor: number, elephantFactor: number, effectiveOrganizations: number, organizationHHI: number | null, unknownAffiliationShare: number, subject: { id: string, label: AnalyticsLabel, key: string, name: string }, onion: { core: number, regular: number, casual: number }, sectorShares: Array<{ sector: string, contributors: number, contributorShare: number, contributions: number, contributionShare: number }>, organizations: Array<{ contributions: number, share: number, organization: { id: string, label: AnalyticsLabel, key: string, name: string } }>, verdict: { reached: boolean, reasons: Array<string>, criteria: Array<{ criterion: string, comparator: string, threshold: number, value: number, passed: boolean }> }, method: { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> } } };

export type ExplorerCriticalMassWindowQueryVariables = Exact<{
  of: SubjectInput;
  from: string;
  to: string;
}>;


export type ExplorerCriticalMassWindowQuery = { criticalMass: { contributorsInWindow: number, newContributors: number } };

export type ExplorerDependenciesQueryVariables = Exact<{
  of: SubjectInput;
  maxDepth: number;
}>;


export type ExplorerDependenciesQuery = { dependencies: { directCount: number, indirectCount: number, totalCount: number, subject: { id: string, label: AnalyticsLabel, key: string, name: string }, licenceClasses: Array<{ licenceClass: LicenceClass, count: number }>, items: Array<{ depth: number, relation: DependencyRelation, requirement: string | null, kind: string | null, licence: string | null, licenceClass: LicenceClass | null, node: { id: string, label: AnalyticsLabel, key: string, name: string }, examplePath: Array<{ id: string, label: AnalyticsLabel, key: string, name: string }> }>, method: { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> } } };

export type ExplorerExposedFragment = { depth: number, entity: { id: string, label: AnalyticsLabel, key: string, name: string }, ministries: Array<{ id: string, label: AnalyticsLabel, key: string, name: string }>, evidence: Array<{ relationship: string, target: { id: string, label: AnalyticsLabel, key: string, name: string } }> };

export type ExplorerExposureQueryVariables = Exact<{
  of: SubjectInput;
}>;


export type ExplorerExposureQuery = { exposure: { directDependents: number, transitiveDependents: number, subject: { id: string, label: AnalyticsLabel, key: string, name: string }, dependents: Array<{ depth: number, relation: DependencyRelation, node: { id: string, label: AnalyticsLabel, key: string, name: string }, examplePath: Array<{ id: string, label: AnalyticsLabel, key: string, name: string }> }>, startups: Array<{ depth: number, entity: { id: string, label: AnalyticsLabel, key: string, name: string }, ministries: Array<{ id: string, label: AnalyticsLabel, key: string, name: string }>, evidence: Array<{ relationship: string, target: { id: string, label: AnalyticsLabel, key: string, name: string } }> }>, organizations: Array<{ depth: number, entity: { id: string, label: AnalyticsLabel, key: string, name: string }, ministries: Array<{ id: string, label: AnalyticsLabel, key: string, name: string }>, evidence: Array<{ relationship: string, target: { id: string, label: AnalyticsLabel, key: string, name: string } }> }>, ministries: Array<{ direct: boolean, minDepth: number, organizations: number, startups: number, ministry: { id: string, label: AnalyticsLabel, key: string, name: string } }>, method: { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> } } };

export type ExplorerMethodFragment = { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> };

export type ExplorerRefFragment = { id: string, label: AnalyticsLabel, key: string, name: string };

export type ExplorerMinistryQueryVariables = Exact<{
  key: string;
}>;


export type ExplorerMinistryQuery = { ministryByKey: { id: string, key: string, name: string | null, officialName: string | null, ospoName: string | null, ospoUrl: string | null, directorates: { nodes: Array<{ id: string, displayName: string, acronym: string | null }> }, organizations: { totalCount: number, nodes: Array<{ id: string, displayName: string, acronym: string | null }> }, softwareUsed: { totalCount: number, nodes: Array<{ id: string, key: string, displayName: string }> }, repositories: { totalCount: number, nodes: Array<{ id: string, key: string, displayName: string, stars: number | null }> } } | null, startups: { aggregate: { count: number, groupBy: { phase: Array<{ key: string | null, name: string | null, count: number }> } } }, singlePointsOfFailure: { items: Array<{ kind: SpofKind, detail: string, exposedConsumers: number, exposedOrganizations: number, exposedStartups: number, node: { id: string, label: AnalyticsLabel, key: string, name: string }, other: { id: string, label: AnalyticsLabel, key: string, name: string } | null }>, method: { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> } } };

export type ExplorerMinistryStartupsQueryVariables = Exact<{
  key: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ExplorerMinistryStartupsQuery = { startups: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, key: string, displayName: string, currentPhase: string | null }> } };

export type ExplorerProvenanceFragment = { source: string, record: string, date: string | null, licence: string, url: string | null };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  types?: Array<string> | string | null | undefined;
  limit: number;
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


export type ExplorerConnectionPathQuery = { connectionPath: { length: number | null, shortestPaths: number, from: { id: string, label: AnalyticsLabel, key: string, name: string }, to: { id: string, label: AnalyticsLabel, key: string, name: string }, nodes: Array<{ id: string, label: AnalyticsLabel, key: string, name: string }>, steps: Array<{ relationship: string, forward: boolean, sources: Array<string> }>, method: { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> } } };

export type ExplorerReuseMatrixQueryVariables = Exact<{
  level: ReuseLevel;
  software?: Array<SubjectInput> | SubjectInput | null | undefined;
  limit: number;
}>;


export type ExplorerReuseMatrixQuery = { reuseMatrix: { level: ReuseLevel, rows: Array<{ usingMinistries: number, usingOrganizations: number, effectiveMinistries: number, software: { id: string, label: AnalyticsLabel, key: string, name: string } }>, columns: Array<{ software: number, column: { id: string, label: AnalyticsLabel, key: string, name: string } }>, cells: Array<{ organizations: number, software: { id: string, label: AnalyticsLabel, key: string, name: string }, column: { id: string, label: AnalyticsLabel, key: string, name: string }, evidence: Array<{ relationship: string, sources: Array<string>, user: { id: string, label: AnalyticsLabel, key: string, name: string }, via: { id: string, label: AnalyticsLabel, key: string, name: string } | null }> }>, method: { name: string, formula: string, references: Array<string>, computedAt: string, coverageNotes: Array<string>, parameters: Array<{ name: string, value: string | null }> } } };

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
