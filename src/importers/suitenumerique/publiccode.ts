import { existsSync } from "node:fs";
import { z } from "zod";
import { type BuildContext, rejectRecord } from "../core/context";
import { SourceError, describeIssues } from "../core/errors";
import { readYaml, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import { matchOrganisation } from "../sill/organisations";
import { type SuiteRepo } from "./repos";

const funderSchema = z
  .object({ name: z.string().optional(), uri: z.string().optional(), url: z.string().optional() })
  .passthrough();

/** Only these publiccode.yml fields are read: never `maintenance` (named contacts with e-mails). */
const publiccodeSchema = z
  .object({
    usedBy: z.array(z.string()).nullish(),
    fundedBy: z.union([funderSchema, z.array(funderSchema)]).nullish(),
    legal: z.object({ license: z.string().optional() }).passthrough().nullish(),
    developmentStatus: z.string().nullish(),
    softwareType: z.string().nullish(),
    releaseDate: z.string().nullish(),
    localisation: z
      .object({ availableLanguages: z.array(z.string()).optional() })
      .passthrough()
      .nullish(),
  })
  .passthrough();

/** docs / meet publiccode.yml → Software facts, USES (usedBy) and FUNDS (fundedBy). */
export function importPubliccode(ctx: BuildContext, repos: ReadonlyMap<string, SuiteRepo>): void {
  for (const repo of repos.values()) {
    const file = sourceFile(ctx.dataDir, `suitenumerique/repos/${repo.short}/publiccode.yml`);
    if (!existsSync(file.abs)) {
      continue;
    }
    const parsed = publiccodeSchema.safeParse(readYaml(file));
    if (!parsed.success) {
      rejectRecord(
        ctx,
        new SourceError(
          file.name,
          "publiccode",
          `invalid publiccode.yml: ${describeIssues(parsed.error.issues)}`,
        ),
      );
      continue;
    }
    const d = parsed.data;
    const p = prov("suitenumerique", `repos/${repo.short}/publiccode.yml`, repo.snapshotDate);
    ctx.graph.addNode(
      repo.software.label,
      repo.software.key,
      {
        licence: d.legal?.license,
        developmentStatus: d.developmentStatus ?? undefined,
        softwareType: d.softwareType ?? undefined,
        releaseDate: d.releaseDate ?? undefined,
        languages: [...(d.localisation?.availableLanguages ?? [])].sort(),
      },
      p,
    );
    for (const user of d.usedBy ?? []) {
      const org = matchOrganisation(ctx, user);
      if (org) {
        ctx.graph.addRel("USES", org, repo.software, { evidence: "publiccode.yml usedBy" }, p);
      } else {
        ctx.report.unresolved(
          "publiccodeUserNotMatched",
          "publiccode.yml usedBy names matching no organisation",
          user,
        );
      }
    }
    const funders = d.fundedBy === undefined || d.fundedBy === null ? [] : [d.fundedBy].flat();
    for (const f of funders) {
      addFunder(ctx, repo, f.uri ?? f.url ?? f.name, p);
    }
  }
}

/** One publiccode.yml `fundedBy` entry (a mapping or an item of a list) → FUNDS, by its URI alias. */
function addFunder(
  ctx: BuildContext,
  repo: SuiteRepo,
  funder: string | undefined,
  p: ReturnType<typeof prov>,
): void {
  if (funder === undefined) {
    return;
  }
  const org = ctx.aliases.byName(
    "Organization",
    funder.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, ""),
  );
  if (org) {
    ctx.graph.addRel("FUNDS", org, repo.software, { evidence: "publiccode.yml fundedBy" }, p);
  } else {
    ctx.report.unresolved(
      "publiccodeFunderNotMatched",
      "publiccode.yml fundedBy URIs matching no organisation",
      funder,
    );
  }
}
