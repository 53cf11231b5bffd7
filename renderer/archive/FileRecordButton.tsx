/**
 * 归档 on a finalized record (会议记录, 学习记录, 议题 …): ONE component, placed by
 * the records header every lockable record shares (renderer/records/RecordEditHeader).
 * Not filed yet: the 归档 button (for who may file) opens a confirmation showing
 * 题名, 日期, 责任者 and the default 保管期限 (changeable, and the 机构(问题) when the
 * scheme has one); confirming makes the PDF snapshot and the item. Filed: the 档号,
 * which opens the item, and “归档后有更正” when a 更正 came after the snapshot.
 */
import { ContainerOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Modal, Select, Spin, Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { RETENTION_LABELS, RETENTIONS, type Retention } from '../../core/archive/code';
import { api } from '../api';
import { useAccess } from '../operators/access';
import { errorText } from '../records/run';
import { itemRoute } from './links';

export interface ArchiveSourceRef {
  /** As the archive names it: 'meeting', 'study' … */
  type: string;
  id: number;
}

type Filed = (NonNullable<Awaited<ReturnType<typeof api.archive.filedAs>>> & { correctedAfterFiling: boolean }) | null;

/** The 档号 it was filed as, and whether a 更正 came after the snapshot (from the item itself). */
async function filedState(source: ArchiveSourceRef): Promise<Filed> {
  const filed = await api.archive.filedAs(source);
  if (!filed) return null;
  const item = await api.archive.get({ id: filed.itemId });
  return { ...filed, correctedAfterFiling: item.correctedAfterFiling };
}

export function FileRecordButton({ source }: { source: ArchiveSourceRef }) {
  const navigate = useNavigate();
  const { may } = useAccess();
  const [filed, setFiled] = useState<Filed | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    filedState(source).then(
      (f) => current && setFiled(f),
      () => current && setFiled(null),
    );
    return () => {
      current = false;
    };
  }, [source.type, source.id, reloads]); // eslint-disable-line react-hooks/exhaustive-deps

  if (filed === undefined) return null;
  if (filed) {
    return (
      <>
        <Button size="large" icon={<ContainerOutlined />} data-testid="filed-as" onClick={() => navigate(itemRoute(filed.itemId))}>
          档号 {filed.archivalCode}
        </Button>
        {filed.correctedAfterFiling && (
          <Tooltip title="归档之后添加了更正，请打开档案重新生成快照（档号不变）">
            <Tag color="orange" data-testid="source-corrected" style={{ fontSize: 15, padding: '6px 10px' }}>
              归档后有更正
            </Tag>
          </Tooltip>
        )}
      </>
    );
  }
  if (!may('archive.file')) return null;
  return (
    <>
      <Button size="large" icon={<ContainerOutlined />} onClick={() => setConfirming(true)}>
        归档
      </Button>
      {confirming && (
        <FileRecordDialog
          source={source}
          onClose={(done) => {
            setConfirming(false);
            if (done) setReloads((n) => n + 1);
          }}
        />
      )}
    </>
  );
}

type Preview = Awaited<ReturnType<typeof api.archive.filingPreview>>;
type Settings = Awaited<ReturnType<typeof api.archive.settings>>;

function FileRecordDialog({ source, onClose }: { source: ArchiveSourceRef; onClose(done: boolean): void }) {
  const { message } = App.useApp();
  const [preview, setPreview] = useState<Preview>();
  const [settings, setSettings] = useState<Settings>();
  const [retention, setRetention] = useState<Retention>();
  const [orgCode, setOrgCode] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    Promise.all([api.archive.filingPreview(source), api.archive.settings()]).then(
      ([p, s]) => {
        if (!current) return;
        setPreview(p);
        setSettings(s);
        setRetention(p.retention);
      },
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [source]);

  const withOrg = settings?.scheme.withOrg ?? false;
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const item = await api.archive.file({ source, retention, orgCode: withOrg ? orgCode : null });
      message.success(`已归档，档号 ${item.archivalCode}`);
      onClose(true);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title="归档这份记录"
      okText="确认归档"
      cancelText="取消"
      onOk={() => void confirm()}
      onCancel={() => !busy && onClose(false)}
      confirmLoading={busy}
      okButtonProps={{ disabled: !preview || (withOrg && !orgCode) }}
      width={640}
    >
      {!preview && !error && <Spin />}
      {preview && (
        <Spin spinning={busy} tip="正在生成归档快照（PDF），请稍候……">
          <Descriptions column={1} bordered size="small" labelStyle={{ width: 110 }}>
            <Descriptions.Item label="题名">{preview.title}</Descriptions.Item>
            <Descriptions.Item label="日期">{preview.date}</Descriptions.Item>
            <Descriptions.Item label="责任者">{preview.responsible || '（未填写社区妇联名称）'}</Descriptions.Item>
            <Descriptions.Item label="全宗号">{preview.fondsCode || '（未设置，档号中显示为□□□□）'}</Descriptions.Item>
            <Descriptions.Item label="保管期限">
              <Select
                aria-label="保管期限"
                style={{ width: 200 }}
                value={retention}
                onChange={(v: Retention) => setRetention(v)}
                options={RETENTIONS.map((r) => ({ value: r, label: `${RETENTION_LABELS[r]}（${r}）` }))}
              />
            </Descriptions.Item>
            {withOrg && (
              <Descriptions.Item label="机构（问题）">
                <Select
                  aria-label="机构（问题）"
                  style={{ width: 260 }}
                  placeholder="请选择"
                  value={orgCode ?? undefined}
                  onChange={(v: string) => setOrgCode(v)}
                  options={settings!.orgs.map((o) => ({ value: o.code, label: `${o.code} ${o.name}` }))}
                />
              </Descriptions.Item>
            )}
          </Descriptions>
          <p style={{ marginTop: 12 }}>归档时将保存这份记录打印稿的 PDF 快照，并按分类给出档号；档号一经给出不再改变。</p>
        </Spin>
      )}
      {error && <Alert type="error" showIcon message={error} data-testid="file-error" />}
    </Modal>
  );
}
