/** 数据备份 → 备份也保存到: the extra folder (a USB stick) each backup is also made in (core/backup/extra-copy.ts). */
import { App, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { Permitted } from '../operators/access';
import { errorText } from '../records/run';

export function ExtraDirField({ value, onSaved }: { value: string; onSaved(): void }) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<string | null>(null);
  const save = async (dir: string) => {
    try {
      await api.backup.setExtraDir({ dir });
      message.success(dir ? `以后每次备份都会再存一份到：${dir}` : '已不再另存备份');
      setEditing(null);
      onSaved();
    } catch (err) {
      message.error(errorText(err));
    }
  };
  if (editing !== null) {
    return (
      <Space wrap>
        <Input aria-label="备份也保存到" value={editing} onChange={(e) => setEditing(e.target.value)} placeholder="如：E:\台账备份" style={{ width: 360 }} onPressEnter={() => void save(editing.trim())} />
        <Button type="primary" onClick={() => void save(editing.trim())}>保存</Button>
        <Button onClick={() => setEditing(null)}>取消</Button>
      </Space>
    );
  }
  return (
    <Space wrap>
      <Typography.Text data-testid="extra-backup-dir">{value || '（未设置：只备份到上面的备份文件夹）'}</Typography.Text>
      <Permitted method="backup.setExtraDir">
        <Button size="small" onClick={() => setEditing(value)}>修改</Button>
        {value && <Button size="small" onClick={() => void save('')}>不再另存</Button>}
      </Permitted>
    </Space>
  );
}
