import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A deterministic generator of realistic blog posts for the benchmarks: the same seed always
 * gives the same bytes, so figures from two runs (or two machines) measure the same input.
 * Nothing here reads the clock or Math.random.
 */

/** mulberry32: tiny, fast, good enough for test data, and identical on every platform. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` distinct items (fewer if there are not that many). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
}

const WORDS = (
  'the a of to and in is it that for on with as this by be are from at or an we can you not but ' +
  'editor post blog folder file build deploy cache render preview markdown theme layout plugin ' +
  'template static site server request response latency memory thread worker queue index search ' +
  'query database schema migration backup release version branch commit review test benchmark ' +
  'profile trace startup bundle module import export config option default value key string number ' +
  'array object function callback promise async await error warning message user reader writer ' +
  'draft publish feed sitemap image asset font color contrast layout grid column row table list ' +
  'heading paragraph link anchor footnote quote code block snippet terminal shell script command ' +
  'simple fast slow small large quick careful clear honest useful better worse fragile robust ' +
  'really usually often rarely always never sometimes probably finally first then later today ' +
  'week month year morning evening garden coffee travel city train mountain river book music ' +
  'café naïve über façade résumé — déjà'
).split(' ');

const TOPICS = [
  'Static Sites',
  'Markdown',
  'Caching',
  'TypeScript',
  'Rust',
  'Photography',
  'Travel Notes',
  'Home Lab',
  'Databases',
  'Performance',
  'Accessibility',
  'Writing',
  'Gardening',
  'Coffee',
  'Testing',
  'CSS Grid',
];

const TAGS = [
  'javascript', 'typescript', 'node', 'css', 'html', 'markdown', 'hugo', 'jekyll', 'eleventy', 'astro',
  'performance', 'testing', 'linux', 'macos', 'windows', 'docker', 'git', 'writing', 'travel', 'photography',
  'books', 'music', 'coffee', 'garden', 'rust', 'go', 'python', 'sqlite', 'postgres', 'security',
  'accessibility', 'design', 'notes', 'til', 'meta',
];

const DOMAINS = ['example.com', 'developer.mozilla.org', 'github.com', 'en.wikipedia.org', 'blog.example.org', 'docs.example.net'];

const CODE_SAMPLES: Record<string, readonly string[]> = {
  ts: [
    'export async function loadPosts(folder: string): Promise<Post[]> {',
    '  const files = await readdir(folder, { recursive: true });',
    '  return files.filter((f) => f.endsWith(".md")).map((f) => parse(f));',
    '}',
    'const cache = new Map<string, string>();',
    'type Post = { id: string; title: string; date: Date | null };',
    'for (const post of posts) console.log(post.title);',
    'if (!post.draft) published.push(post);',
  ],
  bash: [
    'npm run build',
    'hugo server --buildDrafts',
    'rsync -avz public/ user@host:/var/www/blog/',
    'git commit -am "Publish new post"',
    'find content -name "*.md" | wc -l',
    'export NODE_ENV=production',
  ],
  python: [
    'def slugify(title):',
    '    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")',
    'for path in sorted(Path("posts").rglob("*.md")):',
    '    print(path.stem)',
    'with open(path, encoding="utf-8") as f:',
    '    text = f.read()',
  ],
  yaml: ['baseURL: https://example.com/', 'languageCode: en-us', 'title: My Blog', 'params:', '  author: Sam', '  showToc: true'],
  css: ['.post { max-width: 42rem; margin: 0 auto; }', 'pre { overflow-x: auto; }', ':root { --accent: #0a6; }', 'a:hover { text-decoration: underline; }'],
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function words(rng: Random, min: number, max: number): string {
  const count = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(rng.pick(WORDS));
  return out.join(' ');
}

function link(rng: Random): string {
  if (rng.chance(0.2)) return `[${words(rng, 1, 3)}](#${words(rng, 1, 2).replace(/ /g, '-')})`;
  return `[${words(rng, 1, 4)}](https://${rng.pick(DOMAINS)}/${words(rng, 1, 3).replace(/ /g, '/')})`;
}

function sentence(rng: Random): string {
  const parts: string[] = [capitalize(words(rng, 3, 8))];
  const extras = rng.int(0, 2);
  for (let i = 0; i < extras; i++) {
    const r = rng.next();
    if (r < 0.3) parts.push(`**${words(rng, 1, 3)}**`);
    else if (r < 0.5) parts.push(`*${words(rng, 1, 3)}*`);
    else if (r < 0.7) parts.push(`\`${rng.pick(['npm run build', 'git log', 'hugo', 'front matter', 'index.md', 'config.toml'])}\``);
    else if (r < 0.95) parts.push(link(rng));
    else parts.push(`<kbd>${rng.pick(['Ctrl', 'Cmd', 'Shift', 'Alt'])}</kbd>`);
    parts.push(words(rng, 2, 8));
  }
  return `${parts.join(' ')}${rng.pick(['.', '.', '.', '.', '?', '!'])}`;
}

function paragraph(rng: Random): string {
  const out: string[] = [];
  const count = rng.int(2, 6);
  for (let i = 0; i < count; i++) out.push(sentence(rng));
  return out.join(' ');
}

function list(rng: Random): string {
  const ordered = rng.chance(0.35);
  const items: string[] = [];
  const count = rng.int(3, 7);
  for (let i = 0; i < count; i++) {
    const marker = ordered ? `${i + 1}.` : '-';
    items.push(`${marker} ${rng.chance(0.3) ? `**${capitalize(words(rng, 1, 3))}**: ` : ''}${capitalize(words(rng, 3, 12))}`);
    if (rng.chance(0.15)) items.push(`${ordered ? '   ' : '  '}- ${capitalize(words(rng, 2, 8))}`);
  }
  return items.join('\n');
}

function codeBlock(rng: Random): string {
  const language = rng.pick(Object.keys(CODE_SAMPLES));
  const lines = CODE_SAMPLES[language]!;
  const out: string[] = [];
  const count = rng.int(5, 25);
  for (let i = 0; i < count; i++) out.push(rng.pick(lines));
  return `\`\`\`${language}\n${out.join('\n')}\n\`\`\``;
}

function table(rng: Random): string {
  const columns = rng.int(3, 5);
  const rows = rng.int(3, 10);
  const header = Array.from({ length: columns }, () => capitalize(words(rng, 1, 2)));
  const out = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : rng.pick([' --- ', ' :-: ', ' --: ']))).join('|')}|`];
  for (let r = 0; r < rows; r++) {
    out.push(`| ${Array.from({ length: columns }, (_, c) => (c === 0 ? words(rng, 1, 3) : String(rng.int(1, 5000)))).join(' | ')} |`);
  }
  return out.join('\n');
}

function otherBlock(rng: Random): string {
  const r = rng.next();
  if (r < 0.45) return `> ${sentence(rng)} ${sentence(rng)}`;
  if (r < 0.8) return `![${words(rng, 2, 5)}](images/${words(rng, 1, 2).replace(/ /g, '-')}.jpg)`;
  if (r < 0.95) return `<details>\n<summary>${capitalize(words(rng, 2, 5))}</summary>\n\n${paragraph(rng)}\n\n</details>`;
  // Raw HTML the sanitizer must clean: a post may come from anywhere.
  return `<p>${sentence(rng)} <img src="x.png" alt="${words(rng, 1, 2)}" onerror="alert(1)"></p>`;
}

interface SectionOptions {
  readonly code: boolean;
  readonly table: boolean;
}

function section(rng: Random, options: SectionOptions): string {
  const blocks: string[] = [`${rng.chance(0.8) ? '##' : '###'} ${capitalize(words(rng, 2, 6))}`];
  const paragraphs = rng.int(1, 3);
  for (let i = 0; i < paragraphs; i++) blocks.push(paragraph(rng));
  if (rng.chance(0.4)) blocks.push(list(rng));
  if (options.code) blocks.push(codeBlock(rng), paragraph(rng));
  if (options.table) blocks.push(table(rng));
  if (rng.chance(0.3)) blocks.push(otherBlock(rng));
  return blocks.join('\n\n');
}

interface BodyOptions {
  /** Chance that a section after the first code block gets another one. */
  readonly extraCode: number;
  /** Chance that the body has a table (small posts) or that a section has one (long posts). */
  readonly table: number;
  readonly tablePerSection: boolean;
}

/** A Markdown body of at least `targetBytes` UTF-8 bytes (it stops after the section that gets there). */
function body(rng: Random, targetBytes: number, options: BodyOptions): string {
  const parts: string[] = [paragraph(rng)];
  let bytes = Buffer.byteLength(parts[0]!);
  // Every body has a fenced code block (in its first section); a table, when any, in one of the next.
  const tableSection = !options.tablePerSection && rng.chance(options.table) ? rng.int(2, 3) : -1;
  for (let index = 1; bytes < targetBytes; index++) {
    const code = index === 1 || rng.chance(options.extraCode);
    const hasTable = options.tablePerSection ? rng.chance(options.table) : index === tableSection;
    const text = section(rng, { code, table: hasTable });
    parts.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

function yamlString(text: string): string {
  return /[:#'"]/.test(text) ? JSON.stringify(text) : text;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export interface GeneratedPost {
  /** Path relative to the blog folder, forward slashes: `posts/2024/05/2024-05-01-some-title.md`. */
  readonly id: string;
  readonly text: string;
  readonly draft: boolean;
}

function frontMatter(rng: Random, title: string, date: string, draft: boolean): string {
  const lines = ['---', `title: ${yamlString(title)}`, `date: ${date}`];
  const tags = rng.sample(TAGS, rng.int(1, 5));
  if (rng.chance(0.5)) lines.push(`tags: [${tags.join(', ')}]`);
  else lines.push('tags:', ...tags.map((tag) => `  - ${tag}`));
  if (rng.chance(0.4)) lines.push(`categories: [${rng.pick(TOPICS).toLowerCase().replace(/ /g, '-')}]`);
  if (rng.chance(0.5)) lines.push(`description: ${yamlString(capitalize(words(rng, 8, 20)))}`);
  if (rng.chance(0.2)) lines.push(`author: ${rng.pick(['Sam Doe', 'Alex Martin', 'Kim Lee'])}`);
  if (draft) lines.push('draft: true');
  else if (rng.chance(0.2)) lines.push('draft: false');
  lines.push('---', '');
  return lines.join('\n');
}

/** Body sizes of 2–15 KB (the last section overshoots the target), skewed towards the short end as real blogs are. */
const bodyTarget = (rng: Random): number => Math.round(1800 + 11 * 1024 * rng.next() ** 1.7);

/**
 * The posts of a blog of `count` posts, in nested folders: mostly Jekyll/Hugo-style
 * `posts/<year>/<month>/<date>-<slug>.md`, some page bundles `posts/<year>/<slug>/index.md`,
 * a few at `drafts/<slug>.md`. About 8% are drafts. Deterministic for a given seed.
 */
export function* generatePosts(count: number, seed = 20240501): Generator<GeneratedPost> {
  const rng = new Random(seed);
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    const year = rng.int(2015, 2024);
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const title = `${rng.chance(0.3) ? `${rng.pick(TOPICS)}: ` : ''}${capitalize(words(rng, 2, 7))}`;
    const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'post';
    const draft = rng.chance(0.08);
    const layout = rng.next();
    let id =
      draft && rng.chance(0.5)
        ? `drafts/${slug}.md`
        : layout < 0.75
          ? `posts/${year}/${pad(month)}/${date}-${slug}.md`
          : `posts/${year}/${slug}/index.md`;
    for (let n = 2; taken.has(id); n++) id = id.replace(/(-\d+)?(\/index)?\.md$/, `-${n}$2.md`);
    taken.add(id);
    const dateValue = rng.chance(0.25) ? `${date}T${pad(rng.int(6, 22))}:${pad(rng.int(0, 59))}:00+02:00` : date;
    const text = frontMatter(rng, title, dateValue, draft) + '\n' + body(rng, bodyTarget(rng), { extraCode: 0.1, table: 0.3, tablePerSection: false });
    yield { id, text, draft };
  }
}

export interface WrittenCorpus {
  readonly root: string;
  readonly posts: number;
  readonly drafts: number;
  readonly bytes: number;
}

/** Writes a generated blog of `count` posts into `root` (created if needed). */
export function writeCorpus(root: string, count: number, seed?: number): WrittenCorpus {
  let drafts = 0;
  let bytes = 0;
  const made = new Set<string>();
  for (const post of generatePosts(count, seed)) {
    const path = join(root, ...post.id.split('/'));
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(path, post.text);
    bytes += Buffer.byteLength(post.text);
    if (post.draft) drafts++;
  }
  return { root, posts: count, drafts, bytes };
}

/**
 * One long post of about `targetBytes` (it ends after the section that reaches the size): the
 * same kind of Markdown as the corpus, with more code blocks and tables, as long technical posts have.
 */
export function makePost(targetBytes: number, seed = 7): string {
  const rng = new Random(seed ^ targetBytes);
  const title = `A Long Post of ${Math.round(targetBytes / 1024)} KB About ${rng.pick(TOPICS)}`;
  const head = frontMatter(rng, title, '2024-05-01', false) + '\n';
  const hostile = `<p>Pasted from elsewhere: <img src="x.png" alt="pasted" onerror="alert(1)"></p>\n`;
  const text = body(rng, targetBytes - Buffer.byteLength(head) - hostile.length, { extraCode: 0.25, table: 0.15, tablePerSection: true });
  // Always some raw HTML for the sanitizer to clean, in the middle of the post.
  const middle = text.indexOf('\n## ', text.length >> 1);
  return middle < 0 ? `${head}${text}\n${hostile}` : `${head}${text.slice(0, middle + 1)}${hostile}${text.slice(middle)}`;
}

export const makePost12K = (): string => makePost(12 * 1024);
export const makePost100K = (): string => makePost(100 * 1024);
export const makePost1M = (): string => makePost(1024 * 1024);
