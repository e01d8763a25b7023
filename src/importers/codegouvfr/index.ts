import { z } from "zod";
import { type BuildContext, rejectRecord } from "../core/context";
import { SourceError, describeIssues } from "../core/errors";
import { normaliseUrl, parseForgeUrl } from "../core/normalise";
import { readYaml, readYamlLenient, sourceFile } from "../core/readers";
import { prov } from "../core/sources";
import { ForgeIndex, PLACEHOLDER_PSO } from "../resolve/forges";
import { PsoResolver } from "../resolve/pso";
import { ensureAccount, ensureRepository, type RepoDeps } from "../resolve/repositories";
import { type NodeRef, type Provenance } from "../snapshot-format";
import { readAccounts2024, readOspoCodeLists, reportAccountConflicts } from "./account-evidence";

const DIR = "codegouvfr-data";
const SRC = "codegouvfr-data";

/** Ministries: curated slug + top_organizations.yml label and DILA id. */
export function importMinistries(ctx: BuildContext): void {
  const file = sourceFile(ctx.dataDir, `${DIR}/top_organizations.yml`);
  const raw = readYaml(file);
  const top = z.record(z.string()).safeParse(raw);
  if (!top.success) {
    throw new SourceError(
      file.name,
      undefined,
      `expected pso_id: label pairs (${describeIssues(top.error.issues)})`,
    );
  }
  const byPso = new Map(Object.entries(top.data));
  for (const m of ctx.curated.ministries) {
    const p = prov(
      "curated",
      `seed/curated.yml#ministries/${m.key}`,
      ctx.curated.date,
      m.source_url,
    );
    const ref = ctx.graph.addNode(
      "Ministry",
      m.key,
      { name: m.name, psoId: m.psoId, kind: m.kind },
      p,
    );
    const label = m.psoId ? byPso.get(m.psoId) : undefined;
    if (label !== undefined) {
      ctx.graph.addNode(
        ref.label,
        ref.key,
        { officialName: label },
        prov(SRC, `top_organizations.yml#${m.psoId ?? ""}`),
      );
    }
  }
  const mapped = new Set([...ctx.curated.ministries, ...ctx.curated.partners].map(m => m.psoId));
  for (const [psoId, label] of byPso) {
    if (!mapped.has(psoId)) {
      ctx.report.unresolved(
        "topOrganizationUnmapped",
        "top_organizations.yml entries with no curated Ministry/Partner",
        `${psoId} ${label}`,
      );
    }
  }
}

/** Forge accounts (comptes-organismes-publics.yml) → ForgeAccount + HAS_FORGE_ACCOUNT. */
export function importForgeAccounts(ctx: BuildContext): RepoDeps {
  const file = sourceFile(ctx.dataDir, `${DIR}/comptes-organismes-publics.yml`);
  const { value, duplicates } = readYamlLenient(file);
  const forges = ForgeIndex.parse(ctx, file, value);
  for (const d of duplicates) {
    if (d.key === "pso_id" && forges.hosts.has(d.path.toLowerCase())) {
      forges.addHostClaim(d.path, d.dropped); // decided below by the OSPO code lists, or reported
      continue;
    }
    ctx.report.reject({
      file: file.name,
      record: d.path,
      reason: `duplicate key ${d.key}: first value kept, ${d.dropped} dropped`,
    });
  }
  const accounts2024 = readAccounts2024(ctx);
  forges.evidence = {
    ospo: readOspoCodeLists(ctx, forges),
    accounts2024: accounts2024.accounts,
  };
  reportAccountConflicts(ctx, forges, accounts2024.accounts);
  const pso = new PsoResolver(ctx, accounts2024.names);
  const addAccount = (
    key: string,
    host: string,
    forge: string,
    login: string | undefined,
    s: { psoId?: string; flossPolicy?: string; ospoUrl?: string; ignoredSince?: string },
    psoId: string | undefined,
  ): void => {
    const p = prov(SRC, `comptes-organismes-publics.yml#${key}`);
    const account = ctx.graph.addNode(
      "ForgeAccount",
      key,
      {
        host,
        login,
        platform: forge,
        listed: true,
        psoId: psoId === PLACEHOLDER_PSO ? undefined : psoId,
        placeholderPsoId: psoId === PLACEHOLDER_PSO ? true : undefined,
        flossPolicy: s.flossPolicy,
        ospoUrl: s.ospoUrl,
        ignoredSince: s.ignoredSince,
      },
      p,
    );
    if (psoId === undefined || psoId === PLACEHOLDER_PSO) {
      ctx.report.unresolved(
        "forgeAccountWithoutPsoId",
        "listed forge accounts with no or a placeholder pso_id",
        key,
      );
      return;
    }
    ctx.graph.addRel(
      "HAS_FORGE_ACCOUNT",
      pso.ref(psoId, `comptes-organismes-publics.yml#${key}`),
      account,
      {},
      p,
    );
  };
  for (const entry of forges.hosts.values()) {
    if (entry.psoId !== undefined || entry.owners.size === 0) {
      const claims = forges.hostClaims.get(entry.host) ?? [];
      const hostPso = claims.length > 1 ? forges.resolve(entry.host, "").psoId : entry.psoId;
      if (claims.length > 1) {
        ctx.report.unresolved(
          hostPso === undefined ? "forgeHostAmbiguous" : "forgeHostDecidedByOspo",
          hostPso === undefined
            ? "forge hosts claimed by several pso_ids with no evidence to decide: their repositories get no owner"
            : "forge hosts claimed by several pso_ids (duplicate key), decided by an OSPO code list on the host",
          `${entry.host}: ${claims.join(" | ")}${hostPso === undefined ? "" : ` → ${hostPso}`}`,
        );
      }
      addAccount(entry.host, entry.host, entry.forge, undefined, entry, hostPso);
    }
    for (const [lower, owner] of entry.owners) {
      addAccount(
        `${entry.host}/${lower}`,
        entry.host,
        entry.forge,
        lower,
        owner,
        owner.psoId ?? entry.psoId,
      );
    }
  }
  return { forges, pso };
}

const ospoSchema = z
  .object({
    name: z.string().min(1),
    country: z.string().optional(),
    created: z.string().optional(),
    pso_id: z.string().optional(),
    floss_policy: z.string().optional(),
    code: z.array(z.string()).optional(),
  })
  .passthrough();

/** OSPOs: name + floss policy on the pso Organization (or Ministry); code URLs → forge accounts. */
export function importOspos(ctx: BuildContext, deps: RepoDeps): void {
  const file = sourceFile(ctx.dataDir, `${DIR}/fr-public-sector-ospo.yml`);
  const raw = readYaml(file);
  for (const [url, value] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    const parsed = ospoSchema.safeParse(value);
    if (!parsed.success) {
      rejectRecord(
        ctx,
        new SourceError(
          file.name,
          url,
          `invalid OSPO entry: ${describeIssues(parsed.error.issues)}`,
        ),
      );
      continue;
    }
    const p = prov(SRC, `fr-public-sector-ospo.yml#${url}`);
    if (!parsed.data.pso_id) {
      ctx.report.unresolved("ospoWithoutPsoId", "OSPOs without a pso_id", parsed.data.name);
      continue;
    }
    const org = deps.pso.ref(parsed.data.pso_id, `fr-public-sector-ospo.yml#${url}`);
    linkOspoAccounts(ctx, deps, org, parsed.data.code ?? [], p);
    ctx.graph.addNode(
      org.label,
      org.key,
      {
        ospoName: parsed.data.name,
        ospoUrl: url,
        flossPolicy: parsed.data.floss_policy,
        ospoCreated: parsed.data.created,
      },
      p,
    );
  }
}

/** An OSPO's code list (`code`: forge accounts) → (organisation)-[:HAS_FORGE_ACCOUNT]->(account). */
function linkOspoAccounts(
  ctx: BuildContext,
  deps: RepoDeps,
  org: NodeRef,
  code: readonly string[],
  p: Provenance,
): void {
  for (const url of code) {
    const normalised = normaliseUrl(url);
    const forge = normalised ? parseForgeUrl(normalised, deps.forges.knownHosts()) : undefined;
    if (forge?.kind !== "account") {
      ctx.report.unresolved(
        "ospoCodeNotAnAccount",
        "OSPO code list URLs that are not a forge account",
        url,
      );
      continue;
    }
    const { account } = ensureAccount(ctx, deps, forge.host, forge.owner, p);
    ctx.graph.addRel("HAS_FORGE_ACCOUNT", org, account, { basis: "ospo-code-list" }, p);
  }
}

/** awesome-codegouvfr.yml: flag the 20 "Awesome" repositories. */
export function importAwesome(ctx: BuildContext, deps: RepoDeps): void {
  const file = sourceFile(ctx.dataDir, `${DIR}/awesome-codegouvfr.yml`);
  const raw = (readYaml(file) ?? {}) as Record<string, { added?: string } | null>;
  for (const [url, value] of Object.entries(raw)) {
    const normalised = normaliseUrl(url);
    const parsed = normalised ? parseForgeUrl(normalised, deps.forges.knownHosts()) : undefined;
    if (parsed?.kind !== "repository") {
      rejectRecord(ctx, new SourceError(file.name, url, "not a repository URL"));
      continue;
    }
    ensureRepository(
      ctx,
      deps,
      parsed,
      { awesome: true, awesomeAdded: value?.added },
      prov(SRC, `awesome-codegouvfr.yml#${url}`),
    );
  }
}
