import { type BuildContext } from "../core/context";
import { SourceError } from "../core/errors";
import { prov } from "../core/sources";
import { type NodeRef, type Provenance } from "../snapshot-format";

const FILE = "seed/curated.yml";

function cp(ctx: BuildContext, record: string, url: string): Provenance {
  return prov("curated", `${FILE}#${record}`, ctx.curated.date, url);
}

/** Curated nodes (digital directorates, partners, extra organisations, software). Run first. */
export function applyCuratedNodes(ctx: BuildContext): void {
  const c = ctx.curated;
  for (const d of c.digitalDirectorates) {
    ctx.graph.addNode(
      "DigitalDirectorate",
      d.key,
      { name: d.name, acronym: d.acronym, sector: "STATE" },
      cp(ctx, `digitalDirectorates/${d.key}`, d.source_url),
    );
  }
  for (const p of c.partners) {
    ctx.graph.addNode(
      "Partner",
      p.key,
      {
        name: p.name,
        kind: p.kind,
        country: p.country,
        psoId: p.psoId,
        sector: p.country === "FR" ? "STATE" : "FOREIGN_STATE",
      },
      cp(ctx, `partners/${p.key}`, p.source_url),
    );
  }
  for (const o of c.organisations) {
    ctx.graph.addNode(
      "Organization",
      o.key,
      { name: o.name, kind: o.kind, sector: o.sector, country: o.country },
      cp(ctx, `organisations/${o.key}`, o.source_url),
    );
  }
  for (const s of c.software) {
    ctx.graph.addNode(
      "Software",
      s.key,
      { name: s.name, function: s.function, kind: s.kind, ...(s.props ?? {}) },
      cp(ctx, `software/${s.key}`, s.source_url),
    );
  }
}

function requireNode(ctx: BuildContext, ref: NodeRef, record: string): NodeRef {
  if (!ctx.graph.hasNode(ref)) {
    throw new SourceError(FILE, record, `unknown node ${ref.label} ${ref.key}`);
  }
  return ref;
}

/** Curated relationships, run last: every endpoint must exist (else an error naming the record). */
export function applyCuratedRelationships(ctx: BuildContext): void {
  const c = ctx.curated;
  for (const d of c.digitalDirectorates) {
    const record = `digitalDirectorates/${d.key}`;
    const from = { label: "DigitalDirectorate", key: d.key };
    ctx.graph.addRel(
      "PART_OF",
      from,
      requireNode(ctx, { label: "Ministry", key: d.ministry }, record),
      { basis: "curated" },
      cp(ctx, record, d.source_url),
    );
    if (d.organisation !== undefined) {
      const org = requireNode(ctx, ctx.aliases.canonical("Organization", d.organisation), record);
      ctx.graph.addRel("SAME_AS", from, org, { basis: "curated" }, cp(ctx, record, d.source_url));
    }
  }
  for (const s of c.software) {
    if (s.partOf !== undefined) {
      const record = `software/${s.key}`;
      ctx.graph.addRel(
        "PART_OF",
        { label: "Software", key: s.key },
        requireNode(ctx, { label: "Software", key: s.partOf }, record),
        { basis: "curated" },
        cp(ctx, record, s.source_url),
      );
    }
  }
  c.relationships.forEach((r, index) => {
    const record = `relationships[${index}] (${r.type} ${r.from.key} -> ${r.to.key})`;
    const from = requireNode(ctx, r.from, record);
    const to = requireNode(ctx, r.to, record);
    ctx.graph.addRel(
      r.type,
      from,
      to,
      { ...(r.props ?? {}), basis: "curated" },
      cp(ctx, `relationships[${index}]`, r.source_url),
    );
  });
}
