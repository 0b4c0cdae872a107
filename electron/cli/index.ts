import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAppServices } from '../services/create-app-services';
import { startHttpHost } from '../serve/http-host';
import { userDataDir } from './user-data-dir';

/** The project root: this file is built to out/main/cli.js. */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const USAGE = `Usage: postwright serve [folder] [--port <n>]

  serve   Serve the Postwright editor for a posts folder on http://127.0.0.1 and print its URL.
          Without a folder, opens the one used last (or the sample blog).
          --port  port to listen on (default: a free one)`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, folder] = positionals;
  if (values.help || command !== 'serve') {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`postwright: --port must be a number from 0 to 65535, not “${values.port}”.`);
    return 2;
  }
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  let api;
  // The host starts after the services; watcher events before it listens have no page to go to.
  let host: Awaited<ReturnType<typeof startHttpHost>> | null = null;
  try {
    api = await createAppServices({
      userDataDir: userDataDir(),
      sampleBlogSource: join(root, 'assets', 'sample-blog'),
      dialogs: null,
      transport: 'http',
      version,
      platform: process.platform,
      publish: (name, payload) => host?.events.publish(name, payload),
      ...(folder === undefined ? {} : { folder: resolve(folder) }),
    });
  } catch (error) {
    console.error(`postwright: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  host = await startHttpHost({ api, staticDir: join(root, 'out', 'renderer'), port });
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
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error('postwright:', error);
    process.exit(1);
  },
);
