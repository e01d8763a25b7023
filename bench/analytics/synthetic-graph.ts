/**
 * A synthetic graph with the shape of the real analytics subgraph (software, packages, start-ups,
 * organisations, ministries and the relationships the analytics read), `scale` times its size.
 * Deterministic (seeded PRNG); dependency targets follow a power law so that hubs exist, and
 * package → package edges give transitive depth.
 */
import { mulberry32 } from "../../src/analytics";
import type { Db } from "../../src/db";

/** Per-unit counts (≈ the real snapshot's analytics subgraph). */
export const BASE = {
  software: 260,
  packages: 1000,
  startups: 660,
  organizations: 340,
  ministries: 18,
  softwareDeps: 2450,
  packageDeps: 1000,
  uses: 80,
  sponsors: 825,
  produces: 10,
  partOf: 118,
} as const;

type Rel = { from: string; to: string };

/** Wipes the database and loads the synthetic graph; returns node and relationship counts. */
export async function loadSyntheticGraph(
  db: Db,
  scale: number,
): Promise<{ nodes: number; relationships: number }> {
  const rnd = mulberry32(20_260_823 + scale);
  const n = (k: keyof typeof BASE) => BASE[k] * scale;
  const hub = (count: number) => Math.floor(count * rnd() ** 3); // power law towards index 0
  const pick = (count: number) => Math.floor(count * rnd());
  for (;;) {
    const [row] = await db.write(
      "MATCH (x) WITH x LIMIT 20000 DETACH DELETE x RETURN count(*) AS deleted",
    );
    if (Number(row?.deleted ?? 0) === 0) {
      break;
    }
  }
  const nodes = async (label: string, prefix: string, count: number) => {
    const keys = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
    for (let i = 0; i < keys.length; i += 10_000) {
      await db.write(`UNWIND $keys AS key CREATE (:${label} {key: key, name: key})`, {
        keys: keys.slice(i, i + 10_000),
      });
    }
  };
  await nodes("Software", "syn:sw:", n("software"));
  await nodes("Package", "syn:pkg:", n("packages"));
  await nodes("Startup", "syn:st:", n("startups"));
  await nodes("Organization", "syn:org:", n("organizations"));
  await nodes("Ministry", "syn:min:", n("ministries"));
  let relationships = 0;
  const rels = async (cypher: string, list: Rel[]) => {
    for (let i = 0; i < list.length; i += 10_000) {
      await db.write(cypher, { rows: list.slice(i, i + 10_000) });
    }
    relationships += list.length;
  };
  const gen = (count: number, f: () => Rel) => Array.from({ length: count }, f);
  const link = (a: string, type: string, b: string, props = "") =>
    `UNWIND $rows AS r MATCH (x:${a} {key: r.from}) MATCH (y:${b} {key: r.to}) CREATE (x)-[:${type}${props}]->(y)`;
  const dep = " {kind: 'RUNTIME', requirement: '^1.0.0', _provSource: ['synthetic']}";
  await rels(
    link("Software", "DEPENDS_ON", "Package", dep),
    gen(n("softwareDeps"), () => ({
      from: `syn:sw:${hub(n("software"))}`,
      to: `syn:pkg:${hub(n("packages"))}`,
    })),
  );
  await rels(
    link("Package", "DEPENDS_ON", "Package", dep),
    gen(n("packageDeps"), () => {
      const from = 1 + pick(n("packages") - 1);
      return { from: `syn:pkg:${from}`, to: `syn:pkg:${hub(from)}` };
    }),
  );
  await rels(
    link("Organization", "USES", "Software", " {_provSource: ['synthetic']}"),
    gen(n("uses"), () => ({
      from: `syn:org:${pick(n("organizations"))}`,
      to: `syn:sw:${hub(n("software"))}`,
    })),
  );
  await rels(
    link("Startup", "SPONSORED_BY", "Organization"),
    gen(n("sponsors"), () => ({
      from: `syn:st:${pick(n("startups"))}`,
      to: `syn:org:${pick(n("organizations"))}`,
    })),
  );
  await rels(
    link("Startup", "PRODUCES", "Software", " {_provSource: ['synthetic']}"),
    gen(n("produces"), () => ({
      from: `syn:st:${pick(n("startups"))}`,
      to: `syn:sw:${pick(n("software"))}`,
    })),
  );
  await rels(
    link("Organization", "PART_OF", "Ministry"),
    gen(n("partOf"), () => ({
      from: `syn:org:${pick(n("organizations"))}`,
      to: `syn:min:${pick(n("ministries"))}`,
    })),
  );
  // a seed state as the loader leaves one, so that the server's per-snapshot caches (coverage, heavy
  // analytics) behave as they do in production: computed once, not at every call
  await db.write(
    "MERGE (s:SeedState {key: 'snapshot'}) SET s.hash = $hash, s.version = 1, s.slot = 0, s.loadedAt = $hash",
    { hash: `synthetic-${scale}x` },
  );
  const total = ["software", "packages", "startups", "organizations", "ministries"] as const;
  return { nodes: total.reduce((s, k) => s + n(k), 0), relationships };
}
