// Every chart's box in one place (layercake's model): a label column is as wide as the labels it holds need, a
// chart switches to its narrow layout from its container's width, and rows come from the data. Components read
// these sizes and draw; they hold none of their own.
import { truncate } from './coverage';
import { labelColumnWidth, textWidth } from './textWidth';

/** A chart frame narrower than this (px) gets the narrow layout: shorter labels, so some of the plot shows. */
export const NARROW_BELOW = 600;

/** Whether a chart frame of `frameWidth` px (0 before it is measured) is narrow. */
export function isNarrow(frameWidth: number): boolean {
  return frameWidth > 0 && frameWidth < NARROW_BELOW;
}

/** Width of a floating tooltip (px). */
export const TOOLTIP_WIDTH = 280;

/** Room between two side-by-side columns, where the alignment ribbons run (px). */
export const RIBBON_GUTTER = 56;

/** A column of labels cut at `chars` characters, as wide as the longest cut label needs, at most `max` px. */
export interface LabelColumn {
  chars: number;
  width: number;
}

function labelColumn(labels: string[], chars: number, max: number): LabelColumn {
  return {
    chars,
    width: labelColumnWidth(
      labels.map((l) => truncate(l, chars)),
      { min: 80, max }
    )
  };
}

/** Length of a certainty profile's 100% bar (px): the layout scales the segments to it. */
export const CERTAINTY_BAR_WIDTH = 420;

/** Certainty profile: one row per outlet (label, 100% bar, total), "Cites most" under the bar. */
export function certaintySizes(outlets: string[], totals: number[]) {
  const label = labelColumn(outlets, 22, 170);
  const barWidth = CERTAINTY_BAR_WIDTH;
  const rowHeight = 58;
  const top = 34;
  // "123 claims" after the bar.
  const after = 8 + textWidth(`${Math.max(0, ...totals)} claims`) + 4;
  const width = label.width + barWidth + Math.max(70, after);
  return {
    label,
    barX: label.width,
    barWidth,
    rowHeight,
    top,
    width,
    height: top + outlets.length * rowHeight + 4
  };
}

/** Discrepancy list: one line per type (label, count bar, count). */
export function discrepancySizes(titles: string[]) {
  const labelWidth = labelColumnWidth(titles, { min: 120, max: 330 });
  const barWidth = 200;
  const line = 22;
  return { labelWidth, barWidth, line, width: labelWidth + barWidth + 50, height: titles.length * line + 8 };
}

/** Coverage matrix: fact labels down the side, outlet names slanted across the top, one cell per verdict. */
export function coverageSizes(facts: string[], outlets: string[], narrow: boolean) {
  const label = labelColumn(facts, narrow ? 20 : 46, narrow ? 160 : 300);
  const outletChars = 18;
  // Outlet names are rotated 50°: their height is the longest name's width × sin 50°, plus the gap to the cells.
  const longest = Math.max(0, ...outlets.map((o) => textWidth(truncate(o, outletChars))));
  const header = Math.max(60, Math.ceil(longest * Math.sin((50 * Math.PI) / 180)) + 12);
  return { label, outletChars, step: 26, header, right: 70 };
}

/** Length of an omissions bar for a fact every other outlet reports (px). */
export const OMISSIONS_BAR_WIDTH = 160;

/** Omissions: per outlet panel, one bar per fact left out (label, bar, count). */
export function omissionsSizes(facts: string[], narrow: boolean) {
  const label = labelColumn(facts, narrow ? 26 : 48, narrow ? 180 : 330);
  const barWidth = OMISSIONS_BAR_WIDTH;
  return { label, barWidth, width: label.width + barWidth + 40 };
}

/** Timeline: one lane per outlet (name on the left), a shared time axis, the running count below. */
export function timelineSizes(outlets: string[]) {
  const label = labelColumn(outlets, 18, 130);
  return { label, width: 900 };
}

/** Agreement matrix: outlet names down the side (and slanted along the diagonal), one square per pair. */
export function agreementSizes(outlets: string[]) {
  const label = labelColumn(outlets, 22, 260);
  return { label, diagonalChars: 18, cell: 40 };
}

/** Shared facts (an UpSet plot): outlet bars on the left, one column per combination, one row per outlet. */
export const SHARED_FACTS_SIZES = {
  layout: { setBarsWidth: 250, columnWidth: 30, rowHeight: 26 },
  outletChars: 16
};
