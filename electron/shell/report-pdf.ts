import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { DaySpan } from '../core/insights/insight-types';
import type { PdfOutcome, ReportPdf } from '../core/report/report-pdf';
import { APP_ORIGIN } from './app-protocol';
import { secureWebPreferences } from './main-window';

/** The report page sets this title once its data is on the page (renderer/pages/ReportPage.tsx). */
const READY_TITLE = /^Limber report /;
const RENDER_TIMEOUT_MS = 20_000;
const MM = 1 / 25.4;
/** As renderer/styles.css `@page { margin: 18mm 12mm 16mm }`. */
const PAGE_MARGINS_INCHES = { top: 18 * MM, right: 12 * MM, bottom: 16 * MM, left: 12 * MM };

/**
 * Renders the report page in a hidden window with the same protections as every window, prints it
 * to PDF (the page's print styles apply) and asks where to save it.
 */
export function electronReportPdf(preload: string, parent: () => BrowserWindow | undefined): ReportPdf {
  return {
    supported: true,
    async save(span: DaySpan): Promise<PdfOutcome> {
      const pdf = await renderPdf(preload, span);
      const owner = parent();
      const options = {
        title: 'Save the report',
        defaultPath: path.join(app.getPath('documents'), `limber-report-${span.from}-to-${span.to}.pdf`),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
      await fs.writeFile(choice.filePath, pdf);
      return { status: 'saved', file: choice.filePath };
    },
  };
}

async function renderPdf(preload: string, span: DaySpan): Promise<Buffer> {
  const window = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: secureWebPreferences(preload, false) });
  let timer: NodeJS.Timeout | undefined;
  try {
    const ready = new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error('the report page did not finish rendering')), RENDER_TIMEOUT_MS);
      window.webContents.on('page-title-updated', (_event, title) => {
        if (READY_TITLE.test(title)) resolve();
      });
    });
    await window.loadURL(`${APP_ORIGIN}/index.html#/report/${span.from}_${span.to}`);
    await ready;
    // The page's @page rule sets the same margins and fills them with the running header and page numbers.
    return await window.webContents.printToPDF({ pageSize: 'A4', margins: PAGE_MARGINS_INCHES, printBackground: true, generateDocumentOutline: true });
  } finally {
    // Also when loading failed: a pending timer would reject a promise nobody awaits any more.
    clearTimeout(timer);
    window.destroy();
  }
}
