import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isPostFileName } from '../../shared/posts/post-file';
import { decodePost } from '../services/library/decode-post';
import { renderPostExport, writeExport } from '../services/export/export-post';
import { exportSite, ExportRefused, type ExportProblem } from '../services/export/site/export-site';
import { EXPORT_USAGE } from './cli-usage';

export interface CliIo {
  readonly cwd: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Set when stderr is a terminal: progress is drawn on one line. */
  readonly progress?: (text: string) => void;
}

/** `postwright export …`: returns the exit code (0 ok, 1 bad input somewhere, 2 usage). */
export async function exportCommand(argv: string[], io: CliIo, generator: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        drafts: { type: 'boolean' },
        clean: { type: 'boolean' },
        flat: { type: 'boolean' },
        'block-remote': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`postwright export: ${(error as Error).message}\n\n${EXPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(EXPORT_USAGE);
    return 0;
  }
  if (positionals.length !== 1 || !values.out) {
    io.err(`postwright export: ${positionals.length !== 1 ? 'give one folder or post to export' : '--out is required'}.\n\n${EXPORT_USAGE}`);
    return 2;
  }
  const input = resolve(io.cwd, positionals[0]!);
  const out = resolve(io.cwd, values.out);
  const shown = (path: string) => relative(io.cwd, path) || '.';
  const policy = values['block-remote'] ? 'block' : 'https';
  const info = await stat(input).catch(() => null);
  if (!info) {
    io.err(`postwright: ${shown(input)}: no such file or folder.`);
    return 1;
  }
  if (info.isFile()) {
    if (values.drafts || values.clean || values.flat) {
      io.err('postwright export: --drafts, --clean and --flat apply to a folder, not one post.');
      return 2;
    }
    if (!isPostFileName(input)) {
      io.err(`postwright: ${shown(input)}: not a Markdown post (.md or .markdown).`);
      return 1;
    }
    return exportOnePost(input, out, policy, io, shown, generator);
  }
  try {
    const result = await exportSite({
      folder: input,
      out,
      drafts: values.drafts === true,
      clean: values.clean === true,
      style: values.flat ? 'flat' : 'pretty',
      remoteContent: policy,
      generator,
      ...(io.progress ? { onProgress: ({ done, total, phase }) => io.progress!(`${phase === 'posts' ? 'Reading' : 'Rendering'} ${done}/${total}`) } : {}),
    });
    io.progress?.('');
    for (const problem of result.problems) io.err(problemLine(problem, input, result.out, shown));
    if (result.settingsCreated) io.out(`Created ${shown(join(input, result.settingsSource))} with default site settings: set your title, author and base URL there.`);
    io.out(
      `Exported ${result.posts} post${result.posts === 1 ? '' : 's'} and ${result.tags} tag${result.tags === 1 ? '' : 's'} to ${shown(result.out)}: ` +
        `${result.written.length} file${result.written.length === 1 ? '' : 's'} written, ${result.imagesCopied} image${result.imagesCopied === 1 ? '' : 's'} copied, ${result.deleted.length} removed` +
        `${result.problems.length ? `, ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} (listed above)` : ''}.`,
    );
    return result.problems.length ? 1 : 0;
  } catch (error) {
    io.progress?.('');
    io.err(`postwright: ${error instanceof ExportRefused ? error.message : `export failed: ${(error as Error).message}`}`);
    return 1;
  }
}

/** `file:line: message`, the file relative to the current directory. */
function problemLine(problem: ExportProblem, folder: string, out: string, shown: (path: string) => string): string {
  const path = shown(join(problem.in === 'output' ? out : folder, ...problem.file.split('/')));
  return `${path}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}

async function exportOnePost(input: string, out: string, policy: 'https' | 'block', io: CliIo, shown: (path: string) => string, generator: string): Promise<number> {
  let text: string;
  try {
    text = decodePost(await readFile(input), shown(input)).text;
  } catch (error) {
    io.err(`postwright: ${shown(input)}: ${(error as Error).message}`);
    return 1;
  }
  const { html, warning } = await renderPostExport(input.replace(/\\/g, '/'), text, generator, policy, { folder: dirname(input), postPath: input });
  try {
    await writeExport(out, html);
  } catch (error) {
    io.err(`postwright: ${(error as Error).message}`);
    return 1;
  }
  if (warning) io.err(`${shown(input)}:${warning.line}: ${warning.message}`);
  io.out(`Exported ${shown(input)} to ${shown(out)}.`);
  return warning ? 1 : 0;
}
