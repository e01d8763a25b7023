import { type DependencyKind } from "../suitenumerique/packages";

/** What a manifest is for, from its folders: only MAIN manifests declare runtime dependencies. */
export type ManifestRole = "MAIN" | "TEST" | "EXAMPLE" | "DOCS";

const ROLE_BY_FOLDER: Readonly<Record<string, ManifestRole>> = Object.fromEntries([
  ...[
    "test",
    "tests",
    "__tests__",
    "testing",
    "e2e",
    "e2e-tests",
    "end-to-end",
    "cypress",
    "playwright",
    "integration-test",
    "integration-tests",
    "spec",
    "specs",
  ].map(f => [f, "TEST" as const]),
  ...["example", "examples", "demo", "demos", "sample", "samples", "sandbox", "playground"].map(
    f => [f, "EXAMPLE" as const],
  ),
  ...["doc", "docs", "documentation"].map(f => [f, "DOCS" as const]),
]);

/**
 * Role of a manifest from its path (`test/integration/cra/package.json` → TEST): the first folder
 * (outermost) named like a test, example or docs folder decides; otherwise MAIN.
 */
export function manifestRole(manifestPath: string): ManifestRole {
  const folders = manifestPath.split("/").slice(0, -1);
  for (const folder of folders) {
    const role = ROLE_BY_FOLDER[folder.toLowerCase()];
    if (role !== undefined) {
      return role;
    }
  }
  return "MAIN";
}

/** A runtime dependency: a prod or peer dependency of a MAIN manifest. */
export function isRuntime(kind: DependencyKind, role: ManifestRole): boolean {
  return role === "MAIN" && (kind === "RUNTIME" || kind === "PEER");
}

const SCOPE_KINDS: Readonly<Record<string, DependencyKind>> = {
  prod: "RUNTIME",
  dev: "DEV",
  peer: "PEER",
  optional: "OPTIONAL",
};

/** public-repos `scope` → dependency kind (undefined for an unknown scope). */
export function kindOfScope(scope: string): DependencyKind | undefined {
  return SCOPE_KINDS[scope];
}

const KIND_SCOPES: Readonly<Record<DependencyKind, string>> = {
  RUNTIME: "prod",
  DEV: "dev",
  PEER: "peer",
  OPTIONAL: "optional",
  BUILD: "build",
};

/** The relationship properties every manifest dependency carries (La Suite and public-repos). */
export function dependencyProps(
  requirement: string,
  kind: DependencyKind,
  manifest: string,
  manifestPath: string,
): {
  requirement: string;
  kind: DependencyKind;
  scope: string;
  manifest: string;
  manifestRole: ManifestRole;
  runtime: boolean;
} {
  const role = manifestRole(manifestPath);
  return {
    requirement,
    kind,
    scope: KIND_SCOPES[kind],
    manifest,
    manifestRole: role,
    runtime: isRuntime(kind, role),
  };
}
