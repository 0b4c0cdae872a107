import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The app's colour tokens (app.css, one light-dark() pair each) checked the way WCAG 2 measures
 * contrast: every token used for text must stay readable (4.5:1, AA for normal text) on every
 * surface text sits on, in the light theme and in the dark one.
 */
const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');
const rootBlock = css.slice(css.indexOf(':root {'), css.indexOf("}", css.indexOf(':root {')));
const tokens = new Map([...rootBlock.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\);/g)].map((m) => [m[1]!, [m[2]!, m[3]!] as const]));

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
};

const TEXT = ['--text', '--text-muted', '--text-faint', '--accent', '--danger', '--warning', '--success', '--important', '--editor-fg',
  '--cm-heading', '--cm-link', '--cm-mark', '--cm-code', '--cm-quote', '--cm-comment', '--cm-property', '--cm-keyword', '--cm-string',
  '--cm-number', '--cm-type', '--cm-function', '--cm-invalid'];
const SURFACES = ['--bg', '--surface', '--editor-bg', '--editor-active-line', '--field-bg'];
/** Text drawn on a filled background of its own. */
const PAIRS = [['--accent-text', '--accent'], ['--danger-text', '--danger'], ['--selected-text', '--selected'], ['--danger', '--danger-soft'], ['--warning', '--warning-soft']];

describe('the colour tokens', () => {
  it('are all light-dark() pairs the test can read', () => {
    for (const name of [...TEXT, ...SURFACES, ...PAIRS.flat()]) expect(tokens.has(name), name).toBe(true);
  });

  for (const [index, theme] of ['light', 'dark'].entries()) {
    it(`keep every text colour at 4.5:1 or more on every surface, ${theme}`, () => {
      const weak: string[] = [];
      for (const text of TEXT) {
        for (const surface of SURFACES) {
          const ratio = contrast(tokens.get(text)![index]!, tokens.get(surface)![index]!);
          if (ratio < 4.5) weak.push(`${text} on ${surface}: ${ratio.toFixed(2)}`);
        }
      }
      for (const [text, fill] of PAIRS) {
        const ratio = contrast(tokens.get(text!)![index]!, tokens.get(fill!)![index]!);
        if (ratio < 4.5) weak.push(`${text} on ${fill}: ${ratio.toFixed(2)}`);
      }
      expect(weak).toEqual([]);
    });
  }
});
