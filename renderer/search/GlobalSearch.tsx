/** The search box in the header and Ctrl+K (⌘K on a Mac) anywhere: both open the search palette. */
import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { SearchPalette } from './SearchPalette';

export const isSearchShortcut = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';

export function GlobalSearch() {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <Input
        aria-label="搜索"
        data-testid="header-search"
        prefix={<SearchOutlined />}
        placeholder="搜索（Ctrl+K）"
        style={{ width: 260 }}
        value=""
        onClick={() => setOpen(true)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => e.key === 'Enter' && setOpen(true)}
      />
      <SearchPalette open={open} query={query} onQuery={setQuery} onClose={() => setOpen(false)} />
    </>
  );
}
