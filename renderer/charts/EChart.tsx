/** One ECharts chart as a React component: created on mount, resized with its box, disposed on unmount. */
import { useEffect, useRef, type CSSProperties } from 'react';
import { echarts, type ChartOption } from './echarts';

export function EChart({ option, height = 300, style, label }: { option: ChartOption; height?: number; style?: CSSProperties; label?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const element = box.current!;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // A ResizeObserver follows the window and the layout (e.g. the side menu folding).
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

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height, ...style }} />;
}
