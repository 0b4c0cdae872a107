import { describe, expect, it } from 'vitest';
import { forPrint, pdfOptionsFor } from './pdf-options';

describe('pdfOptionsFor', () => {
  it('prints on Letter where that is the paper, A4 elsewhere', () => {
    expect(pdfOptionsFor('en-US').pageSize).toBe('Letter');
    expect(pdfOptionsFor('en').pageSize).toBe('Letter');
    expect(pdfOptionsFor('fr-CA').pageSize).toBe('Letter');
    expect(pdfOptionsFor('es-MX').pageSize).toBe('Letter');
    expect(pdfOptionsFor('en-GB').pageSize).toBe('A4');
    expect(pdfOptionsFor('de').pageSize).toBe('A4');
    expect(pdfOptionsFor('ja-JP').pageSize).toBe('A4');
    expect(pdfOptionsFor('not a locale!').pageSize).toBe('A4');
  });

  it('sets margins, no header or footer, and a tagged PDF with an outline', () => {
    expect(pdfOptionsFor('de-DE')).toMatchObject({
      margins: { top: 0.75, bottom: 0.75, left: 0.75, right: 0.75 },
      displayHeaderFooter: false,
      printBackground: false,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
  });
});

describe('forPrint', () => {
  it('forces the light palette and avoids breaks inside code and figures, last in the head', () => {
    const html = forPrint('<html><head><style>a{}</style></head><body></body></html>');
    expect(html).toMatch(/a\{\}<\/style>\s*<style>[\s\S]*color-scheme: light[\s\S]*break-inside: avoid[\s\S]*<\/style>\n<\/head>/);
  });
});
