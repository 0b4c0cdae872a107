import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSite } from '../electron/services/export/site/export-site';
import { writeCorpus } from './corpus';
import { report, scale, stats, type ResultRow } from './harness';

/**
 * Whole-site export of the generated blog, side by side in one run with Hugo (Debian's `hugo`,
 * code highlighting and the tag taxonomy on) and Eleventy 3 (markdown-it inside), each building
 * the same posts to HTML as a separate process, timed and measured (peak RSS) by GNU time.
 * Runs are interleaved so load from other work hits all three alike. Eleventy is installed into
 * a temp folder here, not as a project dependency; a missing tool is reported, not faked.
 */

const POSTS = scale(1000, 1000);
const RUNS = scale(5, 3);
const root = fileURLToPathSafe(new URL('..', import.meta.url));
const rows: ResultRow[] = [];
const notes: string[] = [];
let work: string;
let corpus: string;

function fileURLToPathSafe(url: URL): string {
  return decodeURIComponent(url.pathname);
}

/**
 * Runs a command under GNU time: wall seconds, peak RSS (KiB) of the process tree's largest, and
 * CPU seconds (user + system, all threads): on a shared machine CPU time moves far less with
 * other people's load than wall time does, so it says more about the work each tool does.
 */
function timed(command: string, args: string[], cwd: string, okStatus = [0]): { ms: number; rssMiB: number; cpuMs: number; output: string } {
  const result = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M %U %S', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const match = /__TIME__ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
  if (!okStatus.includes(result.status ?? -1) || !match) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  return { ms: Number(match[1]) * 1000, rssMiB: Number(match[2]) / 1024, cpuMs: (Number(match[3]) + Number(match[4])) * 1000, output: result.stdout + result.stderr };
}

const HUGO_LAYOUT_SINGLE = `<!doctype html><html lang="{{ .Site.LanguageCode }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }}</p>{{ range .Params.tags }}<a href="/tags/{{ . | urlize }}/">{{ . }}</a> {{ end }}{{ .Content }}</body></html>`;
const HUGO_LAYOUT_LIST = `<!doctype html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }} {{ .Summary }}</li>{{ end }}</ul></body></html>`;

function setUpHugo(): string | null {
  if (!existsSync('/usr/bin/hugo')) return null;
  const site = join(work, 'hugo');
  mkdirSync(join(site, 'layouts', '_default'), { recursive: true });
  cpSync(join(corpus, 'posts'), join(site, 'content', 'posts'), { recursive: true });
  writeFileSync(
    join(site, 'hugo.toml'),
    'baseURL = "https://example.com/"\nlanguageCode = "en"\ntitle = "Bench"\n[taxonomies]\n  tag = "tags"\n' +
      '[markup.highlight]\n  codeFences = true\n  noClasses = false\n[markup.goldmark.renderer]\n  unsafe = true\n',
  );
  writeFileSync(join(site, 'layouts', '_default', 'single.html'), HUGO_LAYOUT_SINGLE);
  writeFileSync(join(site, 'layouts', '_default', 'list.html'), HUGO_LAYOUT_LIST);
  writeFileSync(join(site, 'layouts', 'index.html'), HUGO_LAYOUT_LIST.replace('.Pages', 'where .Site.RegularPages "Type" "posts"'));
  return site;
}

function setUpEleventy(): string | null {
  const site = join(work, 'eleventy');
  mkdirSync(join(site, 'src', '_includes'), { recursive: true });
  writeFileSync(join(site, 'package.json'), '{"private":true,"type":"module"}');
  try {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', '@11ty/eleventy@3.1.8'], { cwd: site, stdio: 'pipe', timeout: 240_000 });
  } catch (error) {
    notes.push(`Eleventy could not be installed here: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
  cpSync(join(corpus, 'posts'), join(site, 'src', 'posts'), { recursive: true });
  // Eleventy's date parser wants ISO: `2024-05-01 10:00:00 +0100` becomes `2024-05-01T10:00:00+01:00`.
  for (const file of readdirSync(join(site, 'src', 'posts'), { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.md')) continue;
    const path = join(site, 'src', 'posts', file);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/^date: ["']?(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?) ?([+-]\d{2}):?(\d{2})["']?$/m, 'date: $1T$2$3:$4'));
  }
  writeFileSync(join(site, 'src', 'posts', 'posts.json'), '{"layout":"post.njk","tags":["posts"]}');
  writeFileSync(join(site, 'src', '_includes', 'post.njk'), '<!doctype html><html><head><meta charset="utf-8"><title>{{ title }}</title></head><body><h1>{{ title }}</h1>{{ content | safe }}</body></html>');
  writeFileSync(
    join(site, 'src', 'index.njk'),
    '---\npermalink: /index.html\n---\n<ul>{% for post in collections.posts | reverse %}<li><a href="{{ post.url }}">{{ post.data.title }}</a></li>{% endfor %}</ul>',
  );
  writeFileSync(
    join(site, 'src', 'tags.njk'),
    '---\npagination:\n  data: collections\n  size: 1\n  alias: tag\n  filter: [all, posts]\npermalink: /tags/{{ tag | slugify }}/\n---\n<ul>{% for post in collections[tag] %}<li><a href="{{ post.url }}">{{ post.data.title }}</a></li>{% endfor %}</ul>',
  );
  return site;
}

beforeAll(() => {
  if (!existsSync(join(root, 'out', 'main', 'cli.js'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' });
  work = mkdtempSync(join(tmpdir(), 'postwright-site-bench-'));
  corpus = join(work, 'blog');
  writeCorpus(corpus, POSTS);
  writeFileSync(join(corpus, 'postwright-site.json'), JSON.stringify({ title: 'Bench', baseUrl: 'https://example.com/' }));
}, 600_000);

afterAll(() => {
  report(`Site export: ${POSTS.toLocaleString('en')} posts, Postwright vs Hugo vs Eleventy`, rows, notes);
  rmSync(work, { recursive: true, force: true });
});

describe('site export', () => {
  it('builds the whole blog: Postwright, Hugo, Eleventy, interleaved', () => {
    const hugo = setUpHugo();
    if (!hugo) notes.push('Hugo is not installed (apt-get install -y hugo): its row is missing.');
    const eleventy = setUpEleventy();
    const cli = join(root, 'out', 'main', 'cli.js');
    const tools: { name: string; run: () => { ms: number; rssMiB: number; cpuMs: number; output: string } }[] = [
      { name: 'Postwright (CLI, --clean)', // Exit 1 expected: the corpus links images it does not ship, and each is reported.
      run: () => timed(process.execPath, [cli, 'export', 'blog', '--out', 'pw-site', '--clean'], work, [0, 1]) },
    ];
    // Another build of Postwright (e.g. a worktree of the commit before a change), run interleaved
    // with this one: a before/after comparison under the same load.
    const baseline = process.env.POSTWRIGHT_BENCH_BASELINE_CLI;
    if (baseline) {
      if (!existsSync(baseline)) throw new Error(`POSTWRIGHT_BENCH_BASELINE_CLI: ${baseline} does not exist (build that checkout first).`);
      tools.push({ name: 'Postwright baseline build', run: () => timed(process.execPath, [baseline, 'export', 'blog', '--out', 'pw-baseline-site', '--clean'], work, [0, 1]) });
      notes.push(`Baseline build: ${baseline}`);
    }
    if (hugo) tools.push({ name: `Hugo ${execFileSync('hugo', ['version'], { encoding: 'utf8' }).split(' ')[1]?.split('-')[0] ?? ''}`, run: () => timed('hugo', ['--quiet', '-d', join(work, 'hugo-out'), '--cleanDestinationDir'], hugo) });
    if (eleventy) tools.push({ name: 'Eleventy 3.1.8', run: () => timed(process.execPath, ['node_modules/@11ty/eleventy/cmd.cjs', '--quiet', '--input=src', '--output=_site'], eleventy) });
    const samples = new Map<string, { ms: number[]; rss: number[]; cpu: number[] }>(tools.map((t) => [t.name, { ms: [], rss: [], cpu: [] }]));
    for (const tool of tools) tool.run(); // warm-up: page cache, JIT caches
    for (let i = 0; i < RUNS; i++) {
      for (const tool of tools) {
        const result = tool.run();
        samples.get(tool.name)!.ms.push(result.ms);
        samples.get(tool.name)!.rss.push(result.rssMiB);
        samples.get(tool.name)!.cpu.push(result.cpuMs);
      }
    }
    const pages = readdirSync(join(work, 'pw-site')).filter((name) => statSync(join(work, 'pw-site', name)).isDirectory() && name !== 'tags' && name !== 'media').length;
    expect(pages).toBeGreaterThan(POSTS * 0.85);
    const medianOf = (name: string) => stats(samples.get(name)!.ms).median;
    const ours = medianOf(tools[0]!.name);
    for (const tool of tools) {
      const s = samples.get(tool.name)!;
      const ratio = medianOf(tool.name) / ours;
      rows.push({
        section: 'site',
        name: tool.name,
        stats: stats(s.ms),
        note:
          `peak RSS ${Math.max(...s.rss).toFixed(0)} MiB; CPU ${(stats(s.cpu).median / 1000).toFixed(2)} s median` +
          (tool === tools[0] ? `; ${pages} post pages` : `; ${ratio.toFixed(2)}× Postwright's median time`),
      });
    }
  }, 1_800_000);

  it('re-exports after editing one post (in process, warm: the app case)', async () => {
    const out = join(work, 'pw-incremental');
    const generator = 'Postwright bench';
    await exportSite({ folder: corpus, out, generator });
    const post = readdirSync(join(corpus, 'posts'), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.md'))!;
    const path = join(corpus, 'posts', post);
    const samples: number[] = [];
    const cpu: number[] = [];
    let written = 0;
    for (let i = 0; i < scale(7, 3); i++) {
      writeFileSync(path, `${readFileSync(path, 'utf8')}\nEdited ${i}.\n`);
      utimesSync(path, new Date(), new Date(Date.now() + (i + 1) * 1000));
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const result = await exportSite({ folder: corpus, out, generator });
      samples.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      written = result.written.length;
    }
    expect(written).toBeLessThan(50);
    rows.push({ section: 'site', name: 'incremental: one post edited', stats: stats(samples), note: `${written} files rewritten of a ${POSTS}-post site; CPU ${stats(cpu).median.toFixed(0)} ms median (all threads)` });
  }, 600_000);
});
