import { type BuildContext } from "../core/context";
import {
  isoDay,
  normaliseUrl,
  parseBool,
  parseForgeUrl,
  parseIntOrUndefined,
  splitList,
  uniqSorted,
} from "../core/normalise";
import { readCsv, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import { type RepoDeps, ensureRepository } from "../resolve/repositories";
import { packageKey } from "../suitenumerique/packages";

const DIR = "codes-sources-fr-2021/data";
const SRC = "codes-sources-fr-2021";

/** Forge organisations / groups of 2021 → ForgeAccount (no e-mail, avatar or description kept). */
export function importForgeOrganisations(ctx: BuildContext): void {
  const rows = readCsv(sourceFile(ctx.dataDir, `${DIR}/organizations/csv/all.csv`));
  for (const { row, values: v } of rows) {
    const normalised = normaliseUrl(v.organization_url ?? "");
    const parsed = normalised
      ? parseForgeUrl(
          normalised.replace(/\/groups\//, "/"),
          new Set([normalised.split("/")[0] ?? ""]),
        )
      : undefined;
    if (!parsed || parsed.kind === "other") {
      ctx.report.unresolved(
        "forgeOrganisationUrlInvalid",
        "2021 forge organisations whose URL is not a forge account URL",
        `row=${row} ${v.organization_url ?? ""}`,
      );
      continue;
    }
    const key = parsed.key;
    ctx.graph.addNode(
      "ForgeAccount",
      key,
      {
        host: parsed.host,
        login: key.slice(parsed.host.length + 1),
        platform: v.platform,
        displayName: v.name,
        isVerified: parseBool(v.is_verified),
        repositoriesCount2021: parseIntOrUndefined(v.repositories_count),
        createdAt: isoDay(v.creation_date),
      },
      prov(SRC, `organizations/csv/all.csv#row=${row}`),
    );
  }
}

/** 9,157 repository rows → Repository nodes keyed by normalised URL (duplicates merged). */
export function importRepositories2021(
  ctx: BuildContext,
  deps: RepoDeps,
): { rows: number; distinct: number } {
  const rows = readCsv(sourceFile(ctx.dataDir, `${DIR}/repositories/csv/all.csv`));
  const keys = new Set<string>();
  const hosts = deps.forges.knownHosts();
  for (const { row, values: v } of rows) {
    const normalised = normaliseUrl(v.repository_url ?? "");
    const parsed = normalised
      ? parseForgeUrl(normalised, new Set([...hosts, normalised.split("/")[0] ?? ""]))
      : undefined;
    if (parsed?.kind !== "repository") {
      ctx.report.reject({
        file: `${SRC}/repositories/csv/all.csv`,
        record: `row=${row}`,
        reason: `not a repository URL: ${v.repository_url ?? ""}`,
      });
      continue;
    }
    keys.add(parsed.key);
    ensureRepository(
      ctx,
      deps,
      parsed,
      {
        name: v.name,
        platform: v.platform,
        language: v.language,
        license: v.license,
        isFork: parseBool(v.is_fork),
        isArchived: parseBool(v.is_archived),
        createdAt: isoDay(v.creation_date),
        lastUpdate: isoDay(v.last_update),
        stars: parseIntOrUndefined(v.stars_count),
        forks: parseIntOrUndefined(v.forks_count),
        openIssues: parseIntOrUndefined(v.open_issues_count),
        topics: uniqSorted(splitList(v.topics, ",")),
        swhArchived: parseBool(v.software_heritage_exists),
      },
      prov(SRC, `repositories/csv/all.csv#row=${row}`),
    );
  }
  return { rows: rows.length, distinct: keys.size };
}

/** 544 packages published by public bodies → Package + PUBLISHED_FROM (when the repo is known). */
export function importLibraries2021(ctx: BuildContext): void {
  const rows = readCsv(sourceFile(ctx.dataDir, `${DIR}/libraries/csv/all.csv`));
  for (const { row, values: v } of rows) {
    const ecosystem = (v.platform ?? "").toLowerCase();
    const p = prov(SRC, `libraries/csv/all.csv#row=${row}`);
    const key = packageKey(ecosystem, v.name ?? "");
    const pkg = ctx.graph.addNode(
      "Package",
      key,
      {
        ecosystem,
        name: v.name,
        license: v.licenses,
        language: v.language,
        latestVersion: v.latest_stable_release_number,
        stars: parseIntOrUndefined(v.stars),
        rank: parseIntOrUndefined(v.rank),
        publishedByPublicBody: true,
      },
      p,
    );
    const normalised = normaliseUrl(v.repository_url ?? "");
    const repo = normalised ? { label: "Repository", key: normalised } : undefined;
    if (repo && ctx.graph.hasNode(repo)) {
      ctx.graph.addRel("PUBLISHED_FROM", pkg, repo, {}, p);
    } else {
      ctx.report.unresolved(
        "packageRepositoryUnknown",
        "2021 packages whose repository_url is not a 2021 repository",
        `${key} ${normalised ?? "(none)"}`,
      );
    }
  }
}
