import type { DaySpan } from '../insights/insight-types';

export type PdfOutcome = { status: 'saved'; file: string } | { status: 'cancelled' };

/** Turning the report page into a PDF file takes a browser engine and a save dialog: the host's. */
export interface ReportPdf {
  readonly supported: boolean;
  save(span: DaySpan): Promise<PdfOutcome>;
}

/** For hosts where the page prints itself (the preview: the browser's print saves a PDF). */
export const PRINT_FROM_PAGE: ReportPdf = {
  supported: false,
  save: () => Promise.reject(new Error('saving a PDF is done by the browser here: use Print')),
};
