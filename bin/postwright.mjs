#!/usr/bin/env node
// The `postwright` command (package.json `bin`): runs the built CLI, plain Node, no Electron.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  console.error('postwright: the CLI is not built yet. Run "npm run build" in the Postwright folder first.');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
