/**
 * What can be done with a 议题 now: exactly the steps the core's lifecycle table
 * allows from its state (core/deliberation/lifecycle.ts — the one source of truth)
 * (the detail lists them) and the operator's role may call. Each opens its own small form (TransitionDialog).
 */
import { Button, Card, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ENTRIES, TRANSITIONS, type DelibState } from '../../core/deliberation/lifecycle';
import { DEFAULT_SETTINGS, type DeliberationSettings } from '../../core/deliberation/settings';
import { api } from '../api';
import { useAccess, type MethodName } from '../operators/access';
import { TransitionDialog, stepLabel, stepMethod, type StepName } from './TransitionDialog';

interface Item {
  id: number;
  code: string;
  title: string;
  state: DelibState;
}

/** 撤回 and 不予立项 end the 议题: shown apart, in red. */
const ENDING: StepName[] = ['withdraw', 'reject'];

/** `steps`: what the core's lifecycle table allows from the 议题's state (the detail's entries and transitions). */
export function ActionBar({ item, steps: legal, onDone }: { item: Item; steps: StepName[]; onDone(): void }) {
  const { may } = useAccess();
  const [open, setOpen] = useState<StepName>();
  const [settings, setSettings] = useState<DeliberationSettings>(DEFAULT_SETTINGS);
  const [units, setUnits] = useState<Array<{ id: number; name: string; active: boolean }>>([]);
  useEffect(() => {
    void api.deliberation.settings().then(setSettings, () => undefined);
    void api.deliberation.units().then(setUnits, () => undefined);
  }, []);

  const steps = legal.filter((s) => may(`deliberation.${stepMethod(s)}` as MethodName));
  if (!steps.length) return null;
  return (
    <Card size="small" data-testid="item-actions">
      <Space wrap>
        <Typography.Text strong>当前状态“{item.state}”，可以办理：</Typography.Text>
        {steps.map((s) => (
          <Button key={s} size="large" type={ENDING.includes(s) ? 'default' : 'primary'} danger={ENDING.includes(s)} ghost={!ENDING.includes(s) && s in ENTRIES} onClick={() => setOpen(s)} title={s in TRANSITIONS ? TRANSITIONS[s as keyof typeof TRANSITIONS].requires : undefined}>
            {stepLabel(s)}
          </Button>
        ))}
      </Space>
      <TransitionDialog
        step={open}
        item={item}
        settings={settings}
        units={units}
        onClose={() => setOpen(undefined)}
        onDone={() => {
          setOpen(undefined);
          onDone();
        }}
      />
    </Card>
  );
}
