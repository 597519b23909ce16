import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rankedBarsChart } from '../../../shared/charts';
import { chartNode, drawCharts, gatherCharts } from './chart-svg';

describe('charts a store kept', () => {
  it('are drawn again once the same options draw otherwise (labels broken by their real widths)', async () => {
    const option = rankedBarsChart([{ label: 'Выдача себя за сотрудника органов', value: 19 }], 'ru', 160);
    // The key every drawing was kept under before the labels were broken here (label-wrap.ts).
    const before = createHash('sha256')
      .update(`483x120:${JSON.stringify(option)}`)
      .digest('hex');
    const { value: node, charts } = gatherCharts(() => chartNode(option, 483, 120));
    const unkept = await drawCharts(charts, { [before]: '<svg>drawn before</svg>' });
    expect(node.svg).toContain('>органов</text>');
    expect(Object.values(unkept)).toEqual([node.svg]);
  });
});
