import type { Extension } from '@codemirror/state';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { yamlFrontmatter } from '@codemirror/lang-yaml';
import { languages } from '@codemirror/language-data';

/**
 * GFM-flavoured Markdown with fenced code highlighted in its own language (loaded on demand),
 * inside a YAML front matter wrapper so a `---` block reads as keys, not as a setext heading.
 */
export function markdownSupport(): Extension {
  return yamlFrontmatter({ content: markdown({ base: markdownLanguage, codeLanguages: languages }) });
}
