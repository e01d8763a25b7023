import { type BuildContext } from "../core/context";
import { prov } from "../core/sources";
import { dependencyProps } from "../resolve/manifest-role";
import { type NodeRef } from "../snapshot-format";
import { type Dependency, KIND_RANK, packageKey } from "./packages";
import { type Manifest } from "./manifests";
import { type SuiteRepo, suiteSoftwareKey } from "./repos";

const SRC = "suitenumerique";

/**
 * Names published by La Suite repositories: scoped `@gouvfr-lasuite/*` package.json names and
 * the pyproject name of a repository-root pyproject.toml (django-lasuite) → that repo's Software.
 */
export function publishedNames(manifests: readonly Manifest[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of manifests) {
    const published =
      m.name !== undefined &&
      (m.name.startsWith("@gouvfr-lasuite/") || m.path === `${m.repo}/pyproject.toml`);
    if (published && m.name !== undefined) {
      const eco = m.path.endsWith("package.json") ? "npm" : "pypi";
      out.set(packageKey(eco, m.name), suiteSoftwareKey(`suitenumerique/${m.repo}`));
    }
  }
  return out;
}

/** Same-repo workspace packages (e.g. `packages-i18n` inside docs) are internal, not edges. */
function workspaceNames(manifests: readonly Manifest[], repo: string): Set<string> {
  return new Set(
    manifests.filter(m => m.repo === repo && m.name !== undefined).map(m => m.name ?? ""),
  );
}

function isInternalSpec(requirement: string): boolean {
  return /^(workspace:|file:|link:|portal:)/.test(requirement.trim());
}

/**
 * Manifest dependencies → (Repository)-[:DEPENDS_ON]->(Software|Package), one per manifest and
 * section, and an aggregated (Software)-[:DEPENDS_ON]->(Software|Package) over the MAIN manifests
 * keeping the strongest kind.
 */
export function importSuiteDependencies(
  ctx: BuildContext,
  manifests: readonly Manifest[],
  repos: ReadonlyMap<string, SuiteRepo>,
): void {
  const published = publishedNames(manifests);
  const strongest = new Map<
    string,
    { from: NodeRef; to: NodeRef; dep: Dependency; manifests: Set<string>; date: string }
  >();
  for (const m of manifests) {
    const repo = repos.get(`suitenumerique/${m.repo}`);
    if (!repo) {
      ctx.report.unresolved(
        "manifestRepoUnknown",
        "manifests under a repository absent from repos-summary.csv",
        m.path,
      );
      continue;
    }
    const internal = workspaceNames(manifests, m.repo);
    for (const dep of m.dependencies) {
      if (internal.has(dep.name) || isInternalSpec(dep.requirement)) {
        continue;
      }
      const key = packageKey(dep.ecosystem, dep.name);
      const softwareKey = published.get(key);
      const p = prov(SRC, `repos/${m.path}#${dep.name}`, repo.snapshotDate);
      let to: NodeRef;
      if (softwareKey !== undefined) {
        to = { label: "Software", key: softwareKey };
      } else {
        to = ctx.graph.addNode("Package", key, { ecosystem: dep.ecosystem, name: dep.name }, p);
      }
      if (to.key === repo.software.key) {
        continue;
      }
      const props = dependencyProps(
        dep.requirement,
        dep.kind,
        dep.manifest,
        dep.manifest.slice(m.repo.length + 1),
      );
      // one relationship per (manifest, section): dev + peer of one package are two facts
      ctx.graph.addRel("DEPENDS_ON", repo.repository, to, props, p, `${dep.manifest}#${dep.kind}`);
      if (props.manifestRole !== "MAIN") {
        continue; // test / example / docs manifests are not the software's dependencies
      }
      const aggKey = `${repo.software.key}\u0000${to.label}/${to.key}`;
      const current = strongest.get(aggKey);
      if (!current || KIND_RANK[dep.kind] < KIND_RANK[current.dep.kind]) {
        strongest.set(aggKey, {
          from: repo.software,
          to,
          dep,
          manifests: new Set([...(current?.manifests ?? []), dep.manifest]),
          date: repo.snapshotDate,
        });
      } else {
        current.manifests.add(dep.manifest);
      }
    }
  }
  for (const s of strongest.values()) {
    const p = prov(SRC, `repos/${s.dep.manifest}#${s.dep.name}`, s.date);
    ctx.graph.addRel(
      "DEPENDS_ON",
      s.from,
      s.to,
      {
        ...dependencyProps(s.dep.requirement, s.dep.kind, s.dep.manifest, ""),
        manifestCount: s.manifests.size,
      },
      p,
    );
  }
}
