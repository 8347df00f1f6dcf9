// Plain-language lines for audit entries on the History pages.
export interface AuditLike {
  action: string;
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const ACTIONS: Record<string, string> = {
  'correction.add': 'Correction',
  'correction.undo': 'Correction undone',
  'article.edit': 'Article edited',
  'article.remove': 'Article removed',
  'article.restore': 'Article restored',
  'outlet.edit': 'Outlet edited',
  'outlet.merge': 'Outlets merged',
  'outlet.unmerge': 'Outlet merge undone',
  'note.add': 'Note',
  'note.remove': 'Note removed'
};

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

function value(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.map(value).join(', ');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('articleId' in o) return `${o.articleId}:${o.start}-${o.end}`;
    return JSON.stringify(v);
  }
  return String(v);
}

/** "kind: merge; claims: 3:0-40, 4:0-52" or "title: “A” → “B”". */
export function describeChange(entry: AuditLike): string {
  const after = entry.after ?? {};
  const before = entry.before ?? {};
  if (entry.target.startsWith('correction:') && 'kind' in after) {
    return Object.entries(after)
      .filter(([k]) => k !== 'active' && k !== 'text')
      .map(([k, v]) => `${k}: ${value(v)}`)
      .join('; ');
  }
  if (entry.target.startsWith('note:') && 'body' in after)
    return `“${value(after.body)}” on ${value(after.claim)}`;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => k !== 'article_ids'
  );
  return keys.map((k) => `${k}: ${value(before[k])} → ${value(after[k])}`).join('; ');
}
