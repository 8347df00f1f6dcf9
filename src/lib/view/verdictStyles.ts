// How each verdict looks everywhere (charts, fact page, side by side, article text): a label, an Okabe–Ito colour
// AND a glyph (or, for 'absent', a hatch pattern), so no status depends on colour alone. The verdicts themselves
// are the engine's (VERDICTS); the colours reach stylesheets as custom properties (--verdict-same, …) set once
// on the root layout's wrapper from this table (verdictCssVariables).
import { VERDICTS, type Verdict } from '../analysis/types';

export interface VerdictStyle {
  label: string;
  glyph: string;
  color: string;
  /** What the cell means, for legends and screen readers ("Reuters reports it the same way"). */
  meaning: string;
}

export const VERDICT_STYLES: Record<Verdict, VerdictStyle> = {
  same: { label: 'Same', glyph: '✓', color: '#009E73', meaning: 'reports it the same way' },
  partial: { label: 'Partly', glyph: '◐', color: '#56B4E9', meaning: 'reports it with less or other detail' },
  differ: { label: 'Differs', glyph: '✕', color: '#D55E00', meaning: 'contradicts another outlet' },
  absent: { label: 'Not reported', glyph: '–', color: '#D9D9D9', meaning: 'does not report it' }
};

/** The order verdicts are listed in, from agreement to absence. */
export const VERDICT_ORDER: Verdict[] = [...VERDICTS];

/** "--verdict-same: #009E73; …": the colours as CSS custom properties (the root layout's style attribute). */
export function verdictCssVariables(): string {
  return VERDICT_ORDER.map((v) => `--verdict-${v}: ${VERDICT_STYLES[v].color};`).join(' ');
}
