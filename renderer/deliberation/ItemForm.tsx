/**
 * The 议题's own fields (issue 13 item 1): 标题, 诉求内容, 来源, 类别, 议事方式, 提出日期,
 * 提出人 (a 妇女代表, or a resident through one) and 附议 representatives.
 * Inside a read-only record (renderer/records) every field is shown disabled.
 */
import { Card, Col, Form, Input, Radio, Row, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { CATEGORIES, METHODS, MUST_DELIBERATE, SOURCES } from '../../core/deliberation/codes';
import type { ItemInput } from '../../core/deliberation/schema';
import { TypedDatePicker } from '../keyboard/TypedDatePicker';
import { RepresentativeSelect } from './RepresentativeSelect';

export interface ItemValues {
  title: string;
  content: string;
  source?: ItemInput['source'];
  category?: ItemInput['category'];
  method?: ItemInput['method'];
  raisedOn?: Dayjs;
  proposerKind: '代表' | '居民';
  proposerMemberId?: number;
  residentName?: string;
  residentContact?: string;
  viaMemberId?: number;
  seconderIds: number[];
}

export function toItemInput(v: ItemValues): ItemInput {
  return {
    title: v.title,
    content: v.content,
    source: v.source!,
    category: v.category!,
    method: v.method!,
    raisedOn: v.raisedOn!.format('YYYY-MM-DD'),
    proposer:
      v.proposerKind === '代表'
        ? { kind: '代表', memberId: v.proposerMemberId! }
        : { kind: '居民', name: v.residentName ?? '', contact: v.residentContact ?? '', viaMemberId: v.viaMemberId! },
    seconderIds: v.seconderIds ?? [],
  };
}

const opts = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
const categoryOptions = CATEGORIES.map((c) => ({ value: c, label: (MUST_DELIBERATE as readonly string[]).includes(c) ? `${c}（五必议）` : c }));

export function ItemForm({ form, known, onChange }: { form: FormInstance<ItemValues>; known: Array<{ memberId: number; name: string }>; onChange?(): void }) {
  return (
    <Card title="议题内容">
      <Form form={form} layout="vertical" initialValues={{ proposerKind: '代表', seconderIds: [] }} onValuesChange={onChange}>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item label="议题标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写议题标题' }]}>
              <Input maxLength={100} placeholder="如：小区加装电梯后老年妇女出行难" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="提出日期" name="raisedOn" rules={[{ required: true, message: '请填写提出日期' }]}>
              <TypedDatePicker fieldLabel="提出日期" style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="诉求内容" name="content" rules={[{ required: true, whitespace: true, message: '请填写诉求内容' }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="来源" name="source" rules={[{ required: true, message: '请选择来源' }]}>
              <Select options={opts(SOURCES)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="类别" name="category" rules={[{ required: true, message: '请选择类别' }]}>
              <Select options={categoryOptions} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="议事方式" name="method" rules={[{ required: true, message: '请选择议事方式' }]}>
              <Select options={opts(METHODS)} placeholder="请选择" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="提出人" name="proposerKind">
          <Radio.Group
            optionType="button"
            options={[
              { value: '代表', label: '妇女代表本人' },
              { value: '居民', label: '居民（经妇女代表转达）' },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle dependencies={['proposerKind']}>
          {({ getFieldValue }) =>
            getFieldValue('proposerKind') === '代表' ? (
              <Form.Item label="提出的妇女代表" name="proposerMemberId" rules={[{ required: true, message: '请选择提出议题的妇女代表' }]}>
                <RepresentativeSelect aria-label="提出的妇女代表" known={known} placeholder="输入姓名或拼音查找" style={{ width: 260 }} />
              </Form.Item>
            ) : (
              <Row gutter={16}>
                <Col span={8}>
                  <Form.Item label="居民姓名" name="residentName" rules={[{ required: true, whitespace: true, message: '请填写提出人姓名' }]}>
                    <Input maxLength={30} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item label="联系方式" name="residentContact">
                    <Input maxLength={60} placeholder="电话或住址（列表和打印中遮蔽）" />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item label="转达的妇女代表" name="viaMemberId" rules={[{ required: true, message: '请选择转达的妇女代表' }]}>
                    <RepresentativeSelect aria-label="转达的妇女代表" known={known} placeholder="输入姓名查找" />
                  </Form.Item>
                </Col>
              </Row>
            )
          }
        </Form.Item>
        <Form.Item label="附议代表" name="seconderIds">
          <RepresentativeSelect aria-label="附议代表" mode="multiple" known={known} placeholder="输入姓名或拼音，可选多人" />
        </Form.Item>
      </Form>
    </Card>
  );
}
