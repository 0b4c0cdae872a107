import { realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PostwrightApi } from '../../shared/api/contract';
import type { ThemeSource } from '../../shared/api/types';
import { createApi, type CloseAnswers } from './create-api';
import { FolderGrants } from './folder-grants';
import { EditJournal } from './journal/edit-journal';
import type { HostDialogs, PdfPrinter } from './host-dialogs';
import type { OsTrash } from './library/post-file-ops';
import { PostsLibrary } from './library/posts-library';
import { ensureSampleBlog, sampleBlogPath } from './sample-blog';
import { SettingsStore } from './settings/settings-store';
import { OpenFolderWatch, type HostEventPublisher } from './watch/open-folder-watch';
import { warmExportPipeline } from './export/warm-export';

export type { HostDialogs, PdfPrinter } from './host-dialogs';

export interface AppServicesOptions {
  /** Where settings.json and the sample blog live. */
  readonly userDataDir: string;
  /** The shipped sample posts (assets/sample-blog), copied on first launch. */
  readonly sampleBlogSource: string;
  readonly dialogs: HostDialogs | null;
  /** Export to PDF (the desktop app's printToPDF); absent in serve. */
  readonly printPdf?: PdfPrinter;
  readonly transport: 'electron' | 'http';
  readonly version: string;
  readonly platform: string;
  /** Open this folder instead of the remembered (or sample) one. */
  readonly folder?: string;
  /**
   * 'chosen' (the desktop app): `folder.open` accepts only folders the user chose (FolderGrants).
   * 'any' (serve, whose user holds the token and types paths in the page): every folder.
   */
  readonly folderAccess?: 'chosen' | 'any';
  /** The OS trash (Electron's shell.trashItem); without it, trashed posts go to the site's .postwright-trash/. */
  readonly osTrash?: OsTrash;
  /**
   * The desktop shell's folder grants, when it must grant folders itself (a second launch or a file
   * association names one, Open Recent); with folderAccess 'chosen' and none given, a private set.
   */
  readonly grants?: FolderGrants;
  /** Where host events go (the folder watcher's); without it the folder is not watched. */
  readonly publish?: HostEventPublisher;
  /** Warm the export pipeline shortly after launch (warm-export.ts): the app and `serve`, not tests. */
  readonly warmExport?: boolean;
  /** Where the page's answers to close requests go (the desktop shell); absent over HTTP. */
  readonly closeAnswers?: CloseAnswers;
  /** Electron's nativeTheme.themeSource, set from the writer's theme choice; absent over HTTP. */
  readonly nativeTheme?: (theme: ThemeSource) => void;
}

/**
 * Everything the host serves, ready to use: the folder given, else the one opened last, else
 * the sample blog (created on first launch), so the app never starts empty-handed.
 */
export async function createAppServices(options: AppServicesOptions): Promise<PostwrightApi> {
  const settings = new SettingsStore(options.userDataDir);
  const sample = sampleBlogPath(options.userDataDir);
  // The library compares real paths: resolve the sample's too (user-data may sit behind a symlink, as /var does on macOS).
  const library = new PostsLibrary((realPath) => realPath === sample || realPath === realpathOrSelf(sample), {
    ...(options.osTrash ? { osTrash: options.osTrash } : {}),
    listingCache: { dir: join(options.userDataDir, 'listing-cache'), tag: options.version },
    // The page lists again on `folder-changed` (host-event-flow.ts): a cached first answer gone stale is replaced.
    onListingRevised: () => {
      if (library.folder !== null) options.publish?.('folder-changed', { folder: library.folder });
    },
  });
  const grants = options.folderAccess === 'chosen' ? (options.grants ?? new FolderGrants()) : undefined;
  const api = createApi({
    library,
    settings,
    journal: new EditJournal(join(options.userDataDir, 'journal')),
    ...(grants ? { grants } : {}),
    dialogs: options.dialogs,
    ...(options.printPdf ? { printPdf: options.printPdf } : {}),
    info: { version: options.version, transport: options.transport, platform: options.platform },
    ...(options.closeAnswers ? { closeAnswers: options.closeAnswers } : {}),
    ...(options.nativeTheme ? { nativeTheme: options.nativeTheme } : {}),
    ...(options.publish ? { watch: new OpenFolderWatch(library, options.publish), publish: options.publish } : {}),
  });

  const isFolder = (path: string) => stat(path).then((info) => info.isDirectory(), () => false);
  const remembered = (await settings.load()).lastFolder;
  const startFolder =
    options.folder ?? (remembered !== null && (await isFolder(remembered)) ? remembered : await ensureSampleBlog(options.userDataDir, options.sampleBlogSource));
  // The folder the app starts on was named at launch, remembered or made by us: chosen already.
  grants?.grant(await realpath(startFolder).catch(() => startFolder));
  const opened = await api.folder.open(startFolder);
  if (!opened.ok) throw new Error(opened.error.message);
  if (options.warmExport) warmExportPipeline();
  return api;
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
