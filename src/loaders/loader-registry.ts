import DataLoader from "dataloader";

/**
 * The request's DataLoaders, created lazily by name and dropped with the request, so caches never
 * cross requests. One loader per (relationship field, arguments, kind) batches every parent of a
 * request into one statement.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  get<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<string, unknown>(batch, { maxBatchSize: 1_000 });
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<string, V>;
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
