import type { EChartsOption } from 'echarts';
import { init, use as registerEChartsParts, type ECharts } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { chartParts } from '../../../shared/charts/parts';

registerEChartsParts(chartParts);

interface Props {
  option: EChartsOption;
  height: number;
  /** What the chart shows, for screen readers; the same figures are always in a table beside it. */
  label: string;
  /** A bar or funnel step was clicked (its position in the series' data). */
  onItemClick?: (dataIndex: number, seriesIndex: number) => void;
}

/**
 * An ECharts chart drawn as SVG (the same renderer as the PDF, so screen and paper agree). It follows
 * its container's width and is disposed with the component, so no timer outlives the screen.
 */
export function EChart({ option, height, label, onItemClick }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  // The latest handler, read when a click happens, so a new handler does not re-create the chart.
  const clickHandler = useRef(onItemClick);
  useEffect(() => {
    clickHandler.current = onItemClick;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const instance = init(element, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (event) => clickHandler.current?.(event.dataIndex, event.seriesIndex ?? 0));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={container} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
