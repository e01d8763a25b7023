import { sha256Hex } from "../core/normalise";
import { z } from "zod";
import { type BuildContext } from "../core/context";
import { prov } from "../core/sources";
import { readCollection, refId } from "./collection";

const text = z.string().trim();
const organisationSchema = z
  .object({
    name: text.min(1),
    acronym: z.string().nullish(),
    type: z.string().nullish(),
    domaine_ministeriel: z.string().nullish(),
  })
  .passthrough();

const incubatorSchema = z
  .object({
    title: text.min(1),
    owner: z.string().nullish(),
    website: z.string().nullish(),
    github: z.string().nullish(),
  })
  .passthrough();

const phaseSchema = z
  .object({ status: z.string().min(1), label: z.string().min(1), order: z.number().int() })
  .passthrough();

const FILE = "betagouv";

function sectorOf(type: string | null | undefined): string {
  return type === "autre" || type === undefined || type === null ? "UNKNOWN" : "STATE";
}

/** Key of a redacted organisation (file named after a person): `redacted:<16 hex of SHA-256(id)>`. */
export function redactedKey(id: string): string {
  return `redacted:${sha256Hex(id, 16)}`;
}

/**
 * Organisations (sponsors): near-duplicates merged through the alias table; a redacted file is
 * kept as a nameless `redacted:<hash>` node with its ministry domain.
 */
export async function importOrganisations(ctx: BuildContext): Promise<void> {
  const records = await readCollection(ctx, "organisations", organisationSchema);
  const ordered = [
    ...records.filter(r => !ctx.aliases.isAliased("Organization", r.id)),
    ...records.filter(r => ctx.aliases.isAliased("Organization", r.id)),
  ];
  const domainMap = new Map(ctx.curated.domainMinistries.map(d => [d.domain, d]));
  const sameAs = new Map(ctx.curated.ministryOrganisations.map(m => [m.organisation, m]));
  for (const r of ordered) {
    const redaction = ctx.aliases.redactionReason("Organization", r.id);
    const p = prov(
      FILE,
      redaction === undefined ? r.path : `content/_organisations/[${redactedKey(r.id)}]`,
    );
    const ref =
      redaction === undefined
        ? ctx.aliases.canonical("Organization", r.id)
        : { label: "Organization", key: redactedKey(r.id) };
    const acronym = r.data.acronym?.trim();
    if (redaction !== undefined) {
      // named after a person: kept without name, acronym or id, for its ministry domain
      ctx.report.unresolved(
        "organisationRedacted",
        "organisation files named after a person, kept as a redacted node (no name) with their ministry domain",
        ref.key,
      );
    }
    ctx.graph.addNode(
      ref.label,
      ref.key,
      redaction === undefined
        ? {
            name: r.data.name.trim(),
            acronym: acronym === r.data.name.trim() ? undefined : acronym,
            kind: r.data.type ?? undefined,
            sector: sectorOf(r.data.type),
            ministryDomain: r.data.domaine_ministeriel ?? undefined,
            betagouvId: ref.key,
          }
        : {
            redacted: true,
            kind: r.data.type ?? undefined,
            sector: sectorOf(r.data.type),
            ministryDomain: r.data.domaine_ministeriel ?? undefined,
          },
      p,
    );
    const same = sameAs.get(r.id);
    if (same) {
      ctx.graph.addRel(
        "SAME_AS",
        ref,
        { label: "Ministry", key: same.ministry },
        { basis: "curated" },
        prov(
          "curated",
          `seed/curated.yml#ministryOrganisations/${r.id}`,
          ctx.curated.date,
          same.source_url,
        ),
      );
      continue;
    }
    const domain = r.data.domaine_ministeriel ?? "";
    const mapping = domainMap.get(domain);
    if (mapping?.ministry) {
      ctx.graph.addRel(
        "PART_OF",
        ref,
        { label: "Ministry", key: mapping.ministry },
        { basis: "domaine_ministeriel", domain },
        p,
      );
    } else {
      ctx.report.unresolved(
        "organisationWithoutMinistry",
        "beta.gouv.fr organisations whose domaine_ministeriel maps to no ministry (e.g. 'autres')",
        `${r.id} (${domain || "no domain"})`,
      );
    }
  }
}

export async function importIncubators(ctx: BuildContext): Promise<void> {
  const records = await readCollection(ctx, "incubators", incubatorSchema);
  for (const r of records) {
    const p = prov(FILE, r.path);
    const ref = ctx.graph.addNode(
      "Incubator",
      r.id,
      {
        name: r.data.title.trim(),
        website: r.data.website ?? undefined,
        githubUrl: r.data.github ?? undefined,
      },
      p,
    );
    const ownerId = refId(r.data.owner, "organisations");
    if (ownerId === undefined) {
      ctx.report.unresolved("incubatorOwnerMissing", "incubators with an empty owner", r.id);
      continue;
    }
    const owner = ctx.aliases.canonical("Organization", ownerId);
    if (!ctx.graph.hasNode(owner)) {
      ctx.report.unresolved(
        "incubatorOwnerUnknown",
        "incubator owners naming no organisation file",
        `${r.id} → ${ownerId}`,
      );
      continue;
    }
    ctx.graph.addRel(
      "OWNED_BY",
      ref,
      owner,
      { viaAlias: owner.key !== ownerId ? ownerId : undefined },
      p,
    );
  }
}

/** Phase vocabulary → Phase nodes; returns phase id → lifecycle `order` (ties broken by id). */
export async function importPhases(ctx: BuildContext): Promise<Map<string, number>> {
  const records = await readCollection(ctx, "phases", phaseSchema);
  for (const r of records) {
    ctx.graph.addNode(
      "Phase",
      r.data.status,
      { label: r.data.label, order: r.data.order },
      prov(FILE, r.path),
    );
  }
  return new Map(records.map(r => [r.data.status, r.data.order]));
}
