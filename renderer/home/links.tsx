/**
 * Links from the 首页 and the 年度检查表 to a list: a core HomeLink becomes a URL
 * (route + search parameters), and the list page reads the filter it opens with
 * back from its URL. A date range has no control of its own on the lists, so a
 * note says it is on and clears it.
 */
import { Alert, Button } from 'antd';
import { useSearchParams } from 'react-router';
import type { HomeLink } from '../../core/home/entry';

export function hrefOf(link: HomeLink): string {
  const query = new URLSearchParams(link.query ?? {}).toString();
  return query ? `${link.route}?${query}` : link.route;
}

/** The filter in the page's URL: `linked` is false when the page was opened without one. */
export function useLinkedFilters() {
  const [params] = useSearchParams();
  const text = (key: string) => params.get(key) || undefined;
  const number = (key: string) => (params.get(key) && Number.isFinite(Number(params.get(key))) ? Number(params.get(key)) : undefined);
  return { linked: params.size > 0, text, number };
}

export function DateRangeNote({ from, to, onClear }: { from?: string; to?: string; onClear(): void }) {
  if (!from && !to) return null;
  return (
    <Alert
      type="info"
      showIcon
      message={`只显示 ${from ?? '最早'} 至 ${to ?? '今天'} 的记录`}
      action={
        <Button size="small" onClick={onClear}>
          显示全部日期
        </Button>
      }
    />
  );
}
