import DataLoader from "dataloader";

/**
 * The DataLoaders of one request, created on first use and keyed by name, so that every field that
 * needs the same relation with the same arguments shares one batched query.
 */
export class LoaderCache {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  get<V>(key: string, batch: (ids: readonly string[]) => Promise<Map<string, V>>, fallback: V): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(async (ids) => {
        const found = await batch(ids);
        return ids.map((id) => found.get(id) ?? fallback);
      });
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}

/** Indexes rows by a key, for batch functions that return what they found in any order. */
export function byKey<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
