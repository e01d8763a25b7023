import { z } from "zod";
import { type BuildContext, rejectRecord } from "../core/context";
import { SourceError, describeIssues } from "../core/errors";
import { parseIntOrUndefined, splitList } from "../core/normalise";
import { readCsv, readJson, readText, sourceFile } from "../core/readers";
import { prov } from "../core/sources";

const SRC = "sill-2022";
const STATUS: Readonly<Record<string, string>> = {
  R: "RECOMMENDED",
  O: "OBSERVATION",
  FR: "REMOVED",
};

const sillEntrySchema = z
  .object({
    id: z.string().regex(/^\d+$/),
    i: z.string().min(1),
    f: z.string().optional(),
    y: z.string().optional(),
    st: z.string().optional(),
    g: z.string().optional(),
    l: z.string().optional(),
    se: z.string().optional(),
    c: z.string().optional(),
    p: z.string().optional(),
    si: z.string().optional(),
    co: z.string().optional(),
    a: z.string().optional(),
    su: z.string().optional(),
    "v-": z.string().optional(),
    "v+": z.string().optional(),
    website: z.string().nullish(),
  })
  .passthrough();

export const sillKey = (id: string): string => `sill:${id}`;

/** SILL 2022: sill.json (240) + software.csv (Wikidata, Comptoir ids) + support-contract list. */
export function importSillSoftware(ctx: BuildContext): Map<string, string> {
  const file = sourceFile(ctx.dataDir, "sill/sill-contents-2022/sill.json");
  const raw = readJson(file);
  if (!Array.isArray(raw)) {
    throw new SourceError(file.name, undefined, "expected an array of software");
  }
  const entries: z.infer<typeof sillEntrySchema>[] = [];
  raw.forEach((item: unknown, index) => {
    const parsed = sillEntrySchema.safeParse(item);
    if (!parsed.success) {
      const id = (item as { id?: unknown } | null)?.id;
      rejectRecord(
        ctx,
        new SourceError(
          file.name,
          `id=${typeof id === "string" ? id : `#${index}`}`,
          `invalid SILL entry: ${describeIssues(parsed.error.issues)}`,
        ),
      );
      return;
    }
    entries.push(parsed.data);
  });
  const byName = new Map<string, string>();
  for (const e of entries) {
    byName.set(e.i.trim().toLowerCase(), e.id);
    const years = splitList(e.y)
      .map(y => Number.parseInt(y, 10))
      .filter(Number.isFinite);
    ctx.graph.addNode(
      "Software",
      sillKey(e.id),
      {
        name: e.i.trim(),
        function: e.f,
        sillId: Number.parseInt(e.id, 10),
        sillStatus: STATUS[e.st ?? ""] ?? e.st,
        mimGroup: e.g,
        licence: e.l,
        sillSector: e.se,
        component: e.c,
        years,
        inSill2022: years.includes(2022),
        madeByPublicSector: e.a === "Oui",
        supportContract: e.su === "Oui",
        comptoirId: parseIntOrUndefined(e.co),
        versionMin: e["v-"],
        versionMax: e["v+"],
        website: e.website ?? undefined,
      },
      prov(SRC, `sill.json#id=${e.id}`),
    );
  }
  for (const e of entries) {
    const p = prov(SRC, `sill.json#id=${e.id}`);
    const parentId = e.p ? byName.get(e.p.trim().toLowerCase()) : undefined;
    if (e.p && parentId === undefined) {
      ctx.report.unresolved(
        "sillParentUnknown",
        "SILL parent names matching no SILL software",
        `${e.id} → ${e.p}`,
      );
    } else if (parentId !== undefined && parentId !== e.id) {
      ctx.graph.addRel(
        "PART_OF",
        { label: "Software", key: sillKey(e.id) },
        { label: "Software", key: sillKey(parentId) },
        { basis: "sill-parent" },
        p,
      );
    }
    for (const other of splitList(e.si?.replace(/,/g, ";"))) {
      const to = { label: "Software", key: sillKey(other) };
      if (ctx.graph.hasNode(to) && other !== e.id) {
        ctx.graph.addRel("SIMILAR_TO", { label: "Software", key: sillKey(e.id) }, to, {}, p);
      } else {
        ctx.report.unresolved(
          "sillSimilarUnknown",
          "SILL similar-software ids naming no SILL software",
          `${e.id} → ${other}`,
        );
      }
    }
  }
  mergeSoftwareCsv(ctx);
  markSupportContract(ctx, byName);
  return byName;
}

function mergeSoftwareCsv(ctx: BuildContext): void {
  for (const { values: v } of readCsv(sourceFile(ctx.dataDir, "sill/sill-api-2022/software.csv"))) {
    const ref = { label: "Software", key: sillKey(v.ID ?? "") };
    if (!ctx.graph.hasNode(ref)) {
      ctx.report.unresolved(
        "sillCsvIdUnknown",
        "software.csv ids absent from sill.json",
        v.ID ?? "",
      );
      continue;
    }
    ctx.graph.addNode(
      ref.label,
      ref.key,
      { wikidataId: v.wikidata, comptoirId: parseIntOrUndefined(v["comptoir-du-libre"]) },
      prov(SRC, `software.csv#id=${v.ID ?? ""}`),
    );
  }
}

function markSupportContract(ctx: BuildContext, byName: ReadonlyMap<string, string>): void {
  const file = sourceFile(
    ctx.dataDir,
    "codegouvfr-website/public/docs/marches-logiciels-libres-liste-logiciels.csv",
  );
  const names = readText(file)
    .split(/\r?\n/)
    .map(s => s.trim().toLowerCase())
    .filter(s => s !== "");
  names.forEach((name, index) => {
    const id = byName.get(name);
    if (id !== undefined) {
      ctx.graph.addNode(
        "Software",
        sillKey(id),
        { supportContract2025: true },
        prov(
          "codegouvfr-website",
          `marches-logiciels-libres-liste-logiciels.csv#line=${index + 1}`,
        ),
      );
    }
  });
}
