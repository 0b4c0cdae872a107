import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import rules are the architecture: prove each one refuses what it should, and lets
// through what each folder may use, by linting small snippets as if they lived in that folder.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const rules = ['no-restricted-imports', '@typescript-eslint/no-restricted-imports', 'no-restricted-syntax'];
  return result!.messages.filter((m) => rules.includes(m.ruleId ?? '')).map((m) => m.message);
}

describe('import rules (eslint.config.js)', () => {
  it.each([
    ['shared/posts/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['shared/posts/x.ts', "import path from 'path';"],
    ['shared/posts/x.ts', "import { app } from 'electron';"],
    ['shared/posts/x.ts', "import { PostsLibrary } from '../../electron/services/library/posts-library';"],
    ['shared/posts/x.ts', "import { App } from '../../renderer/app/App';"],
    ['renderer/app/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/app/x.ts', "import { readFile } from 'node:fs';"],
    ['renderer/app/x.ts', "import { createApi } from '../../electron/services/create-api';"],
    ['renderer/dialogs/x.tsx', "import type { AppServices } from '../app/create-app';"],
    ['renderer/toolbar/x.tsx', "import { App } from '../app/App';"],
    ['renderer/workspace/x.ts', "import { readFile } from 'node:fs';"],
    ['electron/services/x.ts', "import { dialog } from 'electron';"],
    ['electron/serve/x.ts', "import { shell } from 'electron';"],
    ['electron/services/x.ts', "import { createMainWindow } from '../main/main-window';"],
    ['electron/main/app-menu.ts', "import { ipcMain } from 'electron';"],
    ['electron/preload/index.ts', "import { readFile } from 'node:fs';"],
    ['electron/main/protocol-files.ts', "import { protocol } from 'electron';"],
    ['electron/main/update-policy.ts', "import { autoUpdater } from 'electron';"],
    ['electron/main/close-handshake.ts', "import { BrowserWindow } from 'electron';"],
    ['electron/main/crash-policy.ts', "import { dialog } from 'electron';"],
    ['electron/main/folder-opened-hook.ts', "import { app } from 'electron';"],
  ])('%s refuses %s', async (file, code) => {
    expect(await ruleErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/posts/x.ts', "import { parse } from 'yaml';"],
    ['renderer/app/x.ts', "import { EditorView } from '@codemirror/view';\nimport { ok } from '../../shared/api/result';"],
    ['renderer/app/x.ts', "import { Workspace } from '../workspace/workspace';\nimport { App } from './App';"],
    ['renderer/dialogs/x.tsx', "import type { AppState } from '../state/app-state';"],
    ['electron/services/x.ts', "import { readFile } from 'node:fs/promises';\nimport { ok } from '../../shared/api/result';"],
    ['electron/main/ipc-handlers.ts', "import { ipcMain } from 'electron';"],
    ['electron/main/main-window.ts', "import { BrowserWindow } from 'electron';"],
    ['electron/main/window-options.ts', "import type { BrowserWindowConstructorOptions } from 'electron';"],
  ])('%s allows %s', async (file, code) => {
    expect(await ruleErrors(file, code)).toEqual([]);
  });
});
