import { inSlot, type Db } from "../db";

export interface DataSourceRecord {
  id: string;
  name: string;
  url: string | null;
  commit: string | null;
  snapshotDate: string | null;
  licence: string;
  licenceUrl: string | null;
  nodeCount: number;
  loadedAt: string | null;
}

interface ManifestSource {
  name?: string;
  url?: string;
  commit?: string;
  snapshotDate?: string;
  licence?: string;
  licenceUrl?: string;
}

const SOURCES = `
OPTIONAL MATCH (s:SeedState {key: 'snapshot'})
CALL () {
  MATCH (n) WHERE n._provSource IS NOT NULL AND ${inSlot("n")}
  UNWIND n._provSource AS source
  WITH source, count(DISTINCT n) AS nodes
  RETURN collect({source: source, nodes: nodes}) AS counts
}
RETURN s.manifest AS manifest, toString(s.loadedAt) AS loadedAt, counts`;

const isUrl = (v: string | undefined): v is string =>
  typeof v === "string" && /^https?:\/\//.test(v);

/** The data sources of the loaded snapshot (from its manifest) with licence, date and node counts. */
export async function listSources(db: Db): Promise<DataSourceRecord[]> {
  const [row] = await db.read(SOURCES);
  if (!row || typeof row.manifest !== "string") {
    return [];
  }
  const manifest = JSON.parse(row.manifest) as { builtFrom?: Record<string, ManifestSource> };
  const counts = new Map(
    (row.counts as Array<{ source: string; nodes: number }>).map(c => [c.source, c.nodes]),
  );
  return Object.entries(manifest.builtFrom ?? {})
    .map(([id, s]) => ({
      id,
      name: s.name ?? id,
      url: isUrl(s.url) ? s.url : null,
      commit: s.commit || null,
      snapshotDate: s.snapshotDate || null,
      licence: s.licence ?? "",
      licenceUrl: isUrl(s.licenceUrl) ? s.licenceUrl : null,
      nodeCount: counts.get(id) ?? 0,
      loadedAt: typeof row.loadedAt === "string" ? row.loadedAt : null,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
