/** A value made on first use, then kept. */
export function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/**
 * A memo for pure functions whose input the report repeats (amounts, dates, answers): made once,
 * looked up afterwards. Where the keys are typed text, `max` bounds it: the memo is emptied when it
 * holds that many values, so that typing never grows it without end.
 */
export function remembered<K, V>(memo: Map<K, V>, key: K, make: () => V, max = Infinity): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= max) memo.clear();
    memo.set(key, (value = make()));
  }
  return value;
}
