/** 会议类型: each type's 召开频次 (how often it is expected), which the 首页 and the 年度检查表 count against. */
import { Alert, App, Select, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { RHYTHMS, type Rhythm } from '../../core/meetings/rhythm';
import type { MeetingType } from '../../core/meetings/templates';
import { api } from '../api';
import { useAccess } from '../operators/access';
import { errorText } from '../records/run';

export function TypesPage() {
  const { message } = App.useApp();
  const { may, why } = useAccess();
  const [types, setTypes] = useState<MeetingType[]>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    api.meetings.listTypes().then(setTypes, (err: unknown) => setError(errorText(err)));
  }, []);
  useEffect(load, [load]);

  const setRhythm = async (t: MeetingType, rhythm: Rhythm) => {
    try {
      await api.meetings.saveType({ id: t.id, name: t.name, defaultRoles: t.defaultRoles, defaultTopics: t.defaultTopics, rhythm });
      message.success(`“${t.name}”改为${rhythm}召开`);
      load();
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        会议类型
      </Typography.Title>
      <Typography.Text type="secondary">召开频次决定首页何时提醒“本期会议尚未召开”，以及年度检查表中每季度应开几次。</Typography.Text>
      {error && <Alert type="error" showIcon message={error} />}
      <Table<MeetingType>
        rowKey="id"
        loading={!types && !error}
        dataSource={types}
        pagination={false}
        columns={[
          { title: '会议类型', dataIndex: 'name' },
          { title: '默认议题', render: (_, t) => t.defaultTopics.join('、') || '—' },
          {
            title: '召开频次',
            width: 180,
            render: (_, t) => (
              <Select<Rhythm>
                aria-label={`${t.name}的召开频次`}
                value={t.rhythm}
                style={{ width: 140 }}
                disabled={!may('meetings.saveType')}
                title={why('meetings.saveType')}
                options={RHYTHMS.map((r) => ({ value: r, label: r }))}
                onChange={(r) => void setRhythm(t, r)}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
