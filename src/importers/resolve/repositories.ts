import { type BuildContext } from "../core/context";
import { type ForgeUrl } from "../core/normalise";
import { type NodeRef, type PropValue, type Provenance } from "../snapshot-format";
import { type ForgeIndex, PLACEHOLDER_PSO } from "./forges";
import { type PsoResolver } from "./pso";

type RawProps = Record<string, PropValue | null | undefined>;

export interface RepoDeps {
  forges: ForgeIndex;
  pso: PsoResolver;
}

function platformOf(host: string, forges: ForgeIndex): string {
  if (host === "github.com") {
    return "GitHub";
  }
  const forge = forges.hosts.get(host)?.forge;
  return forge === undefined
    ? "GitLab"
    : forge === "gitlab"
      ? "GitLab"
      : forge.charAt(0).toUpperCase() + forge.slice(1);
}

/**
 * Ensures the ForgeAccount of `host/owner` exists (psoId resolved through comptes-organismes-publics)
 * and returns it with the organisation owning it, when resolvable.
 */
export function ensureAccount(
  ctx: BuildContext,
  deps: RepoDeps,
  host: string,
  owner: string,
  p: Provenance,
): { account: NodeRef; org?: NodeRef } {
  const resolution = deps.forges.resolve(host, owner);
  const key = `${host}/${owner.toLowerCase()}`;
  const psoId =
    resolution.psoId && resolution.psoId !== PLACEHOLDER_PSO ? resolution.psoId : undefined;
  const org = psoId ? deps.pso.ref(psoId) : undefined;
  if (resolution.ambiguous !== undefined) {
    ctx.report.unresolved(
      "forgeAccountAmbiguous",
      "forge accounts claimed by several pso_ids with no evidence to decide (no owner given)",
      `${key}: ${resolution.ambiguous.join(" | ")}`,
    );
  }
  const existing: NodeRef = { label: "ForgeAccount", key };
  if (ctx.graph.hasNode(existing)) {
    // provenance of an account comes from the record that first named it, not from every repo
    return { account: existing, org };
  }
  const account = ctx.graph.addNode(
    "ForgeAccount",
    key,
    {
      host,
      login: owner.toLowerCase(),
      platform: platformOf(host, deps.forges),
      psoId,
      psoIdBasis: psoId ? resolution.basis : undefined,
    },
    p,
  );
  return { account, org };
}

/**
 * Ensures a Repository node (key = normalised URL) with HOSTED_BY its account and OWNED_BY the
 * organisation of that account (Organization, or Ministry when the pso_id is a ministry's).
 */
export function ensureRepository(
  ctx: BuildContext,
  deps: RepoDeps,
  url: Extract<ForgeUrl, { kind: "repository" }>,
  props: RawProps,
  p: Provenance,
): NodeRef {
  const name = url.path[url.path.length - 1] ?? url.key;
  const repo = ctx.graph.addNode(
    "Repository",
    url.key,
    { name, platform: platformOf(url.host, deps.forges), ...props },
    p,
  );
  const { account, org } = ensureAccount(ctx, deps, url.host, url.owner, p);
  ctx.graph.addRel("HOSTED_BY", repo, account, {}, p);
  if (org) {
    ctx.graph.addRel("OWNED_BY", repo, org, {}, p);
  } else {
    ctx.report.unresolved(
      "repositoryWithoutOrganisation",
      "repositories whose forge account has no (non-placeholder) pso_id in comptes-organismes-publics.yml",
      url.key,
    );
  }
  return repo;
}
