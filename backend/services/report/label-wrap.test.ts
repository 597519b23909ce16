import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { withLabelsWrapped, wrapToWidth } from './label-wrap';

// Five units a character, spaces included, so the widths below can be counted by hand.
const fiveEach = (text: string) => ({ width: text.length * 5 });

describe('labels broken at their width', () => {
  it('fills each line with as many words as fit, and gives a word wider than a line its own', () => {
    expect(wrapToWidth('ab cd ef', 25, '10px Roboto', fiveEach)).toBe('ab cd\nef');
    expect(wrapToWidth('ab cd ef', 24, '10px Roboto', fiveEach)).toBe('ab\ncd\nef');
    expect(wrapToWidth('abcdefgh ij', 20, '10px Roboto', fiveEach)).toBe('abcdefgh\nij');
    expect(wrapToWidth('Telegram', 100, '10px Roboto', fiveEach)).toBe('Telegram');
  });

  it('breaks only the category axes ECharts would break, in the axis font, and tells ECharts not to', () => {
    const fonts: string[] = [];
    const measure = (text: string, font: string) => {
      fonts.push(font);
      return fiveEach(text);
    };
    const option: EChartsOption = {
      xAxis: { type: 'value' },
      yAxis: [
        {
          type: 'category',
          data: ['ab cd ef', 'gh'],
          axisLabel: { width: 25, overflow: 'break', fontSize: 9, fontFamily: 'Roboto' },
        },
        { type: 'category', data: ['ab cd ef'], axisLabel: { width: 25 } },
      ],
    };
    expect(withLabelsWrapped(option, measure)).toEqual({
      xAxis: { type: 'value' },
      yAxis: [
        {
          type: 'category',
          data: ['ab cd\nef', 'gh'],
          axisLabel: { width: 25, overflow: 'none', fontSize: 9, fontFamily: 'Roboto' },
        },
        { type: 'category', data: ['ab cd ef'], axisLabel: { width: 25 } },
      ],
    });
    expect(new Set(fonts)).toEqual(new Set(['9px Roboto']));
  });
});
