/** The year an archive page works on, remembered in the route (?year=) so a link or 返回 keeps it. */
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../api';
import { withThisYear } from './options';

export function useArchiveYear() {
  const [search, setSearch] = useSearchParams();
  const thisYear = dayjs().year();
  const year = Number(search.get('year')) || thisYear;
  const [years, setYears] = useState<number[]>([thisYear]);
  useEffect(() => {
    void api.archive.years().then((ys) => setYears(withThisYear(ys, thisYear)), () => undefined);
  }, [thisYear]);
  const setYear = (y: number) =>
    setSearch(
      (s) => {
        s.set('year', String(y));
        return s;
      },
      { replace: true },
    );
  return { year, years, setYear };
}
