import { type BuildContext, rejectRecord } from "../core/context";
import { SourceError } from "../core/errors";
import { cmp } from "../core/normalise";
import { readCsv, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import {
  type ManifestRole,
  dependencyProps,
  kindOfScope,
  manifestRole,
} from "../resolve/manifest-role";
import { type DependencyKind, packageKey } from "../suitenumerique/packages";
import { type NodeRef, type Provenance } from "../snapshot-format";
import { type Publisher } from "./published";
import { DIR, type PublicRepo } from "./repos";

const INTERNAL_SPEC = /^(workspace:|file:|link:|portal:)/;

interface DependencyRow {
  fullName: string;
  from: NodeRef;
  key: string;
  kind: DependencyKind;
  role: ManifestRole;
  requirement: string;
  manifestPath: string;
  p: Provenance;
}

/** Rows of dependencies.csv that name a package of another repository (internal specs skipped). */
function readRows(
  ctx: BuildContext,
  repos: ReadonlyMap<string, PublicRepo>,
  ownNames: ReadonlyMap<string, ReadonlySet<string>>,
): DependencyRow[] {
  const file = sourceFile(ctx.dataDir, `${DIR}/dependencies.csv`);
  const out: DependencyRow[] = [];
  for (const { row, values: v } of readCsv(file)) {
    const fullName = v.repo ?? "";
    const repo = repos.get(fullName.toLowerCase());
    const kind = kindOfScope(v.scope ?? "");
    if (!repo || kind === undefined) {
      rejectRecord(
        ctx,
        new SourceError(
          file.name,
          `row=${row}`,
          repo
            ? `unknown scope "${v.scope ?? ""}"`
            : `repository "${fullName}" absent from repos.csv`,
        ),
      );
      continue;
    }
    const requirement = v.requirement ?? "";
    const key = packageKey(v.ecosystem ?? "", v.dependency ?? "");
    if (INTERNAL_SPEC.test(requirement.trim()) || ownNames.get(fullName.toLowerCase())?.has(key)) {
      continue; // the repository's own workspace package
    }
    const manifestPath = v.manifest_path ?? "";
    const p = prov("public-repos", `dependencies.csv#row=${row}`, repo.snapshotDate);
    if (!ctx.graph.hasNode({ label: "Package", key })) {
      // a package's provenance is the first record that names it, not every manifest using it
      ctx.graph.addNode(
        "Package",
        key,
        { ecosystem: (v.ecosystem ?? "").toLowerCase(), name: v.dependency },
        p,
      );
    }
    out.push({
      fullName,
      from: repo.repository,
      key,
      kind,
      role: manifestRole(manifestPath),
      requirement,
      manifestPath,
      p,
    });
  }
  return out;
}

/**
 * (Repository)-[:DEPENDS_ON]->(Package), one per (repository, package, scope, manifest role): the
 * same package in two sections of one manifest gives two facts; the manifests declaring it are
 * listed (`manifest` = the first in path order, `manifests`, `manifestCount`).
 */
function addRepositoryDependencies(ctx: BuildContext, rows: readonly DependencyRow[]): void {
  const groups = new Map<string, DependencyRow[]>();
  for (const r of rows) {
    const id = `${r.from.key}\u0000${r.key}\u0000${r.kind}\u0000${r.role}`;
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => cmp(a.manifestPath, b.manifestPath));
    const first = sorted[0];
    if (first === undefined) {
      continue;
    }
    const manifests = [...new Set(sorted.map(r => `${r.fullName}/${r.manifestPath}`))];
    ctx.graph.addRel(
      "DEPENDS_ON",
      first.from,
      { label: "Package", key: first.key },
      {
        ...dependencyProps(first.requirement, first.kind, manifests[0] ?? "", first.manifestPath),
        manifests: manifests.length > 1 ? manifests : undefined,
        manifestCount: manifests.length,
      },
      first.p,
      `${first.kind}#${first.role}`,
    );
  }
}

/**
 * (Package)-[:DEPENDS_ON]->(Package) from the manifest that publishes a resolved package (prod, peer
 * and optional sections: a consumer never installs dev dependencies), for the packages some other
 * repository depends on and, transitively, their own dependencies: the chains that cross repositories.
 */
function addPackageDependencies(
  ctx: BuildContext,
  rows: readonly DependencyRow[],
  publishers: ReadonlyMap<string, Publisher>,
): void {
  const byManifest = new Map<string, DependencyRow[]>();
  for (const r of rows) {
    const m = `${r.fullName.toLowerCase()}/${r.manifestPath}`;
    byManifest.set(m, [...(byManifest.get(m) ?? []), r]);
  }
  const depsOf = (key: string): DependencyRow[] => {
    const pub = publishers.get(key);
    return pub === undefined
      ? []
      : (byManifest.get(`${pub.fullName.toLowerCase()}/${pub.manifestPath}`) ?? []).filter(
          r => r.kind !== "DEV" && r.key !== key,
        );
  };
  const needed = new Set(
    rows
      .filter(r => publishers.has(r.key) && publishers.get(r.key)?.repository.key !== r.from.key)
      .map(r => r.key),
  );
  const frontier = [...needed];
  for (let key = frontier.pop(); key !== undefined; key = frontier.pop()) {
    for (const d of depsOf(key)) {
      if (publishers.has(d.key) && !needed.has(d.key)) {
        needed.add(d.key);
        frontier.push(d.key);
      }
    }
  }
  for (const key of [...needed].sort(cmp)) {
    for (const d of depsOf(key)) {
      const manifest = `${d.fullName}/${d.manifestPath}`;
      ctx.graph.addRel(
        "DEPENDS_ON",
        { label: "Package", key },
        { label: "Package", key: d.key },
        {
          ...dependencyProps(d.requirement, d.kind, manifest, d.manifestPath),
          via: "published-manifest",
        },
        d.p,
        `${manifest}#${d.kind}`,
      );
    }
  }
}

/** dependencies.csv → repository and (for resolved, depended-upon packages) package dependencies. */
export function importPublicDependencies(
  ctx: BuildContext,
  repos: ReadonlyMap<string, PublicRepo>,
  publishers: ReadonlyMap<string, Publisher>,
  ownNames: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  const rows = readRows(ctx, repos, ownNames);
  addRepositoryDependencies(ctx, rows);
  addPackageDependencies(ctx, rows, publishers);
}
