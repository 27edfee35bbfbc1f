// Escaping for server-rendered HTML: every value from the database or the query
// string goes through esc(); markup is only ever built from our own templates.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A query string from the set values only (for filter links and export links). */
export function toQuery(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Bound translator for the dashboard area. */
/** The CSRF token every dashboard form posts (checked by the router on each POST). */
export const csrfField = (csrf: string) => `<input type="hidden" name="csrf" value="${esc(csrf)}">`;

export type PageText = (key: string, values?: Record<string, string | number | Date>) => string;
