/**
 * Synthetic snapshots of `bench:scale`, generated once per factor and source: cached under
 * `.bench-scale/` (git-ignored) in a folder named by the factor and a hash of the source snapshot
 * and of the generator, so a changed snapshot or generator gives a new folder.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../../src/paths";
import { scaleSnapshot } from "./scale-snapshot";

export const CACHE_DIR = path.join(REPO_ROOT, ".bench-scale");

/** sha256 of every file of the snapshot folder (sorted paths) and of the generator's code. */
export function sourceHash(sourceDir: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap(e => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
      .sort();
  for (const file of walk(sourceDir)) {
    hash.update(path.relative(sourceDir, file)).update(readFileSync(file));
  }
  hash.update(readFileSync(path.join(__dirname, "scale-snapshot.js")));
  return hash.digest("hex").slice(0, 12);
}

/** The folder of the factor's snapshot, generated first when it is not cached (1 = the source). */
export async function cachedSnapshot(
  sourceDir: string,
  factor: number,
  log: (message: string) => void,
): Promise<string> {
  if (factor === 1) {
    return sourceDir;
  }
  const dir = path.join(CACHE_DIR, `x${factor}-${sourceHash(sourceDir)}`);
  if (existsSync(path.join(dir, "manifest.json"))) {
    log(`${factor}×: cached snapshot ${path.relative(REPO_ROOT, dir)}`);
    return dir;
  }
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const started = Date.now();
  await scaleSnapshot(sourceDir, partial, { factor });
  renameSync(partial, dir); // only a complete snapshot gets the cached name
  log(
    `${factor}×: generated ${path.relative(REPO_ROOT, dir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return dir;
}
