/** 议事情况 on a representative's member detail: the 议题 she raised (or brought for a resident) and those she seconded. */
import { Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { ItemsTable } from './ItemsPage';

type Items = Awaited<ReturnType<typeof api.deliberation.ofMember>>;

export function MemberItemsCard({ memberId }: { memberId: number }) {
  const [items, setItems] = useState<Items>();
  useEffect(() => {
    let current = true;
    void api.deliberation.ofMember({ memberId }).then((i) => current && setItems(i), () => undefined);
    return () => {
      current = false;
    };
  }, [memberId]);
  if (!items) return null;
  return (
    <div data-testid="member-deliberation">
      <h3 style={{ marginTop: 24 }}>议事情况：提出议题 {items.raised.length} 项，附议 {items.seconded.length} 项</h3>
      {items.raised.length > 0 && (
        <>
          <Typography.Text strong>提出的议题</Typography.Text>
          <ItemsTable rows={items.raised} size="small" />
        </>
      )}
      {items.seconded.length > 0 && (
        <>
          <Typography.Text strong>附议的议题</Typography.Text>
          <ItemsTable rows={items.seconded} size="small" />
        </>
      )}
    </div>
  );
}
