import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { DataTable } from '../components/DataTable';

export interface ChartTable {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

/**
 * Arrow keys move a cursor along the chart's points (Home and End jump to the ends); the chart
 * says where it is in words, so the picture is usable without seeing it.
 */
export function useChartCursor(count: number) {
  const [index, setIndex] = useState<number | null>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const last = count - 1;
    const moves: Record<string, (i: number) => number> = {
      ArrowRight: (i) => Math.min(last, i + 1),
      ArrowLeft: (i) => Math.max(0, i - 1),
      Home: () => 0,
      End: () => last,
    };
    const move = moves[event.key];
    if (!move || count === 0) return;
    event.preventDefault();
    setIndex((i) => move(i ?? last));
  };
  return { index: index !== null && index < count ? index : null, onKeyDown, clear: () => setIndex(null) };
}

interface ChartFrameProps {
  title: string;
  /** One sentence with the chart's totals: the picture's accessible description (the title names it). */
  summary: string;
  legend?: readonly { label: string; className: string }[];
  table: ChartTable;
  /** What the keyboard cursor is on, read out as it moves. */
  cursorText: string | null;
  onKeyDown: (event: KeyboardEvent) => void;
  onBlur: () => void;
  /** The SVG's content, drawn in its 640-wide viewBox. */
  children: ReactNode;
  height: number;
}

/** Title, picture, legend, the words for what the cursor is on, and the same data as a table. */
export function ChartFrame({ title, summary, legend, table, cursorText, onKeyDown, onBlur, children, height }: ChartFrameProps) {
  const id = useId();
  return (
    <section className="chart card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="chart-summary" id={`${id}-summary`}>
        {summary}
      </p>
      <svg
        viewBox={`0 0 640 ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary ${id}-keys`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      >
        {children}
      </svg>
      <p className="hint" id={`${id}-keys`}>
        Focus the chart and use the arrow keys to read each point.
      </p>
      {legend && (
        <ul className="legend" aria-label="Legend">
          {legend.map((l) => (
            <li key={l.label}>
              <span className={`swatch ${l.className}`} aria-hidden="true" /> {l.label}
            </li>
          ))}
        </ul>
      )}
      <p className="chart-cursor" aria-live="polite">
        {cursorText ?? ''}
      </p>
      <details>
        <summary>Show as a table</summary>
        <DataTable caption={table.caption} columns={table.columns} rows={table.rows} />
      </details>
    </section>
  );
}
