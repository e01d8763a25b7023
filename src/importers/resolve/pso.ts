import { type BuildContext } from "../core/context";
import { prov } from "../core/sources";
import { type NodeRef } from "../snapshot-format";

/**
 * Maps a DILA pso_id to a node: the Ministry (or Partner) carrying that psoId in the curated file,
 * an alias target (`pso:<uuid>` in seed/aliases.yml), or else an Organization keyed `pso:<uuid>`
 * (created on first use, provenance codegouvfr-data).
 */
export class PsoResolver {
  private readonly known = new Map<string, NodeRef>();

  /** `names`: pso_id → administration name from the 2024 accounts list (codegouvfr-output-data). */
  constructor(
    private readonly ctx: BuildContext,
    private readonly names: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const m of ctx.curated.ministries) {
      if (m.psoId) {
        this.known.set(m.psoId, { label: "Ministry", key: m.key });
      }
    }
    for (const p of ctx.curated.partners) {
      if (p.psoId) {
        this.known.set(p.psoId, { label: "Partner", key: p.key });
      }
    }
  }

  ref(psoId: string, record = `comptes-organismes-publics.yml#pso_id=${psoId}`): NodeRef {
    const known = this.known.get(psoId);
    if (known) {
      return known;
    }
    const alias = this.ctx.aliases.canonical("Organization", `pso:${psoId}`);
    if (alias.key !== `pso:${psoId}`) {
      this.ctx.graph.addNode(alias.label, alias.key, { psoId }, prov("codegouvfr-data", record));
      return alias;
    }
    const ref = this.ctx.graph.addNode(
      "Organization",
      alias.key,
      { psoId, sector: "STATE", kind: "public-body" },
      prov("codegouvfr-data", record),
    );
    const name = this.names.get(psoId);
    if (name !== undefined && this.ctx.graph.getNode(ref)?.props.name === undefined) {
      this.ctx.graph.addNode(
        ref.label,
        ref.key,
        { name },
        prov("codegouvfr-output-data", `comptes-organismes-publics.yml#pso_id=${psoId}`),
      );
    }
    return ref;
  }
}
