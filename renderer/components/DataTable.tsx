import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

export interface DataTableProps {
  caption?: string;
  columns: readonly string[];
  /** Each row's first cell names the row (a row header for screen readers). */
  rows: readonly (readonly ReactNode[])[];
  footer?: readonly ReactNode[];
  className?: string;
}

const cells = (row: readonly ReactNode[]) =>
  row.map((cell, j) =>
    j === 0 ? (
      <th key={j} scope="row">
        {cell}
      </th>
    ) : (
      <td key={j}>{cell}</td>
    ),
  );

/** A plain table with column and row headers: chart data, report totals. */
export function DataTable({ caption, columns, rows, footer, className = '' }: DataTableProps) {
  const box = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(box);
  // Scrolled by keyboard too when it is wider than the window: then it is a named, focusable region.
  const region = scrolls ? { tabIndex: 0, role: 'region', 'aria-label': caption ?? `Table: ${columns.join(', ')}` } : {};
  return (
    <div ref={box} className="table-scroll" {...region}>
    <table className={`data-table ${className}`.trim()}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>{cells(row)}</tr>
        ))}
      </tbody>
      {footer && (
        <tfoot>
          <tr>{cells(footer)}</tr>
        </tfoot>
      )}
    </table>
    </div>
  );
}

function useScrollsSideways(box: RefObject<HTMLDivElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return scrolls;
}
