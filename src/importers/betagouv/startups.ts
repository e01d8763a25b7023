import { z } from "zod";
import { type BuildContext } from "../core/context";
import { cmp, isoDay, normaliseUrl, parseForgeUrl, uniqSorted } from "../core/normalise";
import { SOURCES, prov } from "../core/sources";
import { type Provenance } from "../snapshot-format";
import { type RepoDeps, ensureAccount, ensureRepository } from "../resolve/repositories";
import { canonicalRepositoryKey } from "../resolve/repo-moves";
import { readCollection, refId } from "./collection";
import { redactedKey } from "./organisations";
import { normaliseTechnoList } from "./techno";

const dateLike = z.preprocess(
  v => (v instanceof Date ? v.toISOString() : typeof v === "number" ? String(v) : v),
  z.string(),
);
const stringList = z.array(z.union([z.string(), z.number()]).transform(String)).nullish();

const startupSchema = z
  .object({
    title: z.union([z.string(), z.number()]).transform(String),
    incubator: z.string().min(1),
    incubators: z.array(z.string()).nullish(),
    sponsors: z.array(z.string()).nullish(),
    phases: z
      .array(z.object({ name: z.string(), start: dateLike, end: dateLike.nullish() }).passthrough())
      .min(1),
    events: z
      .array(z.object({ name: z.string(), date: dateLike.nullish() }).passthrough())
      .nullish(),
    link: z.string().nullish(),
    repository: z.string().nullish(),
    usertypes: stringList,
    thematiques: stringList,
    techno: z.array(z.unknown()).nullish(),
    fast: z
      .object({
        promotion: z.union([z.number(), z.string()]).nullish(),
        montant: z.union([z.number(), z.string()]).nullish(),
      })
      .passthrough()
      .nullish(),
    accessibility_status: z.string().nullish(),
  })
  .passthrough();

type StartupData = z.infer<typeof startupSchema>;
const SNAPSHOT = SOURCES.betagouv.snapshotDate;

function toNumber(v: number | string | null | undefined): number | undefined {
  const n = typeof v === "string" ? Number(v.replace(/\s/g, "")) : v;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
}

interface PhaseEntry {
  name: string;
  start: string;
  end?: string;
}

/**
 * Lifecycle order of the phase vocabulary (the vocabulary's own `order` is a display order, most
 * mature first): investigation → construction → acceleration → consolidation → transferred or
 * operated; the two abandon phases are terminal.
 */
export const PHASE_LIFECYCLE: readonly string[] = [
  "investigation",
  "construction",
  "acceleration",
  "consolidation",
  "transfere",
  "opere",
  "abandon-investigation",
  "abandon",
];

function lifecycleRank(name: string): number {
  const i = PHASE_LIFECYCLE.indexOf(name);
  return i < 0 ? PHASE_LIFECYCLE.length : i;
}

/**
 * Phases sorted by start; phases starting on the same day follow the lifecycle order
 * (`PHASE_LIFECYCLE`), then the id. The current phase is the latest start not after the snapshot
 * date.
 */
export function orderPhases(phases: StartupData["phases"]): {
  sorted: PhaseEntry[];
  current?: PhaseEntry;
} {
  const rank = lifecycleRank;
  const sorted: PhaseEntry[] = phases
    .map(p => ({ name: p.name, start: isoDay(p.start) ?? "", end: isoDay(p.end) }))
    .sort((a, b) => cmp(a.start, b.start) || rank(a.name) - rank(b.name) || cmp(a.name, b.name));
  const started = sorted.filter(p => p.start !== "" && p.start <= SNAPSHOT);
  return { sorted, current: started[started.length - 1] };
}

export async function importStartups(
  ctx: BuildContext,
  deps: RepoDeps,
  phaseIds: ReadonlyMap<string, number>,
): Promise<Set<string>> {
  const records = await readCollection(ctx, "startups", startupSchema);
  for (const r of records) {
    const p = prov("betagouv", r.path);
    const d = r.data;
    const { sorted, current } = orderPhases(d.phases);
    const events = d.events ?? [];
    const ref = ctx.graph.addNode(
      "Startup",
      r.id,
      {
        title: d.title.trim(),
        currentPhase: current?.name,
        currentPhaseStart: current?.start,
        serviceUrl: d.link?.trim(),
        repositoryUrl: d.repository?.trim(),
        techno: normaliseTechnoList(d.techno),
        usertypes: uniqSorted(
          (d.usertypes ?? []).map(s => s.trim().toLowerCase()).filter(s => s !== ""),
        ),
        thematiques: uniqSorted((d.thematiques ?? []).map(s => s.trim()).filter(s => s !== "")),
        fastPromotion: toNumber(d.fast?.promotion),
        fastAmount: toNumber(d.fast?.montant),
        eventNames: uniqSorted(events.map(e => e.name)),
        nationalImpact: events.some(e => e.name === "national_impact"),
        accessibilityStatus: d.accessibility_status ?? undefined,
      },
      p,
    );
    addIncubators(ctx, r.id, d, p);
    addSponsors(ctx, r.id, d, p);
    sorted.forEach((phase, index) => {
      if (!phaseIds.has(phase.name)) {
        ctx.report.unresolved(
          "startupPhaseUnknown",
          "startup phases not in the phases.tar.gz vocabulary",
          `${r.id}: ${phase.name}`,
        );
        return;
      }
      const planned = phase.start > SNAPSHOT;
      ctx.graph.addRel(
        "IN_PHASE",
        ref,
        { label: "Phase", key: phase.name },
        {
          start: phase.start,
          end: phase.end,
          current: phase === current,
          planned,
          seq: index,
        },
        p,
        String(index),
      );
    });
    if (d.repository) {
      addRepository(ctx, deps, r.id, d.repository, p);
    }
  }
  return new Set(records.map(r => r.id));
}

function addIncubators(ctx: BuildContext, id: string, d: StartupData, p: Provenance): void {
  const ids = uniqSorted([d.incubator, ...(d.incubators ?? [])]);
  for (const inc of ids) {
    const to = { label: "Incubator", key: inc };
    if (!ctx.graph.hasNode(to)) {
      ctx.report.unresolved(
        "startupIncubatorUnknown",
        "startup incubators naming no incubator file",
        `${id} → ${inc}`,
      );
      continue;
    }
    ctx.graph.addRel(
      "INCUBATED_BY",
      { label: "Startup", key: id },
      to,
      { primary: inc === d.incubator },
      p,
    );
  }
}

function addSponsors(ctx: BuildContext, id: string, d: StartupData, p: Provenance): void {
  if ((d.sponsors ?? []).length === 0) {
    ctx.report.unresolved("startupWithoutSponsor", "startups with no sponsors", id);
  }
  for (const raw of d.sponsors ?? []) {
    const orgId = refId(raw, "organisations");
    if (orgId === undefined) {
      ctx.report.unresolved(
        "startupSponsorUnknown",
        "sponsor references that are not /organisations/<id>",
        `${id} → ${raw}`,
      );
      continue;
    }
    const redacted = ctx.aliases.redactionReason("Organization", orgId) !== undefined;
    const org = redacted
      ? { label: "Organization", key: redactedKey(orgId) }
      : ctx.aliases.canonical("Organization", orgId);
    if (!ctx.graph.hasNode(org)) {
      ctx.report.unresolved(
        "startupSponsorUnknown",
        "sponsor references naming no organisation file",
        `${id} → ${orgId}`,
      );
      continue;
    }
    ctx.graph.addRel(
      "SPONSORED_BY",
      { label: "Startup", key: id },
      org,
      {
        viaAlias: org.key !== orgId && !redacted ? orgId : undefined,
        redacted: redacted || undefined,
      },
      p,
    );
  }
}

function addRepository(
  ctx: BuildContext,
  deps: RepoDeps,
  id: string,
  raw: string,
  p: Provenance,
): void {
  const startup = { label: "Startup", key: id };
  const normalised = normaliseUrl(raw);
  const parsed = normalised
    ? parseForgeUrl(canonicalRepositoryKey(normalised), deps.forges.knownHosts())
    : undefined;
  if (!parsed || parsed.kind === "other") {
    ctx.report.unresolved(
      "startupRepositoryNotAForge",
      "startup `repository` values that are not forge URLs (pads, docs sites…)",
      `${id}: ${raw.trim()}`,
    );
    return;
  }
  const listed = deps.forges.resolve(
    parsed.host,
    parsed.kind === "repository" ? parsed.owner : parsed.owner,
  ).psoId;
  if (listed === undefined) {
    ctx.report.unresolved(
      "startupRepositoryAccountUnlisted",
      "startup repositories whose forge account is not in comptes-organismes-publics.yml",
      `${id}: ${parsed.key}`,
    );
  }
  if (parsed.kind === "account") {
    const { account } = ensureAccount(ctx, deps, parsed.host, parsed.owner, p);
    ctx.graph.addRel(
      "HAS_FORGE_ACCOUNT",
      startup,
      account,
      { basis: "org-level repository URL" },
      p,
    );
    return;
  }
  const moved = normalised !== undefined && canonicalRepositoryKey(normalised) !== normalised;
  const repo = ensureRepository(ctx, deps, parsed, { aliases: moved ? [normalised] : [] }, p);
  ctx.graph.addRel("HAS_REPOSITORY", startup, repo, { url: raw.trim() }, p);
}
