import { z } from "zod";
import { type BuildContext, rejectRecord } from "../core/context";
import { SourceError, describeIssues } from "../core/errors";
import { type SourceFile } from "../core/readers";

export const PLACEHOLDER_PSO = "00000000-0000-0000-0000-000000000000";

const settingsSchema = z
  .object({
    pso_id: z.string().nullish(),
    floss_policy: z.string().nullish(),
    ospo_url: z.string().nullish(),
    ignored_since: z.string().nullish(),
  })
  .strict();

const hostSchema = settingsSchema
  .extend({ forge: z.string().min(1), owners: z.record(settingsSchema.nullable()).nullish() })
  .strict();

export interface ForgeSettings {
  psoId?: string;
  flossPolicy?: string;
  ospoUrl?: string;
  ignoredSince?: string;
}

export interface ForgeHost extends ForgeSettings {
  host: string;
  forge: string;
  /** lower-case owner login → owner as written + settings */
  owners: Map<string, ForgeSettings & { login: string }>;
}

export interface AccountResolution {
  /** ForgeAccount key listed in comptes-organismes-publics.yml (`host/owner` or `host`) */
  listedKey?: string;
  psoId?: string;
  basis?: "owner" | "forge-host" | "ospo-code-list" | "accounts-2024";
  /** several pso_ids claim the account and no evidence decides between them */
  ambiguous?: string[];
}

/**
 * Evidence beyond the 2025 accounts list: OSPO code lists (fr-public-sector-ospo.yml `code`) and
 * the 2024 list (codegouvfr-output-data), keyed by account (`host/owner`, lower case) or host.
 */
export interface AccountEvidence {
  ospo: Map<string, string[]>;
  accounts2024: Map<string, string[]>;
}

function settings(raw: z.infer<typeof settingsSchema> | null | undefined): ForgeSettings {
  return {
    psoId: raw?.pso_id ?? undefined,
    flossPolicy: raw?.floss_policy ?? undefined,
    ospoUrl: raw?.ospo_url ?? undefined,
    ignoredSince: raw?.ignored_since ?? undefined,
  };
}

/** Index of comptes-organismes-publics.yml: forge hosts and owner accounts with their pso_id. */
export class ForgeIndex {
  readonly hosts = new Map<string, ForgeHost>();
  /** host → every pso_id it claims, when the file gives several (duplicated `pso_id` key) */
  readonly hostClaims = new Map<string, string[]>();
  evidence: AccountEvidence = { ospo: new Map(), accounts2024: new Map() };

  /** A duplicated host-level `pso_id` (dropped by the YAML reader): one more claim on the host. */
  addHostClaim(host: string, psoId: string): void {
    const entry = this.hosts.get(host.toLowerCase());
    const claims = this.hostClaims.get(host.toLowerCase()) ?? (entry?.psoId ? [entry.psoId] : []);
    this.hostClaims.set(host.toLowerCase(), [...new Set([...claims, psoId])]);
  }

  /** The one pso_id among several claims on a host that an OSPO code list on that host supports. */
  private decideHost(host: string, claims: readonly string[]): string | undefined {
    const supported = new Set<string>();
    for (const [key, psoIds] of this.evidence.ospo) {
      if (key === host || key.startsWith(`${host}/`)) {
        psoIds.filter(p => claims.includes(p)).forEach(p => supported.add(p));
      }
    }
    return supported.size === 1 ? [...supported][0] : undefined;
  }

  /** OSPO code list, then the 2024 list, for an account the 2025 list leaves without a pso_id. */
  private fromEvidence(host: string, owner: string, accountOnly = false): AccountResolution {
    const key = `${host}/${owner.toLowerCase()}`;
    for (const [basis, map] of [
      ["ospo-code-list", this.evidence.ospo],
      ["accounts-2024", this.evidence.accounts2024],
    ] as const) {
      const psoIds = map.get(key) ?? (accountOnly ? undefined : map.get(host));
      if (psoIds?.length === 1) {
        return { psoId: psoIds[0], basis };
      }
    }
    return {};
  }

  static parse(ctx: BuildContext, file: SourceFile, raw: unknown): ForgeIndex {
    const index = new ForgeIndex();
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      throw new SourceError(file.name, undefined, "expected a mapping of forge hosts");
    }
    for (const [host, value] of Object.entries(raw as Record<string, unknown>)) {
      const parsed = hostSchema.safeParse(value);
      if (!parsed.success) {
        rejectRecord(
          ctx,
          new SourceError(
            file.name,
            host,
            `invalid forge entry: ${describeIssues(parsed.error.issues)}`,
          ),
        );
        continue;
      }
      const owners = new Map<string, ForgeSettings & { login: string }>();
      for (const [login, ownerRaw] of Object.entries(parsed.data.owners ?? {})) {
        owners.set(login.toLowerCase(), { login, ...settings(ownerRaw) });
      }
      index.hosts.set(host.toLowerCase(), {
        host: host.toLowerCase(),
        forge: parsed.data.forge,
        owners,
        ...settings(parsed.data),
      });
    }
    return index;
  }

  knownHosts(): Set<string> {
    return new Set(this.hosts.keys());
  }

  /** Resolves the account of a repository / account URL (`host`, first path segment = owner). */
  resolve(host: string, owner: string): AccountResolution {
    const entry = this.hosts.get(host);
    if (!entry) {
      return this.fromEvidence(host, owner);
    }
    const listed = entry.owners.get(owner.toLowerCase());
    const listedKey = listed ? `${host}/${owner.toLowerCase()}` : host;
    if (listed?.psoId !== undefined && listed.psoId !== PLACEHOLDER_PSO) {
      return { listedKey, psoId: listed.psoId, basis: "owner" };
    }
    const claims = this.hostClaims.get(host);
    if (claims !== undefined && claims.length > 1) {
      // the account's own evidence (OSPO code list, then 2024 list), else the claim an OSPO on the host supports
      const own = this.fromEvidence(host, owner, true);
      if (own.psoId !== undefined && claims.includes(own.psoId)) {
        return { listedKey, ...own };
      }
      const decided = this.decideHost(host, claims);
      return decided !== undefined
        ? { listedKey, psoId: decided, basis: "ospo-code-list" }
        : { listedKey, ambiguous: claims };
    }
    const hostPso = listed?.psoId ?? entry.psoId;
    if (hostPso !== undefined && hostPso !== PLACEHOLDER_PSO) {
      return { listedKey, psoId: hostPso, basis: "forge-host" };
    }
    return {
      ...this.fromEvidence(host, owner),
      listedKey: listed || hostPso ? listedKey : undefined,
    };
  }
}
