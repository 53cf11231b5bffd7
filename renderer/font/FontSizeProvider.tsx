/**
 * The 字号 the whole app is shown in (issue 15 item 5): antd's theme for it, and
 * <html data-font-size> for the plain CSS that antd does not reach (the print
 * preview's toolbar, print.css). The size is the signed-in operator's, read from
 * the core once the session is known and after every sign-in or lock
 * (renderer/operators/session.tsx calls reload); the printed sheets keep their own pt/mm sizes in every mode.
 */
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_FONT_SIZE, type FontSize } from '../../core/font/sizes';
import { api, apiAvailable } from '../api';
import { themeFor } from '../theme';
import './font-size.css';
import { markFontSize } from './mark';

interface FontSizeContextValue {
  size: FontSize;
  /** Shows the app in `size` at once and remembers it for the signed-in operator. */
  choose(size: FontSize): Promise<void>;
  /** Reads the size again (someone signed in, or the app locked). */
  reload(): Promise<void>;
}

const FontSizeContext = createContext<FontSizeContextValue>({
  size: DEFAULT_FONT_SIZE,
  choose: async () => undefined,
  reload: async () => undefined,
});

export function FontSizeProvider({ children }: { children: ReactNode }) {
  const [size, setSize] = useState<FontSize>(DEFAULT_FONT_SIZE);

  const reload = useCallback(async () => {
    if (!apiAvailable) return;
    try {
      setSize((await api.session.fontSize()).size);
    } catch {
      // No data file yet (start-up recovery screen): stay as shown.
    }
  }, []);

  const choose = useCallback(async (next: FontSize) => {
    setSize(next);
    await api.font.set({ size: next });
  }, []);

  useEffect(() => markFontSize(size), [size]);

  const theme = useMemo(() => themeFor(size), [size]);
  const value = useMemo(() => ({ size, choose, reload }), [size, choose, reload]);
  return (
    <FontSizeContext.Provider value={value}>
      <ConfigProvider locale={zhCN} theme={theme}>
        {children}
      </ConfigProvider>
    </FontSizeContext.Provider>
  );
}

export const useFontSize = () => useContext(FontSizeContext);
