import type MarkdownIt from 'markdown-it';

/**
 * A cheap test that a text could hold a link linkify-it would find: true for every text its own
 * `pretest` (and so `test`) accepts. linkify-it's pretest is one large regex with Unicode
 * punctuation classes, run on every paragraph and again on its text pieces (~6% of a site
 * export's time); most prose has none of these pieces, so most of those runs are skipped.
 * It covers the default schemas (`http:`, `https:`, `ftp:`, `//`, `mailto:`); the tests fail if
 * the set changes. The fuzzy host test's parts: `localhost`, `www.`, and a dot before a letter
 * or digit (every TLD starts with a letter; `.1.` starts a dotted IP).
 */
const MAY_HOLD_LINK = /https?:|ftp:|mailto:|\/\/|@|localhost|www\.|\.[\p{L}\p{N}]/iu;

/** Puts MAY_HOLD_LINK before linkify-it's own pretest and test: same links, less work. */
export function linkifyPrecheck(md: MarkdownIt): void {
  const linkify = md.linkify;
  const pretest = linkify.pretest.bind(linkify);
  const test = linkify.test.bind(linkify);
  linkify.pretest = (text) => MAY_HOLD_LINK.test(text) && pretest(text);
  linkify.test = (text) => MAY_HOLD_LINK.test(text) && test(text);
}
