/**
 * A record a page was asked to open by its address (`/members?member=12`, the
 * route of a search hit), and a way to forget it once she closes it — so the
 * same hit opens it again.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export function useLinkedId(param: string): [number | undefined, () => void] {
  const [params, setParams] = useSearchParams();
  const id = Number(params.get(param)) || undefined;
  const clear = useCallback(
    () =>
      setParams(
        (p) => {
          p.delete(param);
          return p;
        },
        { replace: true },
      ),
    [param, setParams],
  );
  return [id, clear];
}
