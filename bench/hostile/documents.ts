/**
 * Hostile GraphQL documents, shared by bench:hostile and the integration tests: each is small on
 * the wire and expensive for a naive server.
 */

/**
 * `levels` fragments, each spreading the next one `spreads` times (with an alias, so the
 * selections do not merge): expanding it naively visits spreads^(levels-1) fields.
 */
export function fanOutDocument(levels: number, spreads: number): string {
  const fragments: string[] = [];
  for (let level = 0; level < levels - 1; level += 1) {
    const body = Array.from({ length: spreads }, () => `...F${level + 1}`).join(" ");
    fragments.push(`fragment F${level} on Query { ${body} }`);
  }
  fragments.push(`fragment F${levels - 1} on Query { __typename }`);
  return `query FanOut { ...F0 }\n${fragments.join("\n")}`;
}

/** `startups(where: {OR: [n × {title: {contains: …}}]})`, each term distinct. */
export function orOfContains(n: number, salt: string): string {
  const terms = Array.from({ length: n }, (_, i) => `{ title: { contains: "${salt}${i}" } }`);
  return `{ startups(first: 5, where: { OR: [${terms.join(", ")}] }) { nodes { key } } }`;
}
