// Two windows with the same assessment: a three-way merge of what this window changed (local) and
// what another window saved meanwhile (remote), both since the version they started from (base).
// Answer by answer: every field, answer, note and item that only one side changed takes that side's
// value; items are matched by id. Where both sides changed the same thing differently, the saved
// (remote) value wins and the conflict is counted, so the window that lost its edit can say so.
import type { Assessment } from './assessment.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function equal(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && equal(a[k], b[k]));
  }
  return false;
}

const hasIds = (list: Json[]) => list.every((x) => isRecord(x) && typeof x.id === 'string');
const idOf = (x: Json) => (x as { id: string }).id;

class Merger {
  conflicts = 0;

  merge(base: Json | undefined, local: Json | undefined, remote: Json | undefined): Json | undefined {
    if (equal(local, remote)) return remote;
    if (equal(base, local)) return remote;
    if (equal(base, remote)) return local;
    if (isRecord(local) && isRecord(remote)) return this.records(isRecord(base) ? base : {}, local, remote);
    if (Array.isArray(local) && Array.isArray(remote) && hasIds(local) && hasIds(remote)) {
      return this.lists(Array.isArray(base) && hasIds(base) ? base : [], local, remote);
    }
    this.conflicts++;
    return remote;
  }

  private records(base: { [key: string]: Json }, local: { [key: string]: Json }, remote: { [key: string]: Json }): Json {
    const out: { [key: string]: Json } = {};
    for (const key of new Set([...Object.keys(remote), ...Object.keys(local)])) {
      const value = this.merge(base[key], local[key], remote[key]);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }

  /** Lists of items: matched by id, in the remote order with local additions at the end. */
  private lists(base: Json[], local: Json[], remote: Json[]): Json {
    const find = (list: Json[], id: string) => list.find((x) => idOf(x) === id);
    const ids = [...new Set([...remote.map(idOf), ...local.map(idOf)])];
    return ids.flatMap((id) => {
      const value = this.merge(find(base, id), find(local, id), find(remote, id));
      return value === undefined ? [] : [value];
    });
  }
}

/** The merged assessment (its updatedAt the later of both) and how many changes of this window gave way. */
export function mergeAssessments(base: Assessment, local: Assessment, remote: Assessment): { merged: Assessment; conflicts: number } {
  const merger = new Merger();
  const strip = (a: Assessment) => ({ ...a, updatedAt: '' }) as unknown as Json;
  const merged = merger.merge(strip(base), strip(local), strip(remote)) as unknown as Assessment;
  merged.updatedAt = local.updatedAt > remote.updatedAt ? local.updatedAt : remote.updatedAt;
  return { merged: structuredClone(merged), conflicts: merger.conflicts };
}
