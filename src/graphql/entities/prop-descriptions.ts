import type { PropDef } from "../../read/model";

/**
 * Descriptions of registry properties that the registry does not describe itself, by
 * `Type.property` (entity or relationship type), then by property name alone.
 */
const BY_FIELD: Record<string, string> = {
  "Ministry.officialName": "Official name as published by the government.",
  "Ministry.ospoName": "Name of the ministry's open-source programme office (OSPO), if any.",
  "Ministry.ospoUrl": "Web page of that OSPO.",
  "Organization.kind":
    "Kind of body as the source states it, e.g. `administration-centrale`, `operateur`, `public-body`.",
  "Organization.ministryDomain": "beta.gouv.fr ministerial domain (`domaine_ministeriel`).",
  "Organization.betagouvId": "beta.gouv.fr organisation id, when the body comes from there.",
  "Organization.sillReferent": "The body is a referent organisation of the SILL.",
  "Organization.ospoName": "Name of its open-source programme office (OSPO), if any.",
  "Organization.ospoUrl": "Web page of that OSPO.",
  "Organization.flossPolicy": "URL of its published free-software policy, if any.",
  "Startup.title": "Name of the service.",
  "Startup.currentPhaseStart": "Start date of the current phase.",
  "Startup.serviceUrl": "Public address of the service.",
  "Startup.repositoryUrl": "Main code repository as declared on beta.gouv.fr.",
  "Startup.usertypes": "Target users as declared on beta.gouv.fr (free tags).",
  "Startup.thematiques": "Themes as declared on beta.gouv.fr (free tags).",
  "Startup.eventNames": "Milestone events of its history (beta.gouv.fr event vocabulary).",
  "Startup.fastPromotion": "FAST funding round (promotion number), if funded.",
  "Startup.nationalImpact": "Marked as a start-up of major national impact.",
  "Startup.accessibilityStatus":
    "Accessibility compliance as declared: `non conforme`, `partiellement conforme`, `totalement conforme`.",
  "Phase.label": "French label of the phase.",
  "Phase.order": "Display order on beta.gouv.fr (1 = most mature).",
  "Software.function": "What the software is used for (SILL `f`).",
  "Software.kind": "`product`, `library` or `suite`.",
  "Software.licence": "Licence as stated by the source (SPDX id when available).",
  "Software.sillId": "Id in the SILL catalogue.",
  "Software.mimGroup": "SILL MIM working group: MIMO, MIMPROD, MIMDEV or MIMDEVOPS.",
  "Software.years": "Years the software was in the SILL.",
  "Software.inSill2022": "Listed in the SILL 2022.",
  "Software.madeByPublicSector": "Made by the French public sector (SILL `a`).",
  "Software.supportContract": "Covered by the interministerial support contract (SILL 2022).",
  "Software.supportContract2025": "Covered by the support contract (code.gouv.fr, 2025).",
  "Software.wikidataId": "Wikidata item id, e.g. `Q2622004`.",
  "Software.comptoirId": "Id on the Comptoir du Libre.",
  "Software.versionMin": "Oldest recommended version (SILL).",
  "Software.usersMid2024": "Number of users in mid-2024, when published.",
  "Repository.platform": "Forge software: GitHub, GitLab…",
  "Repository.language": "Main programming language, per the forge.",
  "Repository.license": "Licence as detected by the forge (SPDX id).",
  "Repository.isFork": "A fork of another repository.",
  "Repository.isArchived": "Archived (read-only) on its forge.",
  "Repository.createdAt": "Creation date on the forge.",
  "Repository.lastUpdate": "Last update date on the forge.",
  "Repository.stars": "Stars on the forge, at the snapshot date.",
  "Repository.forks": "Forks on the forge, at the snapshot date.",
  "Repository.openIssues": "Open issues, at the snapshot date.",
  "Repository.topics": "Forge topics.",
  "Repository.commitsNoMerges": "Commits on the default branch, merges excluded (La Suite).",
  "Repository.humanAuthorEmails": "Distinct human author e-mails, bots excluded (La Suite).",
  "Repository.humanAuthorsActive12m":
    "Human authors with a commit in the 12 months before the snapshot (La Suite).",
  "Repository.snapshotDate": "Date the repository statistics were taken.",
  "ForgeAccount.host": "Forge host, e.g. `github.com`.",
  "ForgeAccount.login": "Account or group name on the forge.",
  "ForgeAccount.displayName": "Display name on the forge.",
  "ForgeAccount.platform": "Forge software: GitHub, GitLab…",
  "ForgeAccount.isVerified": "Verified organisation on the forge.",
  "ForgeAccount.repositoriesCount2021": "Repositories counted in the 2021 inventory.",
  "Package.ecosystem": "Package registry: `npm`, `pypi`…",
  "Package.language": "Programming language.",
  "Package.license": "Licence as declared by the registry.",
  "Package.latestVersion": "Latest published version (2021 inventory).",
  "Package.stars": "Stars of its repository (2021 inventory).",
  "Package.rank": "Popularity rank in the 2021 inventory (1 = most used).",
  "Package.publishedByPublicBody": "Published by a French public body.",
  "Contributor.kind": "`betagouv-member` or `git-author`.",
  "Contributor.role": "Role in beta.gouv.fr teams, e.g. `Développeur`.",
  "Contributor.domain": "Skill domain, e.g. `Développement`.",
  "Contributor.memberType": "beta.gouv.fr member type: `beta`, `dinum`, `attributaire`, `autre`.",
  "Contributor.isBot": "A bot account (git authors).",
  "Contributor.missionCount": "Number of beta.gouv.fr missions.",
  "Contributor.firstMissionStart": "Start of the first mission.",
  "Contributor.lastMissionEnd": "End of the last mission.",
  "Contributor.emailDomainClass":
    "Class of the author e-mail domain: `public_sector`, `webmail`, `github_noreply`, `other`.",
  "Contributor.publicSectorDomain": "The institutional e-mail domain, when public-sector.",
  "Partner.country": "ISO 3166 country code, or `EU`.",
  "IN_PHASE.start": "Start of the phase.",
  "IN_PHASE.end": "End of the phase, when stated.",
  "IN_PHASE.planned": "The start date is after the snapshot date (announced).",
  "DEPLOYS.serviceName": "Name of the deployed service.",
  "DEPLOYS.url": "Address of the deployed service.",
  "DEPLOYS.audience": "Who the deployment serves.",
  "CO_DEVELOPS.role": "The partner's role in the co-development.",
  "CO_DEVELOPS.status": "Status of the co-development, as published.",
  "INTEGRATES.as": "Under which name or product the partner integrates it.",
  "INTEGRATES.via": "Through which programme or product.",
  "CONTRIBUTES_TO.commits": "Commits by this contributor to this repository.",
  "CONTRIBUTES_TO.firstCommit": "Date of the first commit.",
  "CONTRIBUTES_TO.lastCommit": "Date of the last commit.",
  "PART_OF.domain": "beta.gouv.fr ministerial domain that gave the link.",
  "FUNDS.amountEur": "Amount in euros.",
  "FUNDS.programme": "Funding programme.",
  "FUNDS.renewable": "The funding is renewable.",
};

const BY_NAME: Record<string, string> = {
  name: "Name as the source writes it.",
  acronym: "Acronym, e.g. `DINUM`.",
  sector: "Sector: STATE, COMPANY, CIVIL_SOCIETY, FOREIGN_STATE or UNKNOWN.",
  psoId: "DILA public service organisation id (annuaire.service-public.fr).",
  country: "ISO 3166 country code.",
  website: "Official website.",
  githubUrl: "GitHub organisation.",
};

/**
 * A description for every property, so the schema documents every field. `owner` is a type name,
 * or relationship types joined by `|` (the first that describes the property wins).
 */
export function describeProp(owner: string, prop: PropDef): string {
  const byOwner = owner
    .split("|")
    .map(o => BY_FIELD[`${o}.${prop.name}`])
    .find(Boolean);
  return (
    prop.description ?? byOwner ?? BY_NAME[prop.name] ?? `${prop.name} as stated by the source.`
  );
}
