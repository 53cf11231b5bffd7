/**
 * The busy/error wrapper every record screen puts around an API call: buttons show busy,
 * a failure becomes the screen's error Alert and a toast. Used by useRecordActions and
 * by cards with their own calls (renderer/attachments/AttachmentsCard.tsx).
 */
import { App } from 'antd';
import { useState } from 'react';

export const errorText = (err: unknown) => (err instanceof Error ? err.message : '操作失败');

export function useRun() {
  const { message } = App.useApp();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (err) {
      setError(errorText(err));
      message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, setError };
}
