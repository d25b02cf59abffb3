import { useEffect } from 'react';

/** A CSS string literal: the page's print styles put it in every page's top margin. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&')}"`;

/**
 * Sets the words printed at the top of every page (CSS page-margin boxes read the custom property;
 * setting it from script is allowed by the CSP, unlike an inline style sheet).
 */
export function useRunningHeader(text: string): void {
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--report-running-header', cssString(text));
    return () => void root.removeProperty('--report-running-header');
  }, [text]);
}
