/** 学习情况 on the member detail: hours and sessions per year, each session attended or missed with its 补学; printable. */
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { PersonRecord } from '../../core/study/person';
import { api } from '../api';
import { printRoute } from '../print/registry';
import { usePrintShortcut } from '../keyboard/print-shortcut';

export function PersonStudyCard({ memberId }: { memberId: number }) {
  const navigate = useNavigate();
  /** The 打印个人学习情况 button, and Ctrl+P while the member card is open. */
  const openPrint = () => navigate(printRoute('study-person', { memberId: String(memberId) }));
  usePrintShortcut(openPrint);
  const [record, setRecord] = useState<PersonRecord>();
  useEffect(() => {
    let current = true;
    void api.study.person({ memberId }).then((r) => current && setRecord(r));
    return () => {
      current = false;
    };
  }, [memberId]);
  if (!record) return null;
  return (
    <div data-testid="person-study">
      <Space style={{ justifyContent: 'space-between', width: '100%', marginTop: 24 }}>
        <h3 style={{ margin: 0 }}>学习情况</h3>
        <Button onClick={openPrint}>打印个人学习情况</Button>
      </Space>
      {record.years.length ? (
        <>
          <Space wrap style={{ margin: '8px 0' }}>
            {record.years.map((y) => (
              <Tag key={y.year} color="magenta" style={{ fontSize: 14, padding: '4px 10px' }} data-testid={`study-year-${y.year}`}>
                {y.year}年：学习{y.attended}次，缺席/请假{y.missed}次（已补学{y.madeUp}次），共{y.hours}学时
              </Tag>
            ))}
          </Space>
          <Table
            size="small"
            rowKey="sessionId"
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            dataSource={record.entries}
            columns={[
              { title: '日期', dataIndex: 'date', width: 110 },
              { title: '学习主题', dataIndex: 'title' },
              { title: '参加情况', width: 150, render: (_v, e) => (e.reason ? `${e.attendance}（${e.reason}）` : e.attendance) },
              { title: '补学', width: 150, render: (_v, e) => (e.makeup ? `${e.makeup.date}补学` : e.owesMakeup ? <Tag color="orange">尚未补学</Tag> : '') },
              { title: '学时', dataIndex: 'hours', width: 60 },
            ]}
          />
        </>
      ) : (
        <Typography.Text type="secondary">暂无学习记录</Typography.Text>
      )}
    </div>
  );
}
