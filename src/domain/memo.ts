/** A value made on first use, then kept. */
export function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/**
 * A bounded memo for pure functions whose input the user types or the report repeats (amounts,
 * dates): made once, looked up afterwards, emptied when it holds `max` values so that typing never
 * grows it without end.
 */
export function remembered<K, V>(memo: Map<K, V>, key: K, make: () => V, max: number): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= max) memo.clear();
    memo.set(key, (value = make()));
  }
  return value;
}
