import { z } from "zod";
import { type BuildContext, rejectRecord } from "../core/context";
import { SourceError, describeIssues } from "../core/errors";
import { cmp, normaliseUrl, parseForgeUrl } from "../core/normalise";
import { readYaml, sourceFile } from "../core/readers";
import { type ForgeIndex, PLACEHOLDER_PSO } from "../resolve/forges";

const ospoCodeSchema = z
  .object({ pso_id: z.string().optional(), code: z.array(z.string()).optional() })
  .passthrough();

/** fr-public-sector-ospo.yml `code` lists → account key (`host/owner`) → pso_ids of the OSPOs listing it. */
export function readOspoCodeLists(ctx: BuildContext, forges: ForgeIndex): Map<string, string[]> {
  const raw = readYaml(sourceFile(ctx.dataDir, "codegouvfr-data/fr-public-sector-ospo.yml"));
  const out = new Map<string, string[]>();
  for (const value of Object.values((raw ?? {}) as Record<string, unknown>)) {
    const parsed = ospoCodeSchema.safeParse(value);
    const psoId = parsed.success ? parsed.data.pso_id : undefined;
    for (const url of (parsed.success ? parsed.data.code : undefined) ?? []) {
      const normalised = normaliseUrl(url);
      const forge = normalised ? parseForgeUrl(normalised, forges.knownHosts()) : undefined;
      if (psoId === undefined || forge?.kind !== "account") {
        continue; // invalid entries are reported by importOspos
      }
      out.set(forge.key, [...new Set([...(out.get(forge.key) ?? []), psoId])]);
    }
  }
  return out;
}

const entry2024Schema = z
  .object({
    service_of: z.array(z.string()).nullish(),
    pso_id: z.array(z.string()).nullish(),
  })
  .passthrough();

export interface Accounts2024 {
  /** normalised account URL (`github.com/owner`, or a host) → its non-placeholder pso_ids */
  accounts: Map<string, string[]>;
  /** pso_id → the administration's name (the most frequent `service_of` written for it) */
  names: Map<string, string>;
}

/**
 * codegouvfr-output-data/comptes-organismes-publics.yml (2024, README §9): which administration each
 * account serves. `service_of[i]` ↔ `pso_id[i]` only when both lists have the same length.
 */
export function readAccounts2024(ctx: BuildContext): Accounts2024 {
  const file = sourceFile(ctx.dataDir, "codegouvfr-output-data/comptes-organismes-publics.yml");
  const raw = readYaml(file);
  const accounts = new Map<string, string[]>();
  const counts = new Map<string, Map<string, number>>();
  for (const [url, value] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    const parsed = entry2024Schema.safeParse(value);
    const key = normaliseUrl(url);
    if (!parsed.success || key === undefined) {
      rejectRecord(
        ctx,
        new SourceError(
          file.name,
          url,
          parsed.success ? "not a URL" : `invalid entry: ${describeIssues(parsed.error.issues)}`,
        ),
      );
      continue;
    }
    const psoIds = parsed.data.pso_id ?? [];
    const names = parsed.data.service_of ?? [];
    accounts.set(key, [...new Set(psoIds.filter(p => p !== PLACEHOLDER_PSO))]);
    if (psoIds.length !== names.length) {
      continue;
    }
    psoIds.forEach((psoId, i) => {
      const name = names[i]?.trim();
      if (psoId !== PLACEHOLDER_PSO && name) {
        const byName = counts.get(psoId) ?? new Map<string, number>();
        byName.set(name, (byName.get(name) ?? 0) + 1);
        counts.set(psoId, byName);
      }
    });
  }
  const names = new Map<string, string>();
  for (const [psoId, byName] of counts) {
    const best = [...byName].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0];
    if (best) {
      names.set(psoId, best[0]);
    }
  }
  return { accounts, names };
}

/**
 * Accounts on which the 2024 and 2025 lists disagree (a pso_id in 2025 that the 2024 entry does not
 * give): reported, the 2025 value is kept.
 */
export function reportAccountConflicts(
  ctx: BuildContext,
  forges: ForgeIndex,
  accounts2024: ReadonlyMap<string, readonly string[]>,
): void {
  for (const [key, psoIds2024] of accounts2024) {
    const [host = "", owner] = key.split("/");
    const entry = forges.hosts.get(host);
    const listed = owner === undefined ? entry : entry?.owners.get(owner);
    const claims =
      owner === undefined && forges.hostClaims.has(host)
        ? (forges.hostClaims.get(host) ?? [])
        : [listed?.psoId ?? (owner === undefined ? undefined : entry?.psoId)].filter(
            (p): p is string => p !== undefined && p !== PLACEHOLDER_PSO,
          );
    const differs =
      claims.length > 0 && psoIds2024.length > 0 && claims.some(p => !psoIds2024.includes(p));
    if (differs) {
      ctx.report.unresolved(
        "accounts2024Conflict",
        "forge accounts whose 2024 pso_id (codegouvfr-output-data) differs from the 2025 one (2025 kept unless an OSPO code list decides)",
        `${key}: 2025 ${claims.join("+")} / 2024 ${psoIds2024.join("+")}`,
      );
    }
  }
}
