import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { SourceError, describeIssues } from "../core/errors";
import { cmp } from "../core/normalise";
import { readText, sourceFile } from "../core/readers";
import { type Dependency, type DependencyKind, parsePep508 } from "./packages";
import { parseToml, stringsOf, tableAt } from "./toml";

export interface Manifest {
  repo: string;
  /** path relative to suitenumerique/repos */
  path: string;
  /** package name declared by the manifest itself */
  name?: string;
  isPrivate: boolean;
  dependencies: Dependency[];
}

const REPOS_DIR = "suitenumerique/repos";

/** All package.json / pyproject.toml files under suitenumerique/repos/<repo>/, sorted. */
export function listManifestFiles(dataDir: string): string[] {
  const root = path.join(dataDir, REPOS_DIR);
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(root, rel)).sort(cmp)) {
      const child = rel === "" ? name : `${rel}/${name}`;
      if (name === "node_modules") {
        continue;
      }
      if (statSync(path.join(root, child)).isDirectory()) {
        walk(child);
      } else if (name === "package.json" || name === "pyproject.toml") {
        out.push(child);
      }
    }
  };
  walk("");
  return out;
}

const packageJsonSchema = z
  .object({
    name: z.string().optional(),
    private: z.boolean().optional(),
    dependencies: z.record(z.string()).optional(),
    devDependencies: z.record(z.string()).optional(),
    peerDependencies: z.record(z.string()).optional(),
    optionalDependencies: z.record(z.string()).optional(),
  })
  .passthrough();

const NPM_KINDS: ReadonlyArray<[keyof z.infer<typeof packageJsonSchema>, DependencyKind]> = [
  ["dependencies", "RUNTIME"],
  ["devDependencies", "DEV"],
  ["peerDependencies", "PEER"],
  ["optionalDependencies", "OPTIONAL"],
];

export function parsePackageJson(
  fileName: string,
  repo: string,
  rel: string,
  text: string,
): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SourceError(fileName, rel, `invalid JSON: ${(e as Error).message}`);
  }
  const parsed = packageJsonSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SourceError(
      fileName,
      rel,
      `invalid package.json: ${describeIssues(parsed.error.issues)}`,
    );
  }
  const dependencies: Dependency[] = [];
  for (const [field, kind] of NPM_KINDS) {
    const deps = parsed.data[field] as Record<string, string> | undefined;
    for (const [name, requirement] of Object.entries(deps ?? {})) {
      dependencies.push({ ecosystem: "npm", name, requirement, kind, manifest: rel });
    }
  }
  return {
    repo,
    path: rel,
    name: parsed.data.name,
    isPrivate: parsed.data.private === true,
    dependencies,
  };
}

function optionalKind(group: string): DependencyKind {
  if (/^(dev|test|tests|lint|linting|docs|typing)$/.test(group)) {
    return "DEV";
  }
  return group === "build" ? "BUILD" : "OPTIONAL";
}

export function parsePyproject(
  fileName: string,
  repo: string,
  rel: string,
  text: string,
): Manifest {
  const root = parseToml(fileName, text);
  const dependencies: Dependency[] = [];
  const add = (specs: unknown, kind: DependencyKind): void => {
    for (const spec of stringsOf(specs)) {
      const dep = parsePep508(spec);
      if (dep) {
        dependencies.push({
          ecosystem: "pypi",
          name: dep.name,
          requirement: dep.requirement,
          kind,
          manifest: rel,
        });
      }
    }
  };
  const project = tableAt(root, "project");
  add(project?.dependencies, "RUNTIME");
  add(tableAt(root, "build-system")?.requires, "BUILD");
  for (const [group, specs] of Object.entries(
    tableAt(root, "project.optional-dependencies") ?? {},
  )) {
    add(specs, optionalKind(group));
  }
  for (const specs of Object.values(tableAt(root, "dependency-groups") ?? {})) {
    add(specs, "DEV");
  }
  const name = project?.name;
  return {
    repo,
    path: rel,
    name: typeof name === "string" ? name : undefined,
    isPrivate: false,
    dependencies,
  };
}

/** Reads every manifest; a malformed manifest is a SourceError naming file and path. */
export function readManifests(dataDir: string): Manifest[] {
  return listManifestFiles(dataDir).map(rel => {
    const file = sourceFile(dataDir, `${REPOS_DIR}/${rel}`);
    const repo = rel.split("/")[0] ?? rel;
    const text = readText(file);
    return rel.endsWith("package.json")
      ? parsePackageJson(file.name, repo, rel, text)
      : parsePyproject(file.name, repo, rel, text);
  });
}
