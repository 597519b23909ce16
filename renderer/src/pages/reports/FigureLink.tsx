import { Button } from 'antd';
import { useScreenFormats } from './useScreenFormats';
import './reports.css';

interface Props {
  /** What the number counts, for the accessible name: "Almaty, 2024" reads as "Almaty, 2024: 22". */
  label: string;
  count: number;
  onOpen: () => void;
}

/** A count in a table or a line of text that opens the list behind it; behind a zero there is nothing to open. */
export function FigureLink({ label, count, onOpen }: Props) {
  const f = useScreenFormats();
  const value = f.number(count);
  if (count === 0) return <span className="report-figure-link">{value}</span>;
  return (
    <Button
      type="link"
      size="small"
      className="report-figure-link"
      aria-label={`${label}: ${value}`}
      onClick={(event) => {
        // A row that opens something itself must not open it as well.
        event.stopPropagation();
        onOpen();
      }}
    >
      {value}
    </Button>
  );
}
