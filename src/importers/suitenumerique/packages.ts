import type { DependencyKind } from "../../model";
/** Package keys: `npm:<name>`, `pypi:<pep503 name>`, `<ecosystem>:<name>` for the others. */
export function packageKey(ecosystem: string, name: string): string {
  const eco = ecosystem.toLowerCase();
  if (eco === "pypi") {
    return `pypi:${name.toLowerCase().replace(/[-_.]+/g, "-")}`;
  }
  if (eco === "npm") {
    return `npm:${name.toLowerCase()}`;
  }
  return `${eco}:${name}`;
}

export type { DependencyKind };

/** Strongest first: when one software declares a dependency several times, the strongest wins. */
export const KIND_RANK: Readonly<Record<DependencyKind, number>> = {
  RUNTIME: 0,
  PEER: 1,
  BUILD: 2,
  OPTIONAL: 3,
  DEV: 4,
};

export interface Dependency {
  ecosystem: "npm" | "pypi";
  name: string;
  requirement: string;
  kind: DependencyKind;
  /** manifest path relative to shared/data/suitenumerique/repos, e.g. docs/src/backend/pyproject.toml */
  manifest: string;
}

/** PEP 508 requirement → name + version spec (extras and environment markers dropped). */
export function parsePep508(spec: string): { name: string; requirement: string } | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*)/.exec(spec);
  if (!m) {
    return undefined;
  }
  return { name: m[1] ?? "", requirement: (m[2] ?? "").trim() };
}
