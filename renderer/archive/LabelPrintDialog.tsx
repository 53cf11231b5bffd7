/**
 * Before the 归档章 / 盒脊 sheet: where on the sheet to start (labels already used
 * on a partly used sheet) and the printer offset in mm (office printers feed a
 * little off: print once, measure how far the frames miss, enter it here).
 */
import { App, Checkbox, InputNumber, Modal, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { useAccess } from '../operators/access';
import { errorText } from '../records/run';
import { printRoute } from '../print/registry';
import { SPINE_WIDTHS } from '../print/documents/archive-spines';

interface Props {
  /** What to print: { items } / { year } for 归档章, { boxes } / { year } for 盒脊. */
  params: Record<string, string>;
  kind?: 'stamps' | 'spines';
  count?: number;
  onClose(): void;
}

export function LabelPrintDialog({ params, kind = 'stamps', count, onClose }: Props) {
  const navigate = useNavigate();
  const [skip, setSkip] = useState(0);
  const [dx, setDx] = useState(0);
  const [dy, setDy] = useState(0);
  const [width, setWidth] = useState<number>(30);
  const [remember, setRemember] = useState(false);
  const { may } = useAccess();
  const { message } = App.useApp();

  // The offset saved last time (the same for every label sheet of this printer).
  useEffect(() => {
    void api.archive.labelOffset().then(
      (o) => {
        setDx(o.x);
        setDy(o.y);
      },
      () => undefined,
    );
  }, []);

  const go = async () => {
    if (remember) {
      try {
        await api.archive.saveLabelOffset({ x: dx, y: dy });
        message.success('已记住打印机偏移，以后打印标签都按此偏移');
      } catch (err) {
        message.error(errorText(err));
        return;
      }
    }
    const extra: Record<string, string> = kind === 'stamps' ? { skip: String(skip) } : { width: String(width) };
    navigate(printRoute(kind === 'stamps' ? 'archive-stamps' : 'archive-spines', { ...params, ...extra, dx: String(dx), dy: String(dy) }));
  };
  return (
    <Modal open title={kind === 'stamps' ? '打印归档章' : '打印盒脊'} okText="打印预览" cancelText="取消" onOk={() => void go()} onCancel={onClose}>
      <Space direction="vertical" size={12}>
        <Typography.Text>
          {kind === 'stamps' ? `归档章按实际大小 45×16 毫米打印在 A4 纸上，每页 52 个${count ? `，共 ${count} 件` : ''}。` : '盒脊按盒脊厚度打印，裁下后贴在档案盒脊背上。'}
        </Typography.Text>
        {kind === 'stamps' ? (
          <label>
            从第 <InputNumber aria-label="起始位置" min={1} max={52} value={skip + 1} onChange={(v) => setSkip(Math.max(0, (v ?? 1) - 1))} /> 个标签开始（前面的已用过）
          </label>
        ) : (
          <label>
            盒脊厚度：
            <Radio.Group aria-label="盒脊厚度" value={width} onChange={(e) => setWidth(e.target.value as number)}>
              {SPINE_WIDTHS.map((w) => (
                <Radio.Button key={w} value={w}>
                  {w} 毫米
                </Radio.Button>
              ))}
            </Radio.Group>
          </label>
        )}
        <Space wrap>
          <label>
            打印机偏移 向右 <InputNumber aria-label="向右偏移" min={-20} max={20} step={0.5} value={dx} onChange={(v) => setDx(v ?? 0)} /> 毫米
          </label>
          <label>
            向下 <InputNumber aria-label="向下偏移" min={-20} max={20} step={0.5} value={dy} onChange={(v) => setDy(v ?? 0)} /> 毫米
          </label>
        </Space>
        {may('archive.saveLabelOffset') && (
          <Checkbox checked={remember} onChange={(e) => setRemember(e.target.checked)}>
            记住这个偏移（这台打印机以后都按此偏移）
          </Checkbox>
        )}
        <Typography.Text type="secondary">先用普通纸试印一张，与标签纸叠在一起对着光看，框线偏了多少就填多少（向左、向上填负数）。</Typography.Text>
      </Space>
    </Modal>
  );
}
