import type { FieldNode, GraphQLResolveInfo } from "graphql";

/** Plans kept per field node (variants: other variables, other merged nodes). */
const MAX_VARIANTS = 8;

interface Entry<T> {
  nodes: readonly FieldNode[];
  /** The request's variables and what else the value depends on (e.g. a node's label). */
  variables: string;
  value: T;
}

const VARIABLES = new WeakMap<object, string>();

/** Canonical text of a request's variables, computed once per request. */
function variablesText(info: GraphQLResolveInfo): string {
  const values = info.variableValues ?? {};
  let text = VARIABLES.get(values);
  if (text === undefined) {
    text = JSON.stringify(values);
    VARIABLES.set(values, text);
  }
  return text;
}

const sameNodes = (a: readonly FieldNode[], b: readonly FieldNode[]): boolean =>
  a.length === b.length && a.every((node, i) => node === b[i]);

/**
 * A per-field cache over operations: a value is built once per field (its field nodes, which
 * the parsed document keeps across requests of the same operation) and variables, so a repeated
 * operation does no planning again, and the items of a list share one value. Entries go with
 * their document.
 */
export class OperationCache<T> {
  private readonly entries = new WeakMap<FieldNode, Array<Entry<T>>>();

  get(info: GraphQLResolveInfo, discriminator: string, build: () => T): T {
    const nodes = info.fieldNodes;
    const first = nodes[0];
    if (!first) {
      return build();
    }
    const variables = `${discriminator}|${variablesText(info)}`;
    const list = this.entries.get(first) ?? [];
    const found = list.find(e => e.variables === variables && sameNodes(e.nodes, nodes));
    if (found) {
      return found.value;
    }
    const value = build();
    if (list.length >= MAX_VARIANTS) {
      list.shift();
    }
    list.push({ nodes, variables, value });
    this.entries.set(first, list);
    return value;
  }
}
