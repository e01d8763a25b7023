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
  basis?: "owner" | "forge-host";
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
      return {};
    }
    const listed = entry.owners.get(owner.toLowerCase());
    if (listed) {
      const psoId = listed.psoId ?? entry.psoId;
      return {
        listedKey: `${host}/${owner.toLowerCase()}`,
        psoId,
        basis: listed.psoId ? "owner" : "forge-host",
      };
    }
    if (entry.psoId !== undefined) {
      return { listedKey: host, psoId: entry.psoId, basis: "forge-host" };
    }
    return {};
  }
}
