import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { trendOf } from './report-format';
import { useReviewNames } from './useReviewNames';
import { useScreenFormats } from './useScreenFormats';
import './reports.css';

/**
 * A change against the year before: "↓ −21,4 %", or the review's marker ("впервые", "new") when
 * there was nothing the year before — never a percentage of zero.
 */
export function ChangeText({ pct }: { pct: number | null }) {
  const names = useReviewNames();
  const f = useScreenFormats();
  const trend = trendOf(pct);
  if (trend === 'new')
    return (
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        {names.newMarker}
      </Tag>
    );
  return (
    <span className="report-trend">
      {trend === 'up' && <ArrowUpOutlined aria-hidden />}
      {trend === 'down' && <ArrowDownOutlined aria-hidden />} {f.change(pct)}
    </span>
  );
}
