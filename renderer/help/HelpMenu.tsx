/** The header's help: 这一页做什么 (the page's own text) and 帮助 → 使用说明 / 快捷键. */
import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageHelp } from './PageHelp';
import { ShortcutsDialog } from './ShortcutsDialog';

export function HelpMenu() {
  const navigate = useNavigate();
  const [shortcuts, setShortcuts] = useState(false);
  return (
    <Space size={4} style={{ marginLeft: 'auto', marginRight: 8 }}>
      <PageHelp />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'manual', label: '使用说明' },
            { key: 'shortcuts', label: '快捷键' },
          ],
          onClick: ({ key }) => (key === 'manual' ? navigate('/help') : setShortcuts(true)),
        }}
      >
        <Button size="large" type="text">
          帮助 <DownOutlined />
        </Button>
      </Dropdown>
      <ShortcutsDialog open={shortcuts} onClose={() => setShortcuts(false)} />
    </Space>
  );
}
