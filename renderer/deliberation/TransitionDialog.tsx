/**
 * One step of a 议题's lifecycle as a small form in a dialog: the fields the core's
 * schema for that transition asks for (core/deliberation/schema.ts), sent to its own
 * API method (deliberation.<name>). 撤回, 不予立项 and 办结 ask once more before sending.
 * Which steps are offered is decided by the lifecycle table (ActionBar), not here.
 */
import { App, Form, Input, InputNumber, Modal, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { OUTCOME_GRADES, VISIT_METHODS, VISIT_RESULTS } from '../../core/deliberation/codes';
import { ENTRIES, TRANSITIONS, type EntryName, type TransitionName } from '../../core/deliberation/lifecycle';
import { voteResult, type DeliberationSettings } from '../../core/deliberation/settings';
import { api } from '../api';
import { fieldErrors } from '../form';
import { TypedDatePicker } from '../keyboard/TypedDatePicker';
import { SessionPicker } from './SessionPicker';

export type StepName = TransitionName | EntryName;

/** The steps that end or close a 议题: asked twice. */
const CONFIRM: Partial<Record<StepName, string>> = {
  withdraw: '撤回后该议题不再办理，也不计入统计，且不能恢复。',
  reject: '不予立项后该议题即告结束，不能再办理。',
  close: '办结后该议题将被锁定，不能再修改。',
};

/** The API method of a step: a transition's own name, an entry's add… (deliberation.addProgress). */
export const stepMethod = (name: StepName) => (name === 'progress' ? 'addProgress' : name === 'reminder' ? 'addReminder' : name);

export const stepLabel = (name: StepName) => (name in TRANSITIONS ? TRANSITIONS[name as TransitionName].label : ENTRIES[name as EntryName].label);

interface Props {
  step?: StepName;
  item: { id: number; code: string; title: string; dueOn?: string | null; round?: number };
  settings: DeliberationSettings;
  units: Array<{ id: number; name: string; active: boolean }>;
  onClose(): void;
  onDone(): void;
}

type Values = Record<string, unknown> & { date?: Dayjs };

const iso = (d: unknown) => (dayjs.isDayjs(d) ? d.format('YYYY-MM-DD') : undefined);

/** The form's values as the API takes them: dates as YYYY-MM-DD, empty optional dates left out. */
function toInput(id: number, values: Values): Record<string, unknown> {
  const input: Record<string, unknown> = { id };
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    input[key] = dayjs.isDayjs(value) ? iso(value) : value;
  }
  return input;
}

export function TransitionDialog({ step, item, settings, units, onClose, onDone }: Props) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!step) return;
    form.resetFields();
    const today = dayjs();
    const initial: Values = { date: today };
    if (step === 'assign') initial.dueOn = today.add(settings.assignDays, 'day');
    if (step === 'visit') initial.method = '当面';
    if (step === 'vote') Object.assign(initial, { yes: 0, no: 0, abstain: 0 });
    form.setFieldsValue(initial);
  }, [step, form, settings]);

  if (!step) return null;
  const label = stepLabel(step);

  const send = async (values: Values) => {
    setSaving(true);
    try {
      const call = (api.deliberation as unknown as Record<string, (input: unknown) => Promise<unknown>>)[stepMethod(step)]!;
      await call(toInput(item.id, values));
      message.success(`议题 ${item.code}：已${label}`);
      onDone();
    } catch (err) {
      const fields = fieldErrors(err);
      if (fields.length) form.setFields(fields);
      message.error(err instanceof Error ? err.message : `${label}失败`);
    } finally {
      setSaving(false);
    }
  };

  const submit = async () => {
    const values = await form.validateFields();
    const warning = CONFIRM[step];
    if (!warning) return send(values);
    modal.confirm({
      title: `确定${label}议题“${item.title}”？`,
      content: warning,
      okText: `确定${label}`,
      okButtonProps: { danger: step !== 'close' },
      cancelText: '取消',
      onOk: () => send(values),
    });
  };

  return (
    <Modal open title={`${label}：${item.code} ${item.title}`} okText={label} cancelText="取消" onOk={() => void submit()} onCancel={onClose} confirmLoading={saving} width={640} destroyOnHidden>
      <Form form={form} layout="vertical" onValuesChange={(changed: Values) => onDateChange(step, changed, form, settings)}>
        <Form.Item label={DATE_LABELS[step]} name="date" rules={[{ required: true, message: `请填写${DATE_LABELS[step]}` }]}>
          <TypedDatePicker fieldLabel={DATE_LABELS[step]} style={{ width: 200 }} allowClear={false} />
        </Form.Item>
        <StepFields step={step} settings={settings} units={units} />
      </Form>
    </Modal>
  );
}

const DATE_LABELS: Record<StepName, string> = {
  submit: '提交日期',
  accept: '立项日期',
  reject: '研判日期',
  schedule: '列入日期',
  unschedule: '移出日期',
  vote: '审议日期',
  assign: '交办日期',
  feedback: '反馈日期',
  visit: '回访日期',
  close: '办结日期',
  withdraw: '撤回日期',
  progress: '日期',
  reminder: '日期',
};

/** The default 时限 follows the 交办 / 回访 date until she sets one herself. */
function onDateChange(step: StepName, changed: Values, form: ReturnType<typeof Form.useForm<Values>>[0], settings: DeliberationSettings) {
  const date = changed.date;
  if (step === 'assign' && dayjs.isDayjs(date) && !form.isFieldTouched('dueOn')) form.setFieldValue('dueOn', date.add(settings.assignDays, 'day'));
  const visitDate = form.getFieldValue('date') as Dayjs | undefined;
  if (step === 'visit' && (changed.result === '不满意' || (date && form.getFieldValue('result') === '不满意')) && visitDate && !form.isFieldTouched('newDueOn')) {
    form.setFieldValue('newDueOn', visitDate.add(settings.redoDays, 'day'));
  }
}

const required = (label: string) => [{ required: true, whitespace: true, message: `请填写${label}` }];
const text = (name: string, label: string, opts: { rows?: number; optional?: boolean; max?: number } = {}) => (
  <Form.Item label={label} name={name} rules={opts.optional ? [] : required(label)}>
    <Input.TextArea aria-label={label} rows={opts.rows ?? 3} maxLength={opts.max ?? 2000} showCount />
  </Form.Item>
);

function StepFields({ step, settings, units }: { step: StepName; settings: DeliberationSettings; units: Props['units'] }) {
  switch (step) {
    case 'submit':
      return text('note', '说明', { optional: true, max: 500 });
    case 'accept':
      return text('note', '研判意见', { optional: true, max: 1000 });
    case 'reject':
      return text('reason', '不予立项理由', { max: 1000 });
    case 'unschedule':
      return text('reason', '移出原因', { max: 500 });
    case 'withdraw':
      return text('reason', '撤回理由', { max: 500 });
    case 'schedule':
      return (
        <Form.Item label="议事会" name="meetingId" rules={[{ required: true, message: '请选择或新建一次妇女议事会' }]}>
          <SessionPicker />
        </Form.Item>
      );
    case 'vote':
      return <VoteFields settings={settings} />;
    case 'assign': {
      const options = units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }));
      return (
        <>
          <Form.Item label="主办单位" name="mainUnitId" rules={[{ required: true, message: '请选择主办单位' }]}>
            <Select aria-label="主办单位" options={options} placeholder="从承办单位中选择" notFoundContent="请先在“承办单位”中添加" />
          </Form.Item>
          <Form.Item label="协办单位（可多选）" name="coUnitIds">
            <Select aria-label="协办单位" mode="multiple" options={options} placeholder="可不选" />
          </Form.Item>
          <Form.Item label="办理时限" name="dueOn" extra={`默认交办后 ${settings.assignDays} 天`} rules={[{ required: true, message: '请填写办理时限' }]}>
            <TypedDatePicker fieldLabel="办理时限" style={{ width: 200 }} />
          </Form.Item>
        </>
      );
    }
    case 'feedback':
      return (
        <>
          {text('text', '办理情况')}
          <Form.Item label="公示日期（可不填）" name="publicizedOn">
            <TypedDatePicker fieldLabel="公示日期" style={{ width: 200 }} />
          </Form.Item>
        </>
      );
    case 'visit':
      return <VisitFields settings={settings} />;
    case 'close':
      return (
        <>
          <Form.Item label="办结等级" name="grade" rules={[{ required: true, message: '请选择办结等级' }]}>
            <Radio.Group aria-label="办结等级" optionType="button" options={OUTCOME_GRADES.map((g) => ({ value: g, label: `${g} ${settings.outcomeLabels[g]}` }))} />
          </Form.Item>
          {text('resultText', '办理结果')}
          <Form.Item noStyle dependencies={['grade']}>
            {({ getFieldValue }) => (getFieldValue('grade') === 'D' ? text('reason', '说明理由', { max: 1000 }) : null)}
          </Form.Item>
        </>
      );
    case 'progress':
    case 'reminder':
      return (
        <>
          {text('content', step === 'progress' ? '进展情况' : '催办内容')}
          <Form.Item label="填写人" name="byName">
            <Input aria-label="填写人" maxLength={30} />
          </Form.Item>
        </>
      );
  }
}

function VoteFields({ settings }: { settings: DeliberationSettings }) {
  const counts = [
    ['expected', '应到人数'],
    ['present', '实到人数'],
    ['yes', '同意票'],
    ['no', '反对票'],
    ['abstain', '弃权票'],
  ] as const;
  return (
    <>
      <Space wrap size={12}>
        {counts.map(([name, label]) => (
          <Form.Item key={name} label={label} name={name} rules={[{ required: true, message: `请填写${label}` }]}>
            <InputNumber aria-label={label} min={0} max={10000} precision={0} style={{ width: 100 }} />
          </Form.Item>
        ))}
      </Space>
      <Form.Item noStyle dependencies={counts.map(([n]) => n)}>
        {({ getFieldsValue }) => {
          const v = getFieldsValue(counts.map(([n]) => n)) as Record<(typeof counts)[number][0], number | null>;
          if (!v.present || v.expected == null || v.yes == null || v.no == null || v.abstain == null) return null;
          const cast = v.yes + v.no + v.abstain;
          if (v.present > v.expected || cast > v.present) {
            return (
              <Typography.Text type="danger" data-testid="vote-preview">
                {v.present > v.expected ? `实到人数（${v.present}）不能多于应到人数（${v.expected}）` : `同意、反对、弃权合计（${cast}）不能多于实到人数（${v.present}）`}
              </Typography.Text>
            );
          }
          const r = voteResult({ expected: v.expected, present: v.present, yes: v.yes, no: v.no, abstain: v.abstain }, settings.voteRule);
          return (
            <Typography.Text strong type={r.passed ? 'success' : 'danger'} data-testid="vote-preview">
              {r.passed ? '表决通过' : '表决未通过'}（{r.ruleText}）
            </Typography.Text>
          );
        }}
      </Form.Item>
      {text('resolution', '决议内容')}
    </>
  );
}

function VisitFields({ settings }: { settings: DeliberationSettings }) {
  return (
    <>
      <Form.Item label="满意度" name="result" rules={[{ required: true, message: '请选择满意度' }]}>
        <Radio.Group aria-label="满意度" optionType="button" options={VISIT_RESULTS.map((r) => ({ value: r, label: r }))} />
      </Form.Item>
      <Form.Item label="回访方式" name="method" rules={[{ required: true, message: '请选择回访方式' }]}>
        <Radio.Group aria-label="回访方式" optionType="button" options={VISIT_METHODS.map((m) => ({ value: m, label: m }))} />
      </Form.Item>
      <Form.Item label="回访人" name="visitor" rules={required('回访人')}>
        <Input aria-label="回访人" maxLength={30} />
      </Form.Item>
      {text('note', '回访意见', { optional: true, max: 1000 })}
      <Form.Item noStyle dependencies={['result']}>
        {({ getFieldValue }) =>
          getFieldValue('result') === '不满意' ? (
            <Form.Item label="二次办理时限" name="newDueOn" extra={`“不满意”将转回落实，二次办理；默认回访后 ${settings.redoDays} 天`} rules={[{ required: true, message: '请填写二次办理时限' }]}>
              <TypedDatePicker fieldLabel="二次办理时限" style={{ width: 200 }} />
            </Form.Item>
          ) : null
        }
      </Form.Item>
    </>
  );
}
