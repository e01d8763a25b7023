import { type BuildContext } from "../core/context";
import { isoDay, parseBool, parseIntOrUndefined } from "../core/normalise";
import { type NodeRef, type Provenance } from "../snapshot-format";
import { classifyDomain } from "./email-domains";

/**
 * One row of a `contributors-by-repo.csv` (suitenumerique/ and public-repos/ share columns, method
 * and pseudonym) → Contributor `git:<id>` —CONTRIBUTES_TO→ repository, and AFFILIATED_WITH the
 * organisation or partner of a public-sector e-mail domain.
 */
export function addGitContribution(
  ctx: BuildContext,
  v: Readonly<Record<string, string | undefined>>,
  repository: NodeRef,
  p: Provenance,
): void {
  const isBot = parseBool(v.is_bot) ?? false;
  const domain = (v.public_sector_domain ?? "").trim().toLowerCase();
  const cls = domain === "" || isBot ? undefined : classifyDomain(ctx, domain);
  const sector = cls?.sector ?? "UNKNOWN";
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
    repository,
    {
      commits: parseIntOrUndefined(v.commits),
      firstCommit: isoDay(v.first_commit_date),
      lastCommit: isoDay(v.last_commit_date),
    },
    p,
  );
  if (cls?.to) {
    ctx.graph.addRel(
      "AFFILIATED_WITH",
      contributor,
      cls.to,
      { sector: cls.sector, basis: cls.basis, confidence: cls.confidence },
      p,
    );
  } else if (domain !== "") {
    ctx.report.unresolved(
      "contributorDomainUnmatched",
      "public-sector e-mail domains with no curated organisation (sector STATE, no organisation)",
      domain,
    );
  }
}
