/**
 * 装盒: the chosen items into one box of the year. A box never mixes 年度, 保管期限
 * or 机构(问题); the core refuses such an item and its message (naming the item)
 * stays in the dialog.
 */
import { Alert, App, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { errorText } from '../records/run';

type Boxes = Awaited<ReturnType<typeof api.archive.boxes>>;

export function BoxPickDialog({ year, itemIds, onClose }: { year: number; itemIds: number[]; onClose(done: boolean): void }) {
  const { message } = App.useApp();
  const [boxes, setBoxes] = useState<Boxes>();
  const [boxId, setBoxId] = useState<number>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.archive.boxes({ year }).then(setBoxes, (err: unknown) => setError(errorText(err)));
  }, [year]);

  const put = async () => {
    if (!boxId) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.archive.putInBox({ boxId, itemIds });
      message.success(`已将${itemIds.length}件装入${boxes?.find((b) => b.id === boxId)?.label ?? '档案盒'}`);
      onClose(true);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={`装盒（${itemIds.length}件）`} okText="装入" cancelText="取消" onOk={() => void put()} onCancel={() => onClose(false)} confirmLoading={busy} okButtonProps={{ disabled: !boxId }}>
      {boxes && boxes.length === 0 ? (
        <Typography.Paragraph>{year}年还没有档案盒，请先在“档案盒”页面新建。</Typography.Paragraph>
      ) : (
        <Select
          aria-label="装入的档案盒"
          placeholder="选择档案盒"
          style={{ width: '100%' }}
          loading={!boxes}
          value={boxId}
          onChange={(v: number) => setBoxId(v)}
          options={(boxes ?? []).map((b) => ({ value: b.id, label: `${b.label}（已有${b.itemCount}件）` }))}
        />
      )}
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon message={error} data-testid="box-error" />}
    </Modal>
  );
}
