import type { ReactNode } from 'react';
import './reports.css';

interface Props {
  title: string;
  /** The figure as the language writes it. */
  value: string;
  /** Opens the cases or persons the figure counts; a figure of no one (check-ins) has none. */
  onOpen?: () => void;
  /** A line under the figure (the change, the term range); may hold its own buttons. */
  detail?: ReactNode;
}

/**
 * A key figure of the review. Its title and value form one button (named "Forwarded to court 34"),
 * which opens the list behind it; the detail line sits outside it, so it can hold another button.
 */
export function FigureCard({ title, value, onOpen, detail }: Props) {
  const face = (
    <>
      <span className="report-figure__title">{title}</span>
      <span className="report-figure__value">{value}</span>
    </>
  );
  return (
    <div className="report-figure">
      {onOpen ? (
        <button type="button" className="report-figure__open" onClick={onOpen}>
          {face}
        </button>
      ) : (
        <div className="report-figure__open report-figure__open--static">{face}</div>
      )}
      {detail && <div className="report-figure__detail">{detail}</div>}
    </div>
  );
}
