/**
 * 首次使用向导 (issue 15 item 8), on a data file with no branch name: 基本信息,
 * 全宗号, 妇联班子, 花名册 (import or start empty), 备份也保存到. Each step is
 * saved when she moves on, each can be skipped, and 跳过向导 ends it; once
 * finished or skipped it never shows again on this file (settings.endWizard).
 */
import { App, Alert, Button, Card, Form, Input, Radio, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { branchInfoSchema, type Officer } from '../../core/settings/schema';
import { api } from '../api';
import { useBranch } from '../branch';
import { errorText } from '../records/run';
import { OfficersEditor, filledOfficers } from '../settings/OfficersEditor';

const STEPS = ['社区妇联名称', '全宗号', '妇联班子', '花名册', '备份位置'] as const;
const field = branchInfoSchema.shape;

interface Props {
  onDone(): void;
}

export function SetupWizard({ onDone }: Props) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { reload } = useBranch();
  const [step, setStep] = useState(0);
  const [name, setName] = useState('');
  const [street, setStreet] = useState('');
  const [fondsCode, setFondsCode] = useState('');
  const [officers, setOfficers] = useState<Officer[]>([{ role: '妇联主席', name: '', memberId: null }]);
  const [roster, setRoster] = useState<'import' | 'empty'>('empty');
  const [extraDir, setExtraDir] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const saveBranch = async (values: { fondsCode: string }) => {
    const current = await api.settings.getBranchInfo();
    await api.settings.saveBranchInfo({ ...current, name: name.trim(), street, ...values });
  };

  /** What 下一步 saves on each step; throws to stay on the step with the reason shown. */
  const saveStep = async () => {
    if (step === 0) {
      const checked = field.name.safeParse(name);
      if (!checked.success) throw new Error(`${checked.error.issues[0]!.message}（不想现在填写可点“跳过此步”）`);
      await saveBranch({ fondsCode: '' });
    } else if (step === 1 && fondsCode.trim()) {
      if (!name.trim()) throw new Error('全宗号要和社区妇联名称一起保存：请先返回第1步填写名称，或跳过此步。');
      await saveBranch({ fondsCode });
    } else if (step === 2) {
      await api.settings.saveOfficers({ officers: filledOfficers(officers) });
    } else if (step === 4 && extraDir.trim()) {
      await api.backup.setExtraDir({ dir: extraDir.trim() });
    }
  };

  const end = async (state: 'finished' | 'skipped') => {
    await api.settings.endWizard({ state });
    await reload();
    onDone();
    if (state === 'finished' && roster === 'import') navigate('/members/import');
    else navigate('/');
  };

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const last = step === STEPS.length - 1;
  const next = () =>
    act(async () => {
      await saveStep();
      if (last) {
        await end('finished');
        message.success('设置完成，可以开始使用了');
      } else setStep(step + 1);
    });
  const skipStep = () => act(async () => (last ? end('finished') : setStep(step + 1)));
  const skipWizard = () => act(() => end('skipped'));

  return (
    <div style={{ maxWidth: 880, margin: '32px auto', padding: '0 24px' }}>
      <Card
        title={<span style={{ fontSize: 20 }}>欢迎使用社区妇联工作台账</span>}
        extra={
          <Button size="large" onClick={skipWizard} disabled={busy}>
            跳过向导
          </Button>
        }
        data-testid="setup-wizard"
      >
        <Typography.Paragraph>
          第一次使用，花几分钟填好下面几项；每一步都可以跳过，以后在“设置”里随时修改。
        </Typography.Paragraph>
        <Steps current={step} size="small" items={STEPS.map((title) => ({ title }))} style={{ marginBottom: 24 }} />
        <div style={{ minHeight: 200 }}>
          {step === 0 && (
            <Form layout="vertical">
              <Form.Item label="社区妇联名称" required htmlFor="wizard-name">
                <Input id="wizard-name" size="large" value={name} onChange={(e) => setName(e.target.value)} placeholder="如：幸福里社区妇联" maxLength={60} autoFocus onPressEnter={next} />
              </Form.Item>
              <Form.Item label="所属街道" htmlFor="wizard-street">
                <Input id="wizard-street" size="large" value={street} onChange={(e) => setStreet(e.target.value)} placeholder="如：城关街道" maxLength={60} onPressEnter={next} />
              </Form.Item>
            </Form>
          )}
          {step === 1 && (
            <Form layout="vertical">
              <Form.Item label="全宗号" htmlFor="wizard-fonds" extra="档案室编给本单位的4位全宗号（如 0194），用于档案的档号；不清楚可以跳过，以后在 设置 → 基本信息 填写。">
                <Input id="wizard-fonds" size="large" value={fondsCode} onChange={(e) => setFondsCode(e.target.value)} placeholder="如：0194" style={{ width: 200 }} autoFocus onPressEnter={next} />
              </Form.Item>
            </Form>
          )}
          {step === 2 && (
            <>
              <Typography.Paragraph>
                本届妇联主席、副主席和执委。年度工作台账的封面列出她们；花名册里有的人可输入姓名或拼音首字母选出，没有的直接输入姓名。
              </Typography.Paragraph>
              <OfficersEditor value={officers} onChange={setOfficers} />
            </>
          )}
          {step === 3 && (
            <Radio.Group value={roster} onChange={(e) => setRoster(e.target.value as 'import' | 'empty')}>
              <Space direction="vertical">
                <Radio value="import">导入现有的花名册（Excel / WPS 表格）：完成向导后打开“导入花名册”</Radio>
                <Radio value="empty">从空白开始，以后在“花名册”里逐个新增</Radio>
              </Space>
            </Radio.Group>
          )}
          {step === 4 && (
            <Form layout="vertical">
              <Form.Item
                label="备份也保存到（可不填）"
                htmlFor="wizard-extra-dir"
                extra="软件每天自动备份到数据文件旁的 backups 文件夹。再填一个文件夹或U盘（如 E:\台账备份），每次备份都再存一份到那里，电脑硬盘坏了数据也不会丢。"
              >
                <Input id="wizard-extra-dir" size="large" value={extraDir} onChange={(e) => setExtraDir(e.target.value)} placeholder="如：E:\台账备份" autoFocus onPressEnter={next} />
              </Form.Item>
            </Form>
          )}
        </div>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="wizard-error" />}
        <Space>
          {step > 0 && (
            <Button size="large" onClick={() => setStep(step - 1)} disabled={busy}>
              上一步
            </Button>
          )}
          <Button type="primary" size="large" onClick={next} loading={busy}>
            {last ? '完成' : '下一步'}
          </Button>
          <Button size="large" onClick={skipStep} disabled={busy}>
            跳过此步
          </Button>
        </Space>
      </Card>
    </div>
  );
}
