import DataLoader from "dataloader";

/**
 * The request's DataLoaders, created lazily by name and dropped with the request, so caches never
 * cross requests. One loader per (relationship field, arguments, kind) batches every parent of a
 * request into one statement.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown, string>>();

  /**
   * The loader `name`, created on first use. Keys may be objects: `cacheKeyFn` then gives the
   * string under which DataLoader caches and de-duplicates them (required unless K is a string).
   */
  get<V, K = string>(
    name: string,
    batch: (keys: readonly K[]) => Promise<V[]>,
    cacheKeyFn?: (key: K) => string,
  ): DataLoader<K, V, string> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V, string>(batch, {
        maxBatchSize: 1_000,
        ...(cacheKeyFn ? { cacheKeyFn } : {}),
      }) as DataLoader<unknown, unknown, string>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V, string>;
  }
}

/** Orders batch results by key, with a default for keys the statement returned nothing for. */
export function byKeys<V>(
  keys: readonly string[],
  rows: Array<{ key: string; value: V }>,
  fallback: () => V,
): V[] {
  const found = new Map(rows.map(r => [r.key, r.value]));
  return keys.map(k => (found.has(k) ? (found.get(k) as V) : fallback()));
}
