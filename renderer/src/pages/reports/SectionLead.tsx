import { Typography } from 'antd';
import './reports.css';

/**
 * The sentences that open a section of the review (shared/report/narrative.ts), so the screen reads
 * as the PDF will: "In 2024, 52 criminal cases were registered — 1.9% fewer than in 2023 (53)."
 */
export function SectionLead({ sentences }: { sentences: readonly string[] }) {
  return sentences
    .filter((sentence) => sentence.trim() !== '')
    .map((sentence) => (
      <Typography.Paragraph key={sentence} className="report-lead">
        {sentence}
      </Typography.Paragraph>
    ));
}
