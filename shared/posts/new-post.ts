import { stringify } from 'yaml';
import { slugify } from './slug';

/**
 * The text of a new post: YAML front matter with the title and today's date, then an empty body.
 * The `yaml` library quotes the title when it needs quoting (colons, quotes, leading symbols).
 */
export function newPostText(title: string, now: Date): string {
  const date = now.toISOString().slice(0, 10);
  const frontMatter = stringify({ title, date }, { lineWidth: 0 });
  return `---\n${frontMatter}---\n\n`;
}

/** `<slug>.md`, or `<slug>-2.md`… when taken (exists() says which are). */
export function newPostFileName(title: string, exists: (name: string) => boolean): string {
  const slug = slugify(title) || 'untitled';
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${slug}.md` : `${slug}-${n}.md`;
    if (!exists(name)) return name;
  }
}
