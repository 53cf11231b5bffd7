/** 会议名称 / 届次 / 时间 / 地点 / 主持人 / 记录人. */
import { AutoComplete, Card, Col, DatePicker, Form, Input, Row, Select, TimePicker } from 'antd';
import dayjs from 'dayjs';
import type { MeetingType } from '../../core/meetings/templates';
import type { Draft } from './draft';

interface Props {
  draft: Draft;
  types: MeetingType[];
  people: Array<{ memberId: number | null; name: string }>;
  onChange(patch: Partial<Draft>): void;
}

const time = (v: string | undefined) => (v ? dayjs(`2000-01-01T${v}`) : null);

export function BasicsCard({ draft, types, people, onChange }: Props) {
  const person = (name: string) => ({ name, memberId: people.find((p) => p.name === name)?.memberId ?? null });
  const names = people.map((p) => ({ value: p.name }));
  return (
    <Card title="会议基本情况">
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item label="会议类型" htmlFor="meeting-type">
              <Select id="meeting-type" value={draft.typeId} options={types.map((t) => ({ value: t.id, label: t.name }))} onChange={(typeId: number) => onChange({ typeId })} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="会议名称" htmlFor="meeting-title" required>
              <Input id="meeting-title" value={draft.title} maxLength={100} onChange={(e) => onChange({ title: e.target.value })} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="届次（可不填）" htmlFor="meeting-session">
              <Input id="meeting-session" value={draft.session} placeholder="如：第三届第五次" onChange={(e) => onChange({ session: e.target.value })} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="日期" htmlFor="meeting-date" required>
              <DatePicker id="meeting-date" style={{ width: '100%' }} allowClear={false} value={dayjs(draft.date)} onChange={(d) => d && onChange({ date: d.format('YYYY-MM-DD') })} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label="开始时间" htmlFor="meeting-start">
              <TimePicker id="meeting-start" format="HH:mm" needConfirm={false} style={{ width: '100%' }} value={time(draft.startTime)} onChange={(t) => onChange({ startTime: t ? t.format('HH:mm') : '' })} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label="结束时间" htmlFor="meeting-end">
              <TimePicker id="meeting-end" format="HH:mm" needConfirm={false} style={{ width: '100%' }} value={time(draft.endTime)} onChange={(t) => onChange({ endTime: t ? t.format('HH:mm') : '' })} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label="地点" htmlFor="meeting-place">
              <Input id="meeting-place" value={draft.place} placeholder="如：社区党群服务中心二楼会议室" onChange={(e) => onChange({ place: e.target.value })} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="主持人" htmlFor="meeting-host">
              <AutoComplete id="meeting-host" options={names} value={draft.host.name} onChange={(name: string) => onChange({ host: person(name) })} placeholder="选择或输入姓名" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="记录人" htmlFor="meeting-recorder">
              <AutoComplete id="meeting-recorder" options={names} value={draft.recorder.name} onChange={(name: string) => onChange({ recorder: person(name) })} placeholder="选择或输入姓名" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
