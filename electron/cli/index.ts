import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { HttpHost } from '../serve/http-host';
import { cliPaths } from './cli-paths';
import { MAIN_USAGE, SERVE_USAGE } from './cli-usage';
import { exportCommand } from './export-command';
import { userDataDir } from './user-data-dir';

/** Assets are found from this bundle (out/main/cli.js), wherever it is installed. */
const paths = cliPaths(dirname(fileURLToPath(import.meta.url)));

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? console.error : console.log)(MAIN_USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    console.log(paths.version);
    return 0;
  }
  if (command === 'export') {
    const tty = process.stderr.isTTY === true;
    return exportCommand(rest, {
      cwd: process.cwd(),
      out: (line) => console.log(line),
      err: (line) => console.error(line),
      ...(tty ? { progress: (text: string) => process.stderr.write(`\r\x1b[2K${text}`) } : {}),
    }, `Postwright ${paths.version}`);
  }
  if (command === 'serve') return serve(rest);
  console.error(`postwright: unknown command “${command}”.\n\n${MAIN_USAGE}`);
  return 2;
}

async function serve(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`postwright serve: ${(error as Error).message}\n\n${SERVE_USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (values.help) {
    console.log(SERVE_USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    console.error(`postwright serve: give at most one folder.\n\n${SERVE_USAGE}`);
    return 2;
  }
  const [folder] = positionals;
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`postwright: --port must be a number from 0 to 65535, not “${values.port}”.`);
    return 2;
  }
  // Loaded here, not at the top: `export` needs none of the app's services or the HTTP host, and
  // loading them would add to every export's start.
  const [{ createAppServices }, { startHttpHost }] = await Promise.all([import('../services/create-app-services'), import('../serve/http-host')]);
  let api;
  // The host starts after the services; watcher events before it listens have no page to go to.
  let host: HttpHost | null = null;
  try {
    api = await createAppServices({
      userDataDir: userDataDir(),
      sampleBlogSource: paths.sampleBlog,
      dialogs: null,
      transport: 'http',
      warmExport: true,
      version: paths.version,
      platform: process.platform,
      publish: (name, payload) => host?.events.publish(name, payload),
      ...(folder === undefined ? {} : { folder: resolve(folder) }),
    });
  } catch (error) {
    console.error(`postwright: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  host = await startHttpHost({ api, staticDir: paths.renderer, port });
  const opened = await api.folder.current();
  const shown = opened.ok && opened.value ? opened.value.path : '';
  console.log(`Postwright is serving ${shown}`);
  console.log(`Open ${host.url}`);
  console.log('Only this URL (with its token) is let in. Press Ctrl+C to stop.');
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1; // keep running
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error('postwright:', error);
    process.exitCode = 1;
  },
);
