/** 设置 → 基本信息 → 妇联班子: the officers typed in the wizard, editable; while none are typed, the roster's. */
import { App, Alert, Button, Card, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { Officer } from '../../core/settings/schema';
import { api } from '../api';
import { Permitted, useAccess } from '../operators/access';
import { useUnsavedDraft } from '../records/unsaved-guard';
import { errorText } from '../records/run';
import { OfficersEditor, filledOfficers } from './OfficersEditor';

export function OfficersCard() {
  const { message } = App.useApp();
  const { may } = useAccess();
  const [officers, setOfficers] = useState<Officer[]>();
  const [fromRoster, setFromRoster] = useState(false);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const { markSaved } = useUnsavedDraft(officers);

  const show = (view: { officers: Officer[]; fromRoster: boolean }) => {
    setOfficers(view.officers);
    setFromRoster(view.fromRoster);
    markSaved(view.officers);
  };
  useEffect(() => {
    api.settings.getOfficers().then(show, (err: unknown) => setError(errorText(err)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening the page
  }, []);

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      show(await api.settings.saveOfficers({ officers: filledOfficers(officers ?? []) }));
      message.success('妇联班子已保存');
    } catch (err) {
      setError(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title="妇联班子" style={{ maxWidth: 760, marginTop: 16 }} data-testid="officers-card">
      {fromRoster && (officers?.length ?? 0) > 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message="下面是花名册中职务为妇联主席、副主席、执委的成员；保存后以这里填写的为准。" />
      )}
      {officers && <OfficersEditor value={officers} onChange={setOfficers} disabled={!may('settings.saveOfficers')} />}
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      <Permitted method="settings.saveOfficers">
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" size="large" loading={saving} onClick={() => void save()}>
            保存妇联班子
          </Button>
        </Space>
      </Permitted>
    </Card>
  );
}
