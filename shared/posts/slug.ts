import slugifyLib from '@sindresorhus/slugify';

/**
 * URL- and file-safe slug: `Hello, Wörld!` → `hello-woerld`. Uses @sindresorhus/slugify for
 * transliteration; one place so file names and heading ids agree.
 */
export function slugify(text: string): string {
  return slugifyLib(text, { decamelize: false }).slice(0, 80).replace(/-+$/, '');
}
