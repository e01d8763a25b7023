import { type BuildContext } from "../core/context";
import { prov } from "../core/sources";
import { type NodeRef } from "../snapshot-format";

type Sector = BuildContext["curated"]["emailDomains"][number]["sector"];

/** What one public-sector e-mail domain says about a contributor: one answer for sector and organisation. */
export interface DomainClass {
  sector: Sector;
  to?: NodeRef;
  basis?: string;
  confidence?: "high" | "medium" | "low";
}

/**
 * Foreign public-sector domains of the data README (§8 public-sector rule, "abroad"), with the
 * country of the government behind them. A domain matching none of the curated e-mail domains but
 * one of these suffixes is linked to a Partner `government-<cc>` (created on first use).
 */
export const FOREIGN_PUBLIC_SUFFIXES: Readonly<
  Record<string, { country: string; name: string; partner?: string }>
> = {
  "zendis.de": { country: "DE", name: "Germany", partner: "zendis" },
  "bund.de": { country: "DE", name: "Germany", partner: "de-federal-government" },
  "rijksoverheid.nl": { country: "NL", name: "Netherlands", partner: "nl-bzk" },
  "minbzk.nl": { country: "NL", name: "Netherlands", partner: "nl-bzk" },
  "ictu.nl": { country: "NL", name: "Netherlands" },
  "logius.nl": { country: "NL", name: "Netherlands", partner: "nl-bzk" },
  "overheid.nl": { country: "NL", name: "Netherlands" },
  "gov.uk": { country: "GB", name: "United Kingdom" },
  "europa.eu": { country: "EU", name: "European Union", partner: "european-commission" },
  "admin.ch": { country: "CH", name: "Switzerland" },
  "gc.ca": { country: "CA", name: "Canada" },
  "gouv.qc.ca": { country: "CA", name: "Canada (Québec)" },
  "gov.it": { country: "IT", name: "Italy" },
  "gob.es": { country: "ES", name: "Spain" },
  "gov.pt": { country: "PT", name: "Portugal" },
  "gv.at": { country: "AT", name: "Austria" },
  "fgov.be": { country: "BE", name: "Belgium" },
  "belgium.be": { country: "BE", name: "Belgium" },
  "gouv.lu": { country: "LU", name: "Luxembourg" },
  "public.lu": { country: "LU", name: "Luxembourg" },
  "gov.au": { country: "AU", name: "Australia" },
  "govt.nz": { country: "NZ", name: "New Zealand" },
  gov: { country: "US", name: "United States" },
  "gov.br": { country: "BR", name: "Brazil" },
};

const endsWithDomain = (domain: string, suffix: string): boolean =>
  domain === suffix || domain.endsWith(`.${suffix}`);

/** Longest suffix of `domain` among `suffixes` (exact domain or parent domain), if any. */
function longestSuffix<T>(domain: string, entries: Iterable<[string, T]>): [string, T] | undefined {
  let best: [string, T] | undefined;
  for (const entry of entries) {
    if (endsWithDomain(domain, entry[0]) && entry[0].length > (best?.[0].length ?? 0)) {
      best = entry;
    }
  }
  return best;
}

/**
 * The one classification of a contributor's public-sector e-mail domain, feeding both the
 * contributor's `sector` and its AFFILIATED_WITH link (so sector shares and organisation shares
 * agree): curated `emailDomains` first (longest suffix), then the foreign government suffixes
 * (→ a Partner with its country, FOREIGN_STATE), else STATE with no organisation.
 */
export function classifyDomain(ctx: BuildContext, domain: string): DomainClass {
  const curated = longestSuffix(
    domain,
    ctx.curated.emailDomains.map(
      d => [d.domain, d] as [string, (typeof ctx.curated.emailDomains)[number]],
    ),
  );
  if (curated) {
    const d = curated[1];
    return {
      sector: d.sector,
      to: d.to,
      basis: `email-domain:${d.domain}`,
      confidence: d.confidence,
    };
  }
  const foreign = longestSuffix(domain, Object.entries(FOREIGN_PUBLIC_SUFFIXES));
  if (foreign) {
    const [suffix, { country, name, partner }] = foreign;
    const curatedPartner = partner === undefined ? undefined : { label: "Partner", key: partner };
    const to =
      curatedPartner !== undefined && ctx.graph.hasNode(curatedPartner)
        ? curatedPartner
        : ctx.graph.addNode(
            "Partner",
            `government-${country.toLowerCase()}`,
            { name: `Public sector of ${name}`, kind: "STATE", country, sector: "FOREIGN_STATE" },
            prov("public-repos", `README §8 public-sector domain rule#${suffix}`),
          );
    return {
      sector: "FOREIGN_STATE",
      to,
      basis: `email-domain-suffix:${suffix}`,
      confidence: "medium",
    };
  }
  return { sector: "STATE" };
}
