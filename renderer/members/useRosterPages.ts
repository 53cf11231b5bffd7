/**
 * The roster for a virtual table: only the pages the user scrolls to are
 * fetched (200 rows each) and kept; a new search, filter or sort starts over.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RosterListRow } from '../../core/members/search';
import type { RosterSelectionInput } from '../../core/members/roster-schema';
import { api } from '../api';

export const PAGE_SIZE = 200;

export interface RosterPages {
  /** null until the first page of this selection has answered. */
  total: number | null;
  row(index: number): RosterListRow | undefined;
  /** Asks for the pages covering rows [from, to]. */
  ensure(from: number, to: number): void;
  error: string | null;
  /** Drops every page (after a save) and fetches again. */
  refresh(): void;
}

export function useRosterPages(selection: RosterSelectionInput): RosterPages {
  const key = JSON.stringify(selection);
  const pages = useRef(new Map<number, RosterListRow[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, setVersion] = useState(0);
  const [reloads, setReloads] = useState(0);

  const fetchPage = useCallback(
    (page: number) => {
      if (pages.current.has(page) || pending.current.has(page)) return;
      pending.current.add(page);
      const asked = generation.current;
      api.members.list({ ...(JSON.parse(key) as RosterSelectionInput), offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (answer) => {
          if (asked !== generation.current) return;
          pending.current.delete(page);
          pages.current.set(page, answer.rows);
          setTotal(answer.total);
          setError(null);
          setVersion((v) => v + 1);
        },
        (err: unknown) => {
          if (asked !== generation.current) return;
          pending.current.delete(page);
          setError(err instanceof Error ? err.message : String(err));
        },
      );
    },
    [key],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    pending.current = new Set();
    fetchPage(0);
  }, [fetchPage, reloads]);

  const ensure = useCallback(
    (from: number, to: number) => {
      for (let p = Math.floor(Math.max(0, from) / PAGE_SIZE); p <= Math.floor(Math.max(0, to) / PAGE_SIZE); p++) fetchPage(p);
    },
    [fetchPage],
  );

  return {
    total,
    row: (index) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    ensure,
    error,
    refresh: () => setReloads((n) => n + 1),
  };
}
