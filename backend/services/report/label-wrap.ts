import type { EChartsOption } from 'echarts';

/*
 * ECharts (zrender 6) breaks an axis label at its `width` by adding up one width per character: every
 * letter outside ASCII counts as a CJK character (which Roboto lacks: 4.4 px at 10 px, where a Cyrillic
 * letter is 5–8 px), and ASCII, spaces included, by a table it builds only if building it took under
 * 16 ms, else as an "a". So the same label broke in one process and not in the next, and Cyrillic and
 * Kazakh labels ran past their width. The review's labels are broken here instead, at their spaces, by
 * the glyphs' real widths (text-measure.ts), and ECharts is told not to break them again.
 */

type Measure = (text: string, font: string) => { width: number };

/** `text` broken at its spaces into lines no wider than `width`; a word wider than a line has its own. */
export function wrapToWidth(text: string, width: number, font: string, measure: Measure): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure(longer, font).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

interface AxisLike {
  type?: string;
  data?: unknown[];
  axisLabel?: { width?: number; overflow?: string; fontSize?: number; fontFamily?: string };
}

function wrappedAxis(axis: AxisLike, measure: Measure): AxisLike {
  const label = axis.axisLabel;
  if (axis.type !== 'category' || label?.overflow !== 'break' || typeof label.width !== 'number') return axis;
  const width = label.width;
  const font = `${label.fontSize ?? 12}px ${label.fontFamily ?? 'sans-serif'}`;
  return {
    ...axis,
    data: axis.data?.map((value) =>
      typeof value === 'string' ? wrapToWidth(value, width, font, measure) : value,
    ),
    axisLabel: { ...label, overflow: 'none' },
  };
}

const eachAxis = (axes: AxisLike | AxisLike[], measure: Measure) =>
  Array.isArray(axes) ? axes.map((axis) => wrappedAxis(axis, measure)) : wrappedAxis(axes, measure);

/** `option` with the labels of its category axes that ECharts would break (overflow 'break') broken here. */
export function withLabelsWrapped(option: EChartsOption, measure: Measure): EChartsOption {
  return {
    ...option,
    ...(option.xAxis ? { xAxis: eachAxis(option.xAxis as AxisLike | AxisLike[], measure) } : {}),
    ...(option.yAxis ? { yAxis: eachAxis(option.yAxis as AxisLike | AxisLike[], measure) } : {}),
  } as EChartsOption;
}
