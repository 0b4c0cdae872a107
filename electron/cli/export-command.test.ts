import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../services/testing/temp-folder';
import { cliPaths } from './cli-paths';
import { exportCommand } from './export-command';

async function runCli(cwd: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await exportCommand(argv, { cwd, out: (l) => out.push(l), err: (l) => err.push(l) }, 'Postwright test');
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('postwright export', () => {
  it('exits 2 with the usage on a wrong command line', async () => {
    const cwd = await tempFolder();
    for (const argv of [[], ['a', 'b', '--out', 'x'], ['blog'], ['--bogus', 'blog', '--out', 'x']]) {
      const result = await runCli(cwd, ...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toContain('Usage: postwright export');
    }
    expect((await runCli(cwd, '--help')).code).toBe(0);
  });

  it('exits 1 for a missing folder, naming it relative to the current directory', async () => {
    const cwd = await tempFolder();
    const result = await runCli(cwd, 'no-such-blog', '--out', 'site');
    expect(result).toMatchObject({ code: 1, err: 'postwright: no-such-blog: no such file or folder.' });
  });

  it('exports the good posts, reports a bad one with file and line, and exits 1', async () => {
    const cwd = await tempFolder();
    await mkdir(join(cwd, 'blog'));
    await writeFile(join(cwd, 'blog', 'good.md'), '---\ntitle: Good\n---\nFine.\n');
    await writeFile(join(cwd, 'blog', 'bad.md'), '---\ntitle: Bad\ntags: [x\n---\nBody\n');
    const result = await runCli(cwd, 'blog', '--out', 'site');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^blog\/bad\.md:\d+: The YAML front matter could not be read/m);
    expect(result.out).toContain('Exported 2 posts');
    expect(await readFile(join(cwd, 'site', 'good', 'index.html'), 'utf8')).toContain('Fine.');
    expect((await runCli(cwd, 'blog', '--out', 'blog')).err).toMatch(/posts folder/);
  });

  it('exports one post to a file and exits 0', async () => {
    const cwd = await tempFolder();
    await writeFile(join(cwd, 'post.md'), '# Hi\n\n<script>x()</script>\n');
    const result = await runCli(cwd, 'post.md', '-o', 'post.html');
    expect(result.code).toBe(0);
    const html = await readFile(join(cwd, 'post.html'), 'utf8');
    expect(html).toContain('<h1 id="hi">Hi</h1>');
    expect(html).not.toContain('<script');
    expect((await runCli(cwd, 'post.md', '-o', 'p.html', '--flat')).code).toBe(2);
  });
});

describe('cliPaths', () => {
  it('finds assets in a clone and in an installed app, from the bundle folder', () => {
    const clone = cliPaths('/src/postwright/out/main', (p) => p === '/src/postwright/assets/sample-blog');
    expect(clone.sampleBlog).toBe('/src/postwright/assets/sample-blog');
    expect(clone.renderer).toBe('/src/postwright/out/renderer');
    const installed = cliPaths('/opt/Postwright/resources/app.asar/out/main', (p) => p === '/opt/Postwright/resources/sample-blog');
    expect(installed.sampleBlog).toBe('/opt/Postwright/resources/sample-blog');
    expect(installed.renderer).toBe('/opt/Postwright/resources/app.asar/out/renderer');
  });
});
