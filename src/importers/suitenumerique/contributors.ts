import { type BuildContext } from "../core/context";
import { isoDay, parseBool, parseIntOrUndefined } from "../core/normalise";
import { readCsv, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import { type SuiteRepo } from "./repos";

const SRC = "suitenumerique";

/** Longest curated e-mail-domain suffix matching an institutional domain. */
function matchDomain(
  ctx: BuildContext,
  domain: string,
): BuildContext["curated"]["emailDomains"][number] | undefined {
  let best: BuildContext["curated"]["emailDomains"][number] | undefined;
  for (const d of ctx.curated.emailDomains) {
    if (
      (domain === d.domain || domain.endsWith(`.${d.domain}`)) &&
      d.domain.length > (best?.domain.length ?? 0)
    ) {
      best = d;
    }
  }
  return best;
}

/** contributors-by-repo.csv (already pseudonymised) → Contributor `git:<id>` + CONTRIBUTES_TO. */
export function importSuiteContributors(
  ctx: BuildContext,
  repos: ReadonlyMap<string, SuiteRepo>,
): void {
  for (const { row, values: v } of readCsv(
    sourceFile(ctx.dataDir, "suitenumerique/contributors-by-repo.csv"),
  )) {
    const repo = repos.get(v.repo ?? "");
    const p = prov(SRC, `contributors-by-repo.csv#row=${row}`, repo?.snapshotDate);
    if (!repo) {
      ctx.report.unresolved(
        "contributorRepoUnknown",
        "contributor rows naming a repository absent from repos-summary.csv",
        `row=${row}`,
      );
      continue;
    }
    const isBot = parseBool(v.is_bot) ?? false;
    const domain = (v.public_sector_domain ?? "").trim().toLowerCase();
    const match = domain === "" ? undefined : matchDomain(ctx, domain);
    const sector = isBot
      ? "UNKNOWN"
      : (match?.sector ?? (v.email_domain_class === "public_sector" ? "STATE" : "UNKNOWN"));
    const contributor = ctx.graph.addNode(
      "Contributor",
      `git:${v.contributor_id ?? ""}`,
      {
        kind: "git-author",
        isBot,
        emailDomainClass: v.email_domain_class,
        publicSectorDomain: domain,
        emailTld: v.email_tld,
        sector,
      },
      p,
    );
    ctx.graph.addRel(
      "CONTRIBUTES_TO",
      contributor,
      repo.repository,
      {
        commits: parseIntOrUndefined(v.commits),
        firstCommit: isoDay(v.first_commit_date),
        lastCommit: isoDay(v.last_commit_date),
      },
      p,
    );
    if (match) {
      ctx.graph.addRel(
        "AFFILIATED_WITH",
        contributor,
        match.to,
        {
          sector: match.sector,
          basis: `email-domain:${match.domain}`,
          confidence: match.confidence,
        },
        p,
      );
    } else if (domain !== "") {
      ctx.report.unresolved(
        "contributorDomainUnmatched",
        "public-sector e-mail domains with no curated organisation",
        domain,
      );
    }
  }
}
