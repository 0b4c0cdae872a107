import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'rolldown';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureBlog, tempFolder } from '../testing/temp-folder';
import { PostsLibrary } from './posts-library';
import { isTempName } from './temp-files';

/**
 * kill -9 in the middle of saves: a child process saves a 1 MB post over and over (through the
 * real PostsLibrary, bundled for plain Node) and is killed at a random moment spread over whole
 * saves. Every trial must leave the post exactly as one of the versions written, never empty or
 * torn, and no temp file may ever be listed as a post.
 */

const TRIALS = 200;
const MB = 1024 * 1024;
const versions = ['A', 'B', 'C'].map((letter) => `---\ntitle: Version ${letter}\n---\n${letter.repeat(MB)}\n`);
let childScript = '';

beforeAll(async () => {
  const dir = await tempFolder('postwright-durability-');
  const entry = join(dir, 'saver.ts');
  await writeFile(
    entry,
    `import { PostsLibrary } from ${JSON.stringify(join(import.meta.dirname, 'posts-library'))};
     const folder = process.argv[2];
     const texts = ['A', 'B', 'C'].map((letter) => \`---\\ntitle: Version \${letter}\\n---\\n\${letter.repeat(${MB})}\\n\`);
     const library = new PostsLibrary();
     await library.open(folder);
     process.stdout.write('ready\\n');
     for (let i = 0; ; i++) {
       await library.save({ id: 'big.md', text: texts[i % texts.length], bom: false, baseVersion: null, overwrite: true });
     }`,
  );
  childScript = join(dir, 'saver.mjs');
  // ES module builds first: jsonc-parser's UMD `main` requires its own files at run time, which a
  // one-file bundle cannot hold (the app itself does not bundle dependencies).
  await build({ input: entry, platform: 'node', resolve: { mainFields: ['module', 'main'] }, output: { file: childScript, format: 'esm' }, logLevel: 'silent' });
}, 60_000);

describe('a process killed mid-save', () => {
  it(`leaves the post exactly old or new in ${TRIALS} kill -9 trials, and no temp file listed`, async () => {
    const folder = await fixtureBlog();
    const path = join(folder, 'big.md');
    await writeFile(path, versions[0]!);
    const outcomes = new Map<string, number>();
    for (let trial = 0; trial < TRIALS; trial++) {
      const child = spawn(process.execPath, [childScript, folder], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
      // A 1 MB save takes 10–120 ms here: kill anywhere over the first few saves.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 150));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      const text = await readFile(path, 'utf8');
      const which = versions.indexOf(text);
      const outcome = which < 0 ? `torn (${text.length} chars)` : `version ${'ABC'[which]}`;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    console.log(`kill -9 during 1 MB saves, ${TRIALS} trials:`, Object.fromEntries(outcomes));
    expect([...outcomes.keys()].filter((o) => o.startsWith('torn'))).toEqual([]);
    const library = new PostsLibrary();
    await library.open(folder);
    const listed = await library.list();
    expect([...listed.posts, ...listed.skipped].map((p) => p.id).filter((id) => isTempName(id.split('/').pop()!))).toEqual([]);
    expect(listed.posts.map((p) => p.id)).toContain('big.md');
  }, 300_000);
});
