/**
 * search.global for what is typed, asked 150 ms after the last key. Until the
 * answer for the current text arrives the previous one stays on screen (no
 * flicker) but `loading` says it is not yet the answer; a late answer to older
 * text never replaces a newer one.
 */
import { useEffect, useState } from 'react';
import type { GlobalSearchResult } from '../../core/search/schema';
import { api } from '../api';

const DEBOUNCE_MS = 150;

interface Answer {
  query: string;
  result?: GlobalSearchResult;
  error?: string;
}

export function useSearchResults(query: string) {
  const [answer, setAnswer] = useState<Answer>();
  useEffect(() => {
    if (!query.trim()) return;
    let live = true;
    const timer = setTimeout(() => {
      api.search.global({ query }).then(
        (result) => live && setAnswer({ query, result }),
        (err: unknown) => live && setAnswer({ query, error: err instanceof Error ? err.message : '搜索失败' }),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  if (!query.trim()) return { result: undefined, error: undefined, loading: false };
  const current = answer?.query === query;
  return { result: answer?.result, error: current ? answer.error : undefined, loading: !current };
}
