/** 这一页做什么: a ? button beside the header opening the current page's help text (ModulePage.help). */
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Popover, Typography } from 'antd';
import { useLocation } from 'react-router';
import { helpFor } from './page-help';

export function PageHelp() {
  const { pathname } = useLocation();
  const help = helpFor(pathname);
  if (!help) return null;
  const [title, text] = help.split(/：(.*)/su);
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={`这一页做什么：${title}`}
      content={<Typography.Paragraph style={{ maxWidth: 360, margin: 0 }} data-testid="page-help-text">{text}</Typography.Paragraph>}
    >
      <Button size="large" type="text" icon={<QuestionCircleOutlined />} aria-label="这一页做什么">
        这一页做什么
      </Button>
    </Popover>
  );
}
