/** 会议名称 / 届次 / 时间 / 地点 / 主持人 / 记录人. */
import { Card, Col, Form, Input, Row, TimePicker } from 'antd';
import dayjs from 'dayjs';
import type { MeetingType } from '../../core/meetings/templates';
import { TypedDatePicker } from '../keyboard/TypedDatePicker';
import { TypedSelect } from '../keyboard/TypedSelect';
import type { Draft } from './draft';
import { PersonPicker } from './PersonPicker';

interface Props {
  draft: Draft;
  types: MeetingType[];
  people: Array<{ memberId: number | null; name: string }>;
  onChange(patch: Partial<Draft>): void;
}

const time = (v: string | undefined) => (v ? dayjs(`2000-01-01T${v}`) : null);

export function BasicsCard({ draft, types, people, onChange }: Props) {
  return (
    <Card title="会议基本情况">
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item label="会议类型" htmlFor="meeting-type">
              <TypedSelect id="meeting-type" fieldLabel="会议类型" value={draft.typeId} options={types.map((t) => ({ value: t.id, label: t.name }))} onChange={(typeId: number) => onChange({ typeId })} />
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
              <TypedDatePicker fieldLabel="日期" id="meeting-date" style={{ width: '100%' }} allowClear={false} value={dayjs(draft.date)} onChange={(d) => d && onChange({ date: d.format('YYYY-MM-DD') })} />
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
              <PersonPicker id="meeting-host" people={people} value={draft.host.name} onChange={(host) => onChange({ host })} placeholder="选择或输入姓名" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="记录人" htmlFor="meeting-recorder">
              <PersonPicker id="meeting-recorder" people={people} value={draft.recorder.name} onChange={(recorder) => onChange({ recorder })} placeholder="选择或输入姓名" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
