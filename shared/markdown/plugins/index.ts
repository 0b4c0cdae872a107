import type MarkdownIt from 'markdown-it';
import { codeHighlight } from './code-highlight';
import { externalLinks } from './external-links';
import { footnotes } from './footnotes';
import { githubAlerts } from './github-alerts';
import { headingAnchors } from './heading-anchors';
import { headingIds } from './heading-ids';
import { hugoRefLinks } from './hugo-ref-links';
import { linkifyPrecheck } from './linkify-precheck';
import { math } from './math';
import { mermaidDiagrams } from './mermaid-diagrams';
import { shortcodes } from './shortcodes';
import { siteLinks } from './site-links';
import { taskLists } from './task-lists';

/**
 * The pipeline, in order. Each plugin is a plain `(md) => void` in a file of its own. Heading ids
 * (`{#id}`) run before heading anchors, which leave a heading that has an id alone; math runs
 * before the fence renderers so a ```math fence is math; mermaid wraps the fence renderer last. Hugo `ref` destinations are read as link
 * paths (the shortcode rules leave link destinations alone). Site links
 * (a site export's link rewriting) only act when the export passes resolvers in env. The linkify
 * precheck only skips work: it changes no output.
 */
export const MARKDOWN_PLUGINS: readonly ((md: MarkdownIt) => void)[] = [
  headingIds,
  headingAnchors,
  externalLinks,
  taskLists,
  footnotes,
  githubAlerts,
  shortcodes,
  hugoRefLinks,
  math,
  codeHighlight,
  mermaidDiagrams,
  siteLinks,
  linkifyPrecheck,
];
