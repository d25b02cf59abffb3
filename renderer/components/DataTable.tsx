import type { ReactNode } from 'react';

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
  return (
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
  );
}
