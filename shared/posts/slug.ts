import slugifyLib from '@sindresorhus/slugify';
import transliterate from '@sindresorhus/transliterate';

/**
 * URL- and file-safe ASCII slug: `Hello, Wörld!` → `hello-woerld`. Uses @sindresorhus/slugify for
 * transliteration; heading ids use it so they match what generators make.
 */
export function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    // Plain words (most headings and tags) slug the same by hand: lowercase, spaces to dashes.
    const slugged = PLAIN_WORDS.test(text) ? text.toLowerCase().trim().replace(/ +/g, '-') : slugifyLib(text, { decamelize: false });
    slug = slugged.slice(0, 80).replace(/-+$/, '');
    // Remembered: a site export slugs every heading, tag and title (~15,000 calls for 1,000
    // posts; tags repeat), and the library's transliteration costs ~10 µs a call.
    if (slugs.size >= SLUGS_KEPT) slugs.clear();
    slugs.set(text, slug);
  }
  return slug;
}

const slugs = new Map<string, string>();
/** Text the library would only lowercase and join with dashes (slug.test.ts checks they agree). */
const PLAIN_WORDS = /^[A-Za-z0-9 ]*$/;
const SLUGS_KEPT = 20_000;

const ASCII = /^[\x20-\x7e]*$/;
const MAX_SLUG_CHARS = 80;

/**
 * A file name's slug that keeps a non-Latin title meaningful: what transliterates to ASCII does
 * (`Привет` → `privet`, `Ça` → `ca`), and letters with no ASCII form are kept as they are
 * (`日本語のブログ` stays). Per character, because transliterate() decomposes whole strings and
 * would strip kana's voicing marks (`ブ` → `フ`). Never empty: `untitled` when nothing is left.
 */
export function fileSlug(title: string): string {
  let out = '';
  for (const char of title.normalize('NFC')) {
    const ascii = transliterate(char);
    out += ASCII.test(ascii) ? ascii : /[\p{L}\p{N}\p{M}]/u.test(char) ? char : ' ';
  }
  const slug = out
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = Array.from(slug).slice(0, MAX_SLUG_CHARS).join('').replace(/-+$/, '');
  return cut === '' ? 'untitled' : cut;
}
