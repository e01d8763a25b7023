import { type BuildContext } from "../core/context";
import { readCsv, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import { type RepoDeps } from "../resolve/repositories";
import { packageKey } from "../suitenumerique/packages";
import { DIR, type PublicRepo, ensureGithubRepository } from "./repos";

/**
 * Unscoped workspace names that several monorepos use for their own apps (README §8 quirks): never
 * resolved to a repository, even when only one repository declares them.
 */
export const GENERIC_PACKAGE_NAMES: ReadonlySet<string> = new Set([
  "admin",
  "analytics",
  "api",
  "app",
  "back",
  "backend",
  "cli",
  "client",
  "common",
  "config",
  "core",
  "dashboard",
  "dbt",
  "docs",
  "e2e",
  "front",
  "frontend",
  "lib",
  "server",
  "shared",
  "site",
  "ui",
  "utils",
  "web",
  "webapp",
  "website",
  "worker",
]);

/** Third-party libraries kept in a repository with their own manifest (README §8): not its packages. */
const VENDORED: ReadonlySet<string> = new Set([
  "gip-inclusion/carnet-de-bord npm:tarteaucitronjs",
  "mission-apprentissage/cerfa npm:ovh",
]);

/** The repository (and manifest) that publishes a package, when exactly one does. */
export interface Publisher {
  fullName: string;
  manifestPath: string;
  repository: { label: string; key: string };
}

function isGeneric(name: string): boolean {
  const bare = name.startsWith("@") ? (name.split("/")[1] ?? name) : name;
  return (
    GENERIC_PACKAGE_NAMES.has(name) || (name.startsWith("@app/") && GENERIC_PACKAGE_NAMES.has(bare))
  );
}

/**
 * packages-published.csv → (Package)-[:PUBLISHED_FROM]->(Repository) for names declared by exactly
 * one repository and not generic; collisions, generic names and vendored copies are reported.
 * Returns package key → publisher, and the keys each repository declares (its workspace names).
 */
export function importPublishedPackages(
  ctx: BuildContext,
  deps: RepoDeps,
  repos: ReadonlyMap<string, PublicRepo>,
): { publishers: Map<string, Publisher>; ownNames: Map<string, Set<string>> } {
  const declared = new Map<
    string,
    { fullName: string; manifestPath: string; row: number; ecosystem: string; name: string }[]
  >();
  const ownNames = new Map<string, Set<string>>();
  for (const { row, values: v } of readCsv(
    sourceFile(ctx.dataDir, `${DIR}/packages-published.csv`),
  )) {
    const fullName = v.repo ?? "";
    const key = packageKey(v.ecosystem ?? "", v.package ?? "");
    const own = ownNames.get(fullName.toLowerCase()) ?? new Set<string>();
    own.add(key);
    ownNames.set(fullName.toLowerCase(), own);
    if (VENDORED.has(`${fullName} ${key}`)) {
      ctx.report.unresolved(
        "publishedPackageVendored",
        "packages-published rows of a third-party library vendored in the repository (not its package)",
        `${key} ← ${fullName}`,
      );
      continue;
    }
    const list = declared.get(key) ?? [];
    list.push({
      fullName,
      manifestPath: v.manifest_path ?? "",
      row,
      ecosystem: v.ecosystem ?? "",
      name: v.package ?? "",
    });
    declared.set(key, list);
  }
  const publishers = new Map<string, Publisher>();
  for (const [key, list] of [...declared].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const repoNames = [...new Set(list.map(d => d.fullName))].sort();
    const first = list[0];
    if (first === undefined) {
      continue;
    }
    if (isGeneric(first.name)) {
      ctx.report.unresolved(
        "publishedPackageGeneric",
        "generic workspace package names (api, ui, shared…) never resolved to a repository",
        `${key} ← ${repoNames.join(" | ")}`,
      );
      continue;
    }
    if (repoNames.length > 1) {
      ctx.report.unresolved(
        "publishedPackageCollision",
        "package names declared by several repositories (template copies, shared history): not resolved",
        `${key} ← ${repoNames.join(" | ")}`,
      );
      continue;
    }
    const snapshotDate = repos.get(first.fullName.toLowerCase())?.snapshotDate;
    const p = prov("public-repos", `packages-published.csv#row=${first.row}`, snapshotDate);
    const repository =
      repos.get(first.fullName.toLowerCase())?.repository ??
      ensureGithubRepository(ctx, deps, first.fullName, {}, p);
    const pkg = ctx.graph.addNode(
      "Package",
      key,
      {
        ecosystem: first.ecosystem.toLowerCase(),
        name: first.name,
        publishedBy: repository.key,
        publishedByPublicBody: true,
      },
      p,
    );
    ctx.graph.addRel(
      "PUBLISHED_FROM",
      pkg,
      repository,
      { manifest: `${first.fullName}/${first.manifestPath}`, basis: "packages-published.csv" },
      p,
    );
    publishers.set(key, { fullName: first.fullName, manifestPath: first.manifestPath, repository });
  }
  return { publishers, ownNames };
}
