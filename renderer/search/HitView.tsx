/** How a search hit reads unless its module renders it otherwise: title, subtitle, the fragments where the query was found. */
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import type { SearchHit } from '../../core/search/schema';
import { MarkedText } from './MarkedText';

export function HitView({ hit, subtitle }: { hit: SearchHit; subtitle?: ReactNode }) {
  return (
    <div className="search-hit-body">
      <div className="search-hit-title">
        <span>
          <MarkedText {...hit.title} />
        </span>
        <Typography.Text type="secondary" className="search-hit-subtitle">
          {subtitle ?? hit.subtitle}
        </Typography.Text>
      </div>
      {hit.fragments.map((f, i) => (
        <div key={i} className="search-hit-fragment">
          <span className="search-hit-label">{f.label}</span>
          <MarkedText {...f} />
        </div>
      ))}
    </div>
  );
}
