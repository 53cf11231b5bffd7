/** 日期 / 时间 / 形式 / 主题 / 学习计划 / 主持人 / 主讲人 / 记录人 / 地点 / 学时 (with the counting rules). */
import { AutoComplete, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, TimePicker } from 'antd';
import dayjs from 'dayjs';
import { ruleHalves, toHalves } from '../../core/study/hours';
import { STUDY_FORMS } from '../../core/study/schema';
import type { api } from '../api';
import type { Person, StudyDraft } from './draft';

type Rule = Awaited<ReturnType<typeof api.study.hoursRules>>[number];
type PlanItem = Awaited<ReturnType<typeof api.study.planItems>>[number];

interface Props {
  draft: StudyDraft;
  rules: Rule[];
  plan: PlanItem[];
  people: Person[];
  onChange(patch: Partial<StudyDraft>): void;
}

const time = (v: string) => (v ? dayjs(`2000-01-01T${v}`) : null);

export function SessionBasicsCard({ draft, rules, plan, people, onChange }: Props) {
  const person = (name: string): Person => ({ name, memberId: people.find((p) => p.name === name)?.memberId ?? null });
  const names = people.map((p) => ({ value: p.name }));
  const applyRule = (ruleId: number | null, start = draft.startTime, end = draft.endTime) => {
    const rule = rules.find((r) => r.id === ruleId);
    if (!rule) return onChange({ hoursRuleId: null });
    const halves = ruleHalves({ id: rule.id, name: rule.name, kind: rule.kind, hoursHalves: toHalves(rule.hours) }, start, end);
    onChange({ hoursRuleId: rule.id, startTime: start, endTime: end, ...(halves === null ? {} : { hours: Math.min(halves, 48) / 2 }) });
  };
  const setTime = (key: 'startTime' | 'endTime', value: string) => {
    const next = { startTime: draft.startTime, endTime: draft.endTime, [key]: value };
    if (draft.hoursRuleId) applyRule(draft.hoursRuleId, next.startTime, next.endTime);
    else onChange(next);
  };
  return (
    <Card title="学习基本情况">
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="学习主题" htmlFor="study-title" required>
              <Input id="study-title" value={draft.title} maxLength={100} onChange={(e) => onChange({ title: e.target.value })} placeholder="如：学习全国妇女十四大精神" />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item label="学习形式" htmlFor="study-form" required>
              <Select id="study-form" value={draft.form} options={STUDY_FORMS.map((f) => ({ value: f, label: f }))} onChange={(form) => onChange({ form })} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item label="对应学习计划" htmlFor="study-plan">
              <Select
                id="study-plan"
                allowClear
                placeholder={plan.length ? '选择本年度计划（可不选）' : '本年度尚无学习计划'}
                value={draft.planItemId ?? undefined}
                options={plan.map((p) => ({ value: p.id, label: `${p.month}月：${p.topic}` }))}
                onChange={(id?: number) => onChange({ planItemId: id ?? null })}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="学习日期" htmlFor="study-date" required>
              <DatePicker id="study-date" style={{ width: '100%' }} allowClear={false} value={dayjs(draft.date)} onChange={(d) => d && onChange({ date: d.format('YYYY-MM-DD') })} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label="开始时间" htmlFor="study-start">
              <TimePicker id="study-start" format="HH:mm" needConfirm={false} style={{ width: '100%' }} value={time(draft.startTime)} onChange={(t) => setTime('startTime', t ? t.format('HH:mm') : '')} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label="结束时间" htmlFor="study-end">
              <TimePicker id="study-end" format="HH:mm" needConfirm={false} style={{ width: '100%' }} value={time(draft.endTime)} onChange={(t) => setTime('endTime', t ? t.format('HH:mm') : '')} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label="地点" htmlFor="study-place">
              <Input id="study-place" value={draft.place} placeholder="如：社区党群服务中心二楼会议室" onChange={(e) => onChange({ place: e.target.value })} />
            </Form.Item>
          </Col>
          {(['host', 'speaker', 'recorder'] as const).map((key) => (
            <Col span={6} key={key}>
              <Form.Item label={{ host: '主持人', speaker: '主讲人', recorder: '记录人' }[key]} htmlFor={`study-${key}`}>
                <AutoComplete id={`study-${key}`} options={names} value={draft[key].name} onChange={(name: string) => onChange({ [key]: person(name) })} placeholder="选择或输入姓名" />
              </Form.Item>
            </Col>
          ))}
          <Col span={6}>
            <Form.Item label="学时计算规则" htmlFor="study-rule">
              <Select
                id="study-rule"
                allowClear
                placeholder="直接填写学时"
                value={draft.hoursRuleId ?? undefined}
                options={rules.map((r) => ({ value: r.id, label: r.kind === 'fixed' ? `${r.name}（${r.hours}学时）` : r.name }))}
                onChange={(id?: number) => applyRule(id ?? null)}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="学时（0.5为单位）" htmlFor="study-hours" required>
              <InputNumber id="study-hours" min={0} max={24} step={0.5} style={{ width: '100%' }} value={draft.hours} onChange={(h) => onChange({ hours: h ?? null, hoursRuleId: null })} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="学习内容" htmlFor="study-content">
          <Input.TextArea id="study-content" autoSize={{ minRows: 3 }} value={draft.content} onChange={(e) => onChange({ content: e.target.value })} placeholder="学习了哪些内容、传达了哪些精神" />
        </Form.Item>
      </Form>
    </Card>
  );
}
