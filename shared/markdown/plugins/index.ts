import type MarkdownIt from 'markdown-it';
import { headingAnchors } from './heading-anchors';
import { externalLinks } from './external-links';
import { siteLinks } from './site-links';

/** The pipeline, in order. Each plugin is a plain `(md) => void` in a file of its own. */
export const MARKDOWN_PLUGINS: readonly ((md: MarkdownIt) => void)[] = [headingAnchors, externalLinks, siteLinks];
