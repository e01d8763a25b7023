import { existsSync } from "node:fs";
import path from "node:path";
import { importIncubators, importOrganisations, importPhases } from "./betagouv/organisations";
import { importMembers } from "./betagouv/members";
import { importStartups } from "./betagouv/startups";
import { importAwesome, importForgeAccounts, importMinistries, importOspos } from "./codegouvfr";
import {
  importForgeOrganisations,
  importLibraries2021,
  importRepositories2021,
} from "./codes-sources";
import { type BuildContext, type BuildOptions, createContext } from "./core/context";
import { SourceError } from "./core/errors";
import { type UnresolvedReport } from "./core/report";
import { SOURCES, type SourceId } from "./core/sources";
import { applyCuratedNodes, applyCuratedRelationships } from "./curated/apply";
import { loadAliases, loadCurated } from "./curated/load";
import { AliasTable } from "./resolve/aliases";
import { FORMAT_VERSION, type Manifest } from "./snapshot-format";
import { importSillReferents, importSillServices } from "./sill/organisations";
import { importSillSoftware } from "./sill/software";
import { renderSnapshot } from "./snapshot/writer";
import { importStatements } from "./statements";
import { importPublicReposSource } from "./public-repos";
import { importSuiteContributors } from "./suitenumerique/contributors";
import { importSuiteDependencies } from "./suitenumerique/dependencies";
import { readManifests } from "./suitenumerique/manifests";
import { importPubliccode } from "./suitenumerique/publiccode";
import { importSuiteRepos } from "./suitenumerique/repos";

export interface BuildInput extends BuildOptions {
  /** Folder holding curated.yml and aliases.yml (default: <repo>/seed). */
  seedDir: string;
}

export interface BuildResult {
  ctx: BuildContext;
  manifest: Manifest;
  unresolved: UnresolvedReport;
  /** relative path → file content */
  files: Map<string, string>;
  stats: { repositoryRows2021: number; repositoryDistinct2021: number };
}

/** Builds the whole graph in memory from the raw data folder and the curated files. */
export async function buildSnapshot(input: BuildInput): Promise<BuildResult> {
  if (!existsSync(input.dataDir)) {
    throw new SourceError(
      input.dataDir,
      undefined,
      "data folder not found (pass --data <path to shared/data>)",
    );
  }
  const curated = loadCurated({
    abs: path.join(input.seedDir, "curated.yml"),
    name: "seed/curated.yml",
  });
  const aliases = loadAliases({
    abs: path.join(input.seedDir, "aliases.yml"),
    name: "seed/aliases.yml",
  });
  const ctx = createContext(input, curated, new AliasTable(aliases));

  applyCuratedNodes(ctx);
  importMinistries(ctx);
  const deps = importForgeAccounts(ctx);
  importForgeOrganisations(ctx);
  const repoStats = importRepositories2021(ctx, deps);
  importLibraries2021(ctx);
  importOspos(ctx, deps);
  importAwesome(ctx, deps);

  const phaseIds = await importPhases(ctx);
  await importOrganisations(ctx);
  await importIncubators(ctx);
  const startupIds = await importStartups(ctx, deps, phaseIds);
  await importMembers(ctx, startupIds);

  const sillByName = importSillSoftware(ctx);
  importSillServices(ctx, sillByName);
  importSillReferents(ctx);

  const repos = importSuiteRepos(ctx, deps);
  importSuiteContributors(ctx, repos);
  importSuiteDependencies(ctx, readManifests(ctx.dataDir), repos);
  importPubliccode(ctx, repos);
  importPublicReposSource(ctx, deps);
  importStatements(ctx);
  applyCuratedRelationships(ctx);

  const dangling = ctx.graph.danglingRels();
  if (dangling.length > 0) {
    throw new Error(
      `internal error: ${dangling.length} relationships with a missing endpoint, e.g. ${dangling[0]?.id ?? ""}`,
    );
  }
  const manifest = buildManifest(ctx);
  const unresolved = ctx.report.toJSON();
  const files = renderSnapshot(ctx.graph.allNodes(), ctx.graph.allRels(), manifest, unresolved);
  return {
    ctx,
    manifest,
    unresolved,
    files,
    stats: { repositoryRows2021: repoStats.rows, repositoryDistinct2021: repoStats.distinct },
  };
}

function countBy(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of [...values].sort()) {
    out[v] = (out[v] ?? 0) + 1;
  }
  return out;
}

function buildManifest(ctx: BuildContext): Manifest {
  const builtFrom: Manifest["builtFrom"] = {};
  for (const id of Object.keys(SOURCES).sort() as SourceId[]) {
    builtFrom[id] =
      id === "curated" ? { ...SOURCES[id], snapshotDate: ctx.curated.date } : { ...SOURCES[id] };
  }
  return {
    formatVersion: FORMAT_VERSION,
    builtFrom,
    counts: {
      nodes: countBy(ctx.graph.allNodes().map(n => n.label)),
      relationships: countBy(ctx.graph.allRels().map(r => r.type)),
    },
  };
}
