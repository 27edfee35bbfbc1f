// Finds a collaboration by what someone typed: the exact name (any case), else the
// only one whose name contains the text.
import type { Collaboration } from './collaboration-ports.ts';

export type Found = { kind: 'one'; collaboration: Collaboration } | { kind: 'none' } | { kind: 'many'; names: string[] };

export function findCollaborationByName(all: Collaboration[], text: string): Found {
  const needle = text.trim().toLocaleLowerCase('nl');
  const exact = all.find((c) => c.name.toLocaleLowerCase('nl') === needle);
  if (exact) return { kind: 'one', collaboration: exact };
  const partial = all.filter((c) => c.name.toLocaleLowerCase('nl').includes(needle));
  if (partial.length === 1 && partial[0]) return { kind: 'one', collaboration: partial[0] };
  return partial.length === 0 ? { kind: 'none' } : { kind: 'many', names: partial.map((c) => c.name).slice(0, 10) };
}
