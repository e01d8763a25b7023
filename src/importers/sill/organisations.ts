import { z } from "zod";
import { type BuildContext } from "../core/context";
import { SourceError } from "../core/errors";
import { slugify } from "../core/normalise";
import { readCsv, readJson, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import { type NodeRef } from "../snapshot-format";
import { sillKey } from "./software";

const SECTOR: Readonly<Record<string, string>> = {
  State: "STATE",
  "Local governments": "STATE",
  Health: "STATE",
  "Lyon 3 University": "STATE",
};

/**
 * Exact matching of a free-text organisation name: name alias (seed/aliases.yml) first, then a
 * beta.gouv.fr organisation whose id or acronym slugifies to the same string. No fuzzy match.
 */
export function matchOrganisation(ctx: BuildContext, name: string): NodeRef | undefined {
  for (const label of ["DigitalDirectorate", "Organization", "Ministry", "Partner"]) {
    const alias = ctx.aliases.byName(label, name);
    if (alias) {
      return alias;
    }
  }
  const slug = slugify(name);
  for (const node of ctx.graph.allNodes()) {
    if (node.label === "Organization" && node.props.betagouvId !== undefined) {
      if (
        node.key === slug ||
        (typeof node.props.acronym === "string" && slugify(node.props.acronym) === slug)
      ) {
        return { label: node.label, key: node.key };
      }
    }
  }
  return undefined;
}

/** services.csv: agency → DEPLOYS → SILL software (agency matched exactly, else its own node). */
export function importSillServices(
  ctx: BuildContext,
  sillByName: ReadonlyMap<string, string>,
): void {
  for (const { values: v } of readCsv(sourceFile(ctx.dataDir, "sill/sill-api-2022/services.csv"))) {
    const p = prov("sill-2022", `services.csv#id=${v.id ?? ""}`);
    const agency = (v.agency_name ?? "").trim();
    let org = matchOrganisation(ctx, agency);
    if (!org) {
      ctx.report.unresolved(
        "sillAgencyNotMatched",
        "services.csv agencies matching no organisation exactly (kept as their own Organization sill-agency:<slug>)",
        agency,
      );
      org = ctx.graph.addNode(
        "Organization",
        `sill-agency:${slugify(agency)}`,
        {
          name: agency,
          sector: SECTOR[v.public_sector ?? ""] ?? "UNKNOWN",
          kind: v.public_sector === "Local governments" ? "local-government" : "public-body",
          website: v.agency_url,
        },
        p,
      );
    }
    let sillId = (v.software_sill_id ?? "").trim();
    let basis = "software_sill_id";
    if (sillId === "") {
      sillId = sillByName.get((v.software_name ?? "").trim().toLowerCase()) ?? "";
      basis = "exact-software-name";
    }
    const software = { label: "Software", key: sillKey(sillId) };
    if (sillId === "" || !ctx.graph.hasNode(software)) {
      ctx.report.unresolved(
        "sillServiceSoftwareUnknown",
        "services.csv rows whose software is not a SILL 2022 entry",
        `id=${v.id ?? ""} ${v.software_name ?? ""}`,
      );
      continue;
    }
    ctx.graph.addRel(
      "DEPLOYS",
      org,
      software,
      { url: v.service_url, serviceName: v.service_name, since: v.publication_date, basis },
      p,
      `service-${v.id ?? ""}`,
    );
  }
}

const contributorSchema = z.array(
  z
    .object({ Organisme: z.string().min(1), Acronyme: z.string(), Annuaire: z.string() })
    .passthrough(),
);

/** sill-contributors.json: the 24 SILL referent organisations, flagged `sillReferent`. */
export function importSillReferents(ctx: BuildContext): void {
  const file = sourceFile(ctx.dataDir, "sill/sill-contents-2022/sill-contributors.json");
  const parsed = contributorSchema.safeParse(readJson(file));
  if (!parsed.success) {
    throw new SourceError(
      file.name,
      undefined,
      "expected an array of {Organisme, Acronyme, Annuaire}",
    );
  }
  for (const c of parsed.data) {
    const p = prov("sill-2022", `sill-contributors.json#${c.Acronyme || c.Organisme}`);
    const match = matchOrganisation(ctx, c.Acronyme) ?? matchOrganisation(ctx, c.Organisme);
    if (match) {
      ctx.graph.addNode(match.label, match.key, { sillReferent: true }, p);
      continue;
    }
    ctx.report.unresolved(
      "sillReferentNotMatched",
      "SILL referent organisations matching no organisation exactly (kept as sill-referent:<slug>)",
      c.Acronyme || c.Organisme,
    );
    ctx.graph.addNode(
      "Organization",
      `sill-referent:${slugify(c.Organisme)}`,
      {
        name: c.Organisme,
        acronym: c.Acronyme === "Lien" ? undefined : c.Acronyme,
        sector: "STATE",
        kind: "public-body",
        annuaireUrl: c.Annuaire,
        sillReferent: true,
      },
      p,
    );
  }
}
