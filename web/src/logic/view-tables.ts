/** The tables of the analytic views, built from API results (unit-tested; downloaded as CSV/JSON). */
import { licenceClassName, licenceText } from "./format";
import { kindStyle } from "./kinds";
import { fileStem, type Table } from "./table";

interface RefLike {
  /** Its EntityType value, e.g. `SOFTWARE`. */
  kind: string;
  key: string;
  name: string;
}

const kindName = (r: RefLike): string => kindStyle(r.kind).name;

export interface DependencyRow {
  node: RefLike;
  depth: number;
  relation: string;
  requirement?: string | null;
  dependencyKind?: string | null;
  licence?: string | null;
  licenceClass?: string | null;
  examplePath: RefLike[];
}

/** Dependencies: one row each, unknown licences written as unknown (never as clean). */
export function dependenciesTable(subject: RefLike, items: readonly DependencyRow[]): Table {
  return {
    name: fileStem("dependances", subject.key),
    caption: `Dépendances de ${subject.name}`,
    columns: [
      { key: "name", title: "Dépendance" },
      { key: "type", title: "Type" },
      { key: "key", title: "Clé" },
      { key: "relation", title: "Relation" },
      { key: "depth", title: "Profondeur", numeric: true },
      { key: "requirement", title: "Version demandée" },
      { key: "kind", title: "Usage" },
      { key: "licence", title: "Licence" },
      { key: "licenceClass", title: "Classe de licence" },
      { key: "path", title: "Chemin d'exemple" },
    ],
    rows: items.map(i => ({
      name: i.node.name,
      type: kindName(i.node),
      key: i.node.key,
      relation: i.relation === "DIRECT" ? "directe" : "indirecte",
      depth: i.depth,
      requirement: i.requirement ?? "inconnue",
      kind: i.dependencyKind ?? "inconnu",
      licence: licenceText(i.licence),
      licenceClass: licenceClassName(i.licenceClass),
      path: i.examplePath.map(r => r.name).join(" → "),
    })),
  };
}

export interface ExposedRow {
  entity: RefLike;
  depth: number;
  ministries: RefLike[];
  evidence: Array<{ relationship: string; target: RefLike }>;
}

/** Who is exposed: start-ups and organisations with their ministries and the evidence. */
export function exposureTable(
  subject: RefLike,
  startups: readonly ExposedRow[],
  organizations: readonly ExposedRow[],
): Table {
  const row = (x: ExposedRow) => ({
    name: x.entity.name,
    type: kindName(x.entity),
    key: x.entity.key,
    depth: x.depth,
    ministries:
      x.ministries.length > 0 ? x.ministries.map(m => m.name).join(" ; ") : "aucun ministère connu",
    evidence: x.evidence.map(e => `${e.relationship} ${e.target.name}`).join(" ; "),
  });
  return {
    name: fileStem("exposition", subject.key),
    caption: `Qui est exposé si ${subject.name} fait défaut`,
    columns: [
      { key: "name", title: "Entité exposée" },
      { key: "type", title: "Type" },
      { key: "key", title: "Clé" },
      { key: "depth", title: "Profondeur", numeric: true },
      { key: "ministries", title: "Ministères" },
      { key: "evidence", title: "Preuves" },
    ],
    rows: [...startups.map(row), ...organizations.map(row)],
  };
}

export interface MinistryExposureRow {
  ministry: RefLike;
  direct: boolean;
  minDepth: number;
  organizations: number;
  startups: number;
}

export function ministryExposureTable(
  subject: RefLike,
  rows: readonly MinistryExposureRow[],
): Table {
  return {
    name: fileStem("exposition-ministeres", subject.key),
    caption: `Ministères exposés à ${subject.name}`,
    columns: [
      { key: "ministry", title: "Ministère" },
      { key: "direct", title: "Usage direct" },
      { key: "minDepth", title: "Profondeur minimale", numeric: true },
      { key: "organizations", title: "Organisations", numeric: true },
      { key: "startups", title: "Start-ups", numeric: true },
    ],
    rows: rows.map(r => ({
      ministry: r.ministry.name,
      direct: r.direct,
      minDepth: r.minDepth,
      organizations: r.organizations,
      startups: r.startups,
    })),
  };
}

export interface ReuseLike {
  rows: Array<{
    software: RefLike & { id: string };
    usingMinistries: number;
    usingOrganizations: number;
  }>;
  columns: Array<{ column: RefLike & { id: string }; software: number }>;
  cells: Array<{ software: { id: string }; column: { id: string }; organizations: number }>;
}

/** The reuse matrix as a table: one row per tool, one column per ministry (organisations count). */
export function reuseTable(matrix: ReuseLike): Table {
  const cell = new Map(matrix.cells.map(c => [`${c.software.id}|${c.column.id}`, c.organizations]));
  return {
    name: "matrice-reutilisation",
    caption: "Réutilisation des outils par ministère (nombre d'organisations utilisatrices)",
    columns: [
      { key: "software", title: "Outil" },
      { key: "usingMinistries", title: "Ministères", numeric: true },
      ...matrix.columns.map(c => ({ key: c.column.key, title: c.column.name, numeric: true })),
    ],
    rows: matrix.rows.map(r => ({
      software: r.software.name,
      usingMinistries: r.usingMinistries,
      ...Object.fromEntries(
        matrix.columns.map(c => [c.column.key, cell.get(`${r.software.id}|${c.column.id}`) ?? 0]),
      ),
    })),
  };
}

/** Rows × columns of a heatmap: the count per cell and the largest, for the colour scale. */
export function heatmap(matrix: ReuseLike): { values: number[][]; max: number } {
  const cell = new Map(matrix.cells.map(c => [`${c.software.id}|${c.column.id}`, c.organizations]));
  const values = matrix.rows.map(r =>
    matrix.columns.map(c => cell.get(`${r.software.id}|${c.column.id}`) ?? 0),
  );
  return { values, max: Math.max(0, ...values.flat()) };
}

export interface SectorShareLike {
  sector: string;
  contributors: number;
  contributorShare: number;
  contributions: number;
  contributionShare: number;
}

const SECTORS: Record<string, string> = {
  STATE: "État",
  PUBLIC: "Secteur public",
  COMPANY: "Entreprises",
  CIVIL_SOCIETY: "Société civile",
  ACADEMIA: "Recherche",
  FOREIGN_STATE: "Autres États",
  OTHER_STATE: "Autres États",
  INDIVIDUAL: "Individus",
  UNKNOWN: "Inconnu",
};

export const sectorName = (sector: string): string => SECTORS[sector] ?? sector;

export function sectorTable(subject: RefLike, shares: readonly SectorShareLike[]): Table {
  return {
    name: fileStem("secteurs", subject.key),
    caption: `Contributions par secteur — ${subject.name} (la part inconnue est toujours affichée)`,
    columns: [
      { key: "sector", title: "Secteur" },
      { key: "contributors", title: "Contributeurs", numeric: true },
      { key: "contributorShare", title: "Part des contributeurs", numeric: true },
      { key: "contributions", title: "Contributions", numeric: true },
      { key: "contributionShare", title: "Part des contributions", numeric: true },
    ],
    rows: shares.map(s => ({
      sector: sectorName(s.sector),
      contributors: s.contributors,
      contributorShare: round(s.contributorShare),
      contributions: round(s.contributions),
      contributionShare: round(s.contributionShare),
    })),
  };
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** Any list of refs (a ministry's bodies, tools, repositories…) as a table. */
export function refTable(
  name: string,
  caption: string,
  refs: ReadonlyArray<{ key: string; displayName: string }>,
  kind: string,
): Table {
  return {
    name: fileStem(name),
    caption,
    columns: [
      { key: "name", title: "Nom" },
      { key: "type", title: "Type" },
      { key: "key", title: "Clé" },
    ],
    rows: refs.map(r => ({ name: r.displayName, type: kindStyle(kind).name, key: r.key })),
  };
}

export interface NeighbourRowLike {
  outgoing: boolean;
  node: { id: string; entityKind: string; displayName: string };
  relationship: {
    type: string;
    provenance: Array<{ source: string; licence: string; date?: string | null }>;
  };
}

/** The relationships of an entity page, each with its neighbour, direction, source and licence. */
export function neighboursTable(
  center: { displayName: string },
  neighbours: readonly NeighbourRowLike[],
): Table {
  return {
    name: fileStem("relations", center.displayName),
    caption: `Relations de ${center.displayName}`,
    columns: [
      { key: "relationship", title: "Relation" },
      { key: "direction", title: "Sens" },
      { key: "name", title: "Entité liée" },
      { key: "type", title: "Type" },
      { key: "source", title: "Source" },
      { key: "licence", title: "Licence" },
      { key: "date", title: "Date" },
    ],
    rows: neighbours.map(n => ({
      relationship: n.relationship.type,
      direction: n.outgoing ? "sortante" : "entrante",
      name: n.node.displayName,
      type: kindStyle(n.node.entityKind).name,
      source: n.relationship.provenance.map(p => p.source).join(" ; ") || "inconnue",
      licence: n.relationship.provenance.map(p => p.licence).join(" ; ") || "inconnue",
      date: n.relationship.provenance.map(p => p.date ?? "inconnue").join(" ; ") || "inconnue",
    })),
  };
}

export interface ActivityPeriodLike {
  label: string;
  activeContributors: number;
  newContributors: number;
  contributions: number;
  unaffiliatedContributors: number;
  unknownAffiliationShare: number;
}

/** Contributors over time (`contributorActivity`), one row per period, the unknown share shown. */
export function activityTable(subject: RefLike, periods: readonly ActivityPeriodLike[]): Table {
  return {
    name: fileStem("contributeurs-par-an", subject.key),
    caption: `Contributeurs par année — ${subject.name} (commits répartis sur la période de chaque contributeur : une estimation)`,
    columns: [
      { key: "year", title: "Année" },
      { key: "contributors", title: "Contributeurs actifs dans l'année", numeric: true },
      { key: "newContributors", title: "Nouveaux contributeurs", numeric: true },
      { key: "contributions", title: "Contributions (estimées)", numeric: true },
      { key: "unaffiliated", title: "Sans organisation connue", numeric: true },
      { key: "unknownShare", title: "Part d'affiliation inconnue", numeric: true },
    ],
    rows: periods.map(p => ({
      year: p.label,
      contributors: p.activeContributors,
      newContributors: p.newContributors,
      contributions: Math.round(p.contributions),
      unaffiliated: p.unaffiliatedContributors,
      unknownShare: round(p.unknownAffiliationShare),
    })),
  };
}

export interface SpofLike {
  kind: string;
  node: RefLike;
  other?: RefLike | null;
  detail: string;
  exposedConsumers: number;
  exposedOrganizations: number;
  exposedStartups: number;
}

const SPOF_KINDS: Record<string, string> = {
  ARTICULATION_POINT: "point d'articulation",
  BRIDGE: "pont",
  HUMAN: "une seule personne",
  SOLE_PROVIDER: "seul fournisseur",
};

/** Single points of failure as a table. */
export function spofTable(subject: string, items: readonly SpofLike[]): Table {
  return {
    name: fileStem("points-de-defaillance", subject),
    caption: "Points de défaillance uniques",
    columns: [
      { key: "node", title: "Outil" },
      { key: "kind", title: "Nature" },
      { key: "other", title: "Autre extrémité" },
      { key: "detail", title: "Détail" },
      { key: "consumers", title: "Consommateurs exposés", numeric: true },
      { key: "organizations", title: "Organisations exposées", numeric: true },
      { key: "startups", title: "Start-ups exposées", numeric: true },
    ],
    rows: items.map(i => ({
      node: i.node.name,
      kind: SPOF_KINDS[i.kind] ?? i.kind,
      other: i.other?.name ?? "",
      detail: i.detail,
      consumers: i.exposedConsumers,
      organizations: i.exposedOrganizations,
      startups: i.exposedStartups,
    })),
  };
}
