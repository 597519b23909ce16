/*
 * Where the trend chart prints each point's value: above it, below it or beside it, chosen so that no
 * value covers another value or another line's marker, and, where there is room, so that no line
 * crosses it. ECharts' own label layout moves overlapping labels along one axis for the whole chart
 * (a pie's labels), not per year, and knows nothing of markers and lines: the places are computed
 * here, from the chart's geometry, which the trend fixes (its grid and its value axis).
 */

/** The trend's grid in pixels (no `containLabel`: the geometry is known before ECharts draws it). */
export const TREND_GRID = { left: 8, right: 16, top: 36, bottom: 24 } as const;

/** Where the legend ends: a value above a point never rises into it. */
const LEGEND_BOTTOM = 16;

/** The marker's size, the gap between a marker and its value, and the value's font size. */
export const TREND_SYMBOL_SIZE = 5;
export const TREND_LABEL_DISTANCE = 4;
export const TREND_LABEL_FONT_SIZE = 9;

/** How far below the axis line a value may reach: the years' names start further down. */
const AXIS_ROOM = 5;

/**
 * A value's box: a little higher than its digits. The labels are given it as their line height, so
 * ECharts places them by the same box on the screen and on the server (which has no CJK glyph to
 * measure a line by, and would take a line as 4 px high).
 */
export const TREND_LABEL_HEIGHT = 10;
const LABEL_HEIGHT = TREND_LABEL_HEIGHT;

/** A value's width in the label font, a little over: digits 0.57 em, a (no-break) space 0.26 em, else 0.62 em. */
export function labelWidth(text: string): number {
  let width = 2;
  for (const ch of text)
    width += TREND_LABEL_FONT_SIZE * (/\d/.test(ch) ? 0.57 : ch === ' ' || ch === '\u00a0' ? 0.26 : 0.62);
  return width;
}

/** The value axis: from zero to a round maximum, so where each point stands is known in advance. */
export function trendScale(values: readonly number[]): { max: number; interval: number } {
  const top = Math.max(0, ...values);
  if (top === 0) return { max: 1, interval: 1 };
  const rough = top / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const interval = Math.max(1, step);
  return { max: Math.ceil(top / interval) * interval, interval };
}

/** How ECharts is told where a value stands: a position beside the marker and an offset from it. */
export interface LabelPlace {
  position: 'top' | 'bottom' | 'left' | 'right';
  offset: [number, number];
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Candidate {
  place: LabelPlace;
  /** How much less it is liked than a value right above its marker. */
  cost: number;
}

/** The places tried for each value, most liked first. */
function candidates(width: number): Candidate[] {
  // Diagonally: the value's near corner just clear of its marker.
  const aside = width / 2 + TREND_SYMBOL_SIZE / 2 + 2;
  // A line higher or lower: for a value crowded in by the others of its year.
  const further = LABEL_HEIGHT;
  return [
    { place: { position: 'top', offset: [0, 0] }, cost: 0 },
    { place: { position: 'bottom', offset: [0, 0] }, cost: 1 },
    { place: { position: 'right', offset: [0, 0] }, cost: 3 },
    { place: { position: 'left', offset: [0, 0] }, cost: 3 },
    { place: { position: 'top', offset: [aside, 0] }, cost: 4 },
    { place: { position: 'top', offset: [-aside, 0] }, cost: 4 },
    { place: { position: 'bottom', offset: [aside, 0] }, cost: 5 },
    { place: { position: 'bottom', offset: [-aside, 0] }, cost: 5 },
    { place: { position: 'right', offset: [0, -further] }, cost: 7 },
    { place: { position: 'left', offset: [0, -further] }, cost: 7 },
    { place: { position: 'right', offset: [0, further] }, cost: 8 },
    { place: { position: 'left', offset: [0, further] }, cost: 8 },
  ];
}

/** The box a value takes at `place` beside the marker at (x, y). */
function boxAt(x: number, y: number, width: number, { position, offset }: LabelPlace): Box {
  const gap = TREND_SYMBOL_SIZE / 2 + TREND_LABEL_DISTANCE;
  let cx = x;
  let cy = y;
  if (position === 'top') cy = y - gap - LABEL_HEIGHT / 2;
  else if (position === 'bottom') cy = y + gap + LABEL_HEIGHT / 2;
  else if (position === 'right') cx = x + gap + width / 2;
  else cx = x - gap - width / 2;
  cx += offset[0];
  cy += offset[1];
  return {
    left: cx - width / 2,
    right: cx + width / 2,
    top: cy - LABEL_HEIGHT / 2,
    bottom: cy + LABEL_HEIGHT / 2,
  };
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether the segment from (x1, y1) to (x2, y2) passes through the box (Liang–Barsky clipping). */
function crosses(box: Box, x1: number, y1: number, x2: number, y2: number): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [
    [-dx, x1 - box.left],
    [dx, box.right - x1],
    [-dy, y1 - box.top],
    [dy, box.bottom - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** A value's place, or null when another line's equal value at the same point already prints it. */
export type Placed = LabelPlace | null;

const HARD = 1000;
const CROSSED = 20;

/**
 * The place of every value: `values[series][year]`, with their printed `texts`, in a chart of
 * `width` × `height` pixels whose value axis runs from zero to `max`. Each year's values are placed
 * together (every combination of places is tried: four lines, twelve places), after the years
 * before it, whose values they must not cover either.
 */
export function placeTrendLabels(
  values: readonly (readonly number[])[],
  texts: readonly (readonly string[])[],
  max: number,
  width: number,
  height: number,
): Placed[][] {
  const years = values[0]?.length ?? 0;
  const plotLeft = TREND_GRID.left;
  const plotTop = TREND_GRID.top;
  const plotBottom = height - TREND_GRID.bottom;
  const band = (width - TREND_GRID.right - plotLeft) / Math.max(1, years);
  const xOf = (year: number) => plotLeft + band * (year + 0.5);
  const yOf = (value: number) => plotBottom - ((plotBottom - plotTop) * value) / max;

  const half = TREND_SYMBOL_SIZE / 2 + 1;
  const markers: Box[] = [];
  // The lines, and the axis line: a value beside a point on it would read as "−0".
  const segments: [number, number, number, number][] = [
    [plotLeft, plotBottom, width - TREND_GRID.right, plotBottom],
  ];
  values.forEach((line) =>
    line.forEach((value, year) => {
      const x = xOf(year);
      const y = yOf(value);
      markers.push({ left: x - half, right: x + half, top: y - half, bottom: y + half });
      if (year + 1 < line.length) segments.push([x, y, xOf(year + 1), yOf(line[year + 1]!)]);
    }),
  );

  const placed: Placed[][] = values.map((line) => line.map(() => null));
  const taken: Box[] = [];
  for (let year = 0; year < years; year++) {
    // Lines meeting at one value print it once, at the first of them.
    const labelled: number[] = [];
    values.forEach((line, series) => {
      if (!labelled.some((other) => values[other]![year] === line[year])) labelled.push(series);
    });
    const x = xOf(year);
    const options = labelled.map((series) => {
      const y = yOf(values[series]![year]!);
      const textWidth = labelWidth(texts[series]![year]!);
      return candidates(textWidth).map(({ place, cost }) => {
        const box = boxAt(x, y, textWidth, place);
        let penalty = cost;
        if (
          box.top < LEGEND_BOTTOM ||
          box.bottom > plotBottom + AXIS_ROOM ||
          box.left < 0 ||
          box.right > width
        )
          penalty += HARD;
        // Its own marker is never in the way: every place stands clear of it.
        for (const marker of markers) if (overlaps(box, marker)) penalty += HARD;
        for (const other of taken) if (overlaps(box, other)) penalty += HARD;
        // A line is 2 px wide: it touches a value within a pixel of its box.
        const near = { left: box.left - 1, right: box.right + 1, top: box.top - 1, bottom: box.bottom + 1 };
        for (const [x1, y1, x2, y2] of segments) if (crosses(near, x1, y1, x2, y2)) penalty += CROSSED;
        return { place, box, penalty };
      });
    });

    // Every combination of places for this year's values: the one with the least penalty.
    let best: number[] = [];
    let bestPenalty = Infinity;
    const choice: number[] = [];
    const search = (i: number, penalty: number) => {
      if (penalty >= bestPenalty) return;
      if (i === options.length) {
        bestPenalty = penalty;
        best = [...choice];
        return;
      }
      options[i]!.forEach((option, c) => {
        let added = option.penalty;
        for (let j = 0; j < i; j++) if (overlaps(option.box, options[j]![choice[j]!]!.box)) added += HARD;
        choice.push(c);
        search(i + 1, penalty + added);
        choice.pop();
      });
    };
    search(0, 0);

    labelled.forEach((series, i) => {
      const option = options[i]![best[i]!]!;
      placed[series]![year] = option.place;
      taken.push(option.box);
    });
  }
  return placed;
}
