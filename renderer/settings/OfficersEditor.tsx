/**
 * 妇联班子: 妇联主席 / 副主席 / 执委, each a name typed or a member picked from
 * the roster (the meetings' PersonPicker: name, pinyin or initials). Used by the
 * first-run wizard and 设置 → 基本信息.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, Typography } from 'antd';
import { OFFICER_ROLES, type Officer } from '../../core/settings/schema';
import { PersonPicker } from '../meetings/PersonPicker';

interface Props {
  value: Officer[];
  onChange(officers: Officer[]): void;
  disabled?: boolean;
}

export function OfficersEditor({ value, onChange, disabled }: Props) {
  const patch = (i: number, p: Partial<Officer>) => onChange(value.map((o, j) => (j === i ? { ...o, ...p } : o)));
  const nextRole = (): Officer['role'] => (value.some((o) => o.role === '妇联主席') ? (value.some((o) => o.role === '副主席') ? '执委' : '副主席') : '妇联主席');
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="officers-editor">
      {value.length === 0 && <Typography.Text type="secondary">尚未填写。可从花名册中选人（输入姓名或拼音首字母），也可直接输入姓名。</Typography.Text>}
      {value.map((officer, i) => (
        <Space key={i} wrap>
          <Select
            aria-label={`第${i + 1}位的职务`}
            value={officer.role}
            disabled={disabled}
            style={{ width: 120 }}
            options={OFFICER_ROLES.map((r) => ({ value: r, label: r }))}
            onChange={(role) => patch(i, { role })}
          />
          <PersonPicker
            aria-label={`第${i + 1}位的姓名`}
            value={officer.name}
            people={[]}
            placeholder="姓名（可从花名册选）"
            style={{ width: 220 }}
            onChange={(person) => patch(i, { name: person.name, memberId: person.memberId })}
          />
          {officer.memberId !== null && <Typography.Text type="secondary">花名册成员</Typography.Text>}
          {!disabled && (
            <Button aria-label={`去掉第${i + 1}位（${officer.name || '未填姓名'}）`} icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_, j) => j !== i))} />
          )}
        </Space>
      ))}
      {!disabled && (
        <Button icon={<PlusOutlined />} onClick={() => onChange([...value, { role: nextRole(), name: '', memberId: null }])}>
          添加一位
        </Button>
      )}
    </Space>
  );
}

/** Rows with no name are left out when saving (an added row not filled in). */
export const filledOfficers = (officers: Officer[]) => officers.filter((o) => o.name.trim() !== '');
