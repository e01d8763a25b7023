import { type BuildContext, rejectRecord } from "../core/context";
import { SourceError } from "../core/errors";
import { readCsv, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import { dependencyProps, kindOfScope } from "../resolve/manifest-role";
import { packageKey } from "../suitenumerique/packages";
import { type Publisher } from "./published";
import { DIR, type PublicRepo } from "./repos";

const INTERNAL_SPEC = /^(workspace:|file:|link:|portal:)/;

/**
 * dependencies.csv → (Repository)-[:DEPENDS_ON]->(Package), one per (manifest, scope, package); and,
 * for a manifest that publishes a resolved package, (Package)-[:DEPENDS_ON]->(Package) for its
 * prod / peer / optional sections, so dependency chains cross repositories.
 */
export function importPublicDependencies(
  ctx: BuildContext,
  repos: ReadonlyMap<string, PublicRepo>,
  publishers: ReadonlyMap<string, Publisher>,
  ownNames: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  const file = sourceFile(ctx.dataDir, `${DIR}/dependencies.csv`);
  const publishedByManifest = new Map<string, string>();
  for (const [key, pub] of publishers) {
    publishedByManifest.set(`${pub.fullName}/${pub.manifestPath}`, key);
  }
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
    const manifest = `${fullName}/${manifestPath}`;
    const p = prov("public-repos", `dependencies.csv#row=${row}`, repo.snapshotDate);
    const known = { label: "Package", key };
    // a package's provenance is the first record that names it, not every manifest depending on it
    const pkg = ctx.graph.hasNode(known)
      ? known
      : ctx.graph.addNode(
          "Package",
          key,
          { ecosystem: (v.ecosystem ?? "").toLowerCase(), name: v.dependency },
          p,
        );
    const props = dependencyProps(requirement, kind, manifest, manifestPath);
    ctx.graph.addRel("DEPENDS_ON", repo.repository, pkg, props, p, `${manifest}#${kind}`);
    const published = publishedByManifest.get(manifest);
    if (published !== undefined && kind !== "DEV" && published !== key) {
      ctx.graph.addRel(
        "DEPENDS_ON",
        { label: "Package", key: published },
        pkg,
        { ...props, via: "published-manifest" },
        p,
        `${manifest}#${kind}`,
      );
    }
  }
}
