/** What `webContents.printToPDF` takes, the part we set (Electron's types stay out of services). */
export interface PdfPrintOptions {
  readonly pageSize: 'A4' | 'Letter';
  readonly landscape: false;
  readonly printBackground: false;
  readonly displayHeaderFooter: false;
  /** The document's own `@page` rule (from the print CSS) wins over pageSize when it sets a size. */
  readonly preferCSSPageSize: true;
  readonly generateTaggedPDF: true;
  readonly generateDocumentOutline: true;
  /** Inches. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
}

/** Regions that print on US Letter; the rest of the world uses A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR', 'CR', 'PA', 'DO', 'SV', 'NI', 'BZ']);

/**
 * The PDF's page setup from the user's locale (`en-US` → Letter, `de-DE` → A4, `en` → Letter via
 * its likely region): ~2 cm margins, no browser header or footer, a tagged PDF with an outline
 * from the headings. Pure, so the choice is tested without Electron.
 */
export function pdfOptionsFor(locale: string): PdfPrintOptions {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  const margin = 0.75;
  return {
    pageSize: region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4',
    landscape: false,
    printBackground: false,
    displayHeaderFooter: false,
    preferCSSPageSize: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    margins: { top: margin, bottom: margin, left: margin, right: margin },
  };
}

/**
 * The export HTML made ready for paper: the light palette whatever the system's, and no break
 * inside code blocks, tables and figures. Appended last in the head, so it wins.
 */
export function forPrint(html: string): string {
  const css = `<style>
:root, .post { color-scheme: light; --post-bg: #fff; --post-fg: #000; --post-muted: #444; --post-rule: #bbb; --post-code-bg: #f3f3f3; --post-link: #000; --post-quote: #333; }
body { background: #fff; } main { max-width: none; padding: 0; }
.post-body pre, .post-body figure, .post-body table, .post-body img, .post-body blockquote { break-inside: avoid; }
.post-body h1, .post-body h2, .post-body h3 { break-after: avoid; }
</style>
</head>`;
  return html.replace('</head>', css);
}
