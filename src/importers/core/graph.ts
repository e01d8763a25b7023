import { type NodeRef, type PropValue, type Props, type Provenance } from "../snapshot-format";
import { sha256Hex } from "./normalise";

export interface GraphNode {
  label: string;
  key: string;
  props: Props;
  prov: Provenance[];
}

export interface GraphRel {
  id: string;
  type: string;
  from: NodeRef;
  to: NodeRef;
  props: Props;
  prov: Provenance[];
}

type RawValue = PropValue | null | undefined;

/** Drops null / undefined / empty strings / empty arrays / NaN, so props stay flat and compact. */
export function cleanProps(raw: Record<string, RawValue>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === null || v === undefined || v === "") {
      continue;
    }
    if (Array.isArray(v) && v.length === 0) {
      continue;
    }
    if (typeof v === "number" && !Number.isFinite(v)) {
      continue;
    }
    out[k] = v;
  }
  return out;
}

function provKey(p: Provenance): string {
  return `${p.source}\u0000${p.record}\u0000${p.date}\u0000${p.url ?? ""}`;
}

function mergeProv(target: Provenance[], extra: readonly Provenance[]): void {
  const seen = new Set(target.map(provKey));
  for (const p of extra) {
    if (!seen.has(provKey(p))) {
      target.push(p);
      seen.add(provKey(p));
    }
  }
}

/** Earlier writers win on conflicting property values; later sources only fill gaps. */
function mergeProps(target: Props, extra: Props): void {
  for (const [k, v] of Object.entries(extra)) {
    if (!(k in target)) {
      target[k] = v;
    }
  }
}

export const refKey = (ref: NodeRef): string => `${ref.label}/${ref.key}`;

/**
 * Stable relationship id: `<TYPE>:<16 hex of SHA-256(type, from label/key, to label/key, discriminator)>`
 * (compact, and identical across builds for the same fact).
 */
export function relId(internal: string, type: string): string {
  return `${type}:${sha256Hex(internal, 16)}`;
}

/** In-memory graph with merge-on-key semantics for nodes and relationships. */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly rels = new Map<string, GraphRel>();

  addNode(label: string, key: string, props: Record<string, RawValue>, prov: Provenance): NodeRef {
    const ref = { label, key };
    const existing = this.nodes.get(refKey(ref));
    if (existing) {
      mergeProps(existing.props, cleanProps(props));
      mergeProv(existing.prov, [prov]);
    } else {
      this.nodes.set(refKey(ref), { label, key, props: cleanProps(props), prov: [prov] });
    }
    return ref;
  }

  hasNode(ref: NodeRef): boolean {
    return this.nodes.has(refKey(ref));
  }

  getNode(ref: NodeRef): GraphNode | undefined {
    return this.nodes.get(refKey(ref));
  }

  /**
   * Adds (or merges into) a relationship. `discriminator` distinguishes several relationships of one
   * type between the same pair (e.g. MEMBER_OF per mission, IN_PHASE per phase entry).
   */
  addRel(
    type: string,
    from: NodeRef,
    to: NodeRef,
    props: Record<string, RawValue>,
    prov: Provenance,
    discriminator?: string,
  ): string {
    const internal = `${type}:${refKey(from)}->${refKey(to)}${discriminator === undefined ? "" : `:${discriminator}`}`;
    const existing = this.rels.get(internal);
    if (existing) {
      mergeProps(existing.props, cleanProps(props));
      mergeProv(existing.prov, [prov]);
    } else {
      this.rels.set(internal, {
        id: relId(internal, type),
        type,
        from,
        to,
        props: cleanProps(props),
        prov: [prov],
      });
    }
    return relId(internal, type);
  }

  allNodes(): GraphNode[] {
    return [...this.nodes.values()];
  }

  allRels(): GraphRel[] {
    return [...this.rels.values()];
  }

  /** Relationships whose endpoints are missing: a bug in an importer, never expected in output. */
  danglingRels(): GraphRel[] {
    return this.allRels().filter(
      r => !this.nodes.has(refKey(r.from)) || !this.nodes.has(refKey(r.to)),
    );
  }
}
