import { isAbsolute } from 'node:path';
import type { PostwrightApi } from '../../shared/api/contract';
import { ApiFailure } from '../../shared/api/result';
import type { AppInfo, ExportRequest, ThemeSource } from '../../shared/api/types';
import { guard } from './api-guard';
import { toApiFailure } from './library/fs-errors';
import { copyLocalImages } from './export/embed-images';
import { renderPostDocument, writeExport } from './export/export-post';
import { forPrint } from './export/pdf-options';
import type { HostDialogs, PdfPrinter } from './host-dialogs';
import { resolvePostPath } from './library/post-path';
import type { PostsLibrary } from './library/posts-library';
import { withRecentFolder, type SettingsStore } from './settings/settings-store';
import type { FolderGrants } from './folder-grants';
import type { EditJournal } from './journal/edit-journal';
import { postIdSegments } from './library/post-path';
import type { RecoverableEdit } from '../../shared/api/types';
import { completeFolder, expandHome } from './folder-completion';
import { SiteExportRunner } from './export/site/site-export-runner';
import type { HostEventPublisher } from './watch/open-folder-watch';

export interface ApiDependencies {
  readonly library: PostsLibrary;
  /**
   * Which folders `folder.open(path)` may open. Over HTTP the caller holds the token, so any.
   * In Electron the page could be compromised by what it renders, so only folders the user chose:
   * picked in the native dialog, opened before (recent), or named at launch (see FolderGrants).
   */
  readonly grants?: FolderGrants;
  readonly settings: SettingsStore;
  /** Unsaved edits kept for crash recovery; absent in tests that do not need it. */
  readonly journal?: EditJournal;
  /** Null where the host has no native dialogs (HTTP). */
  readonly dialogs: HostDialogs | null;
  readonly info: Omit<AppInfo, 'nativeDialogs'>;
  /** Prints export HTML to PDF; absent where there is no Electron (serve, tests). */
  readonly printPdf?: PdfPrinter;
  /** Follows the open folder for outside changes (host events); absent in tests that do not need it. */
  readonly watch?: { follow(root: string): Promise<void> };
  /** The desktop shell's close handshake (electron/main/close-handshake.ts); absent over HTTP. */
  readonly closeAnswers?: CloseAnswers;
  /** Makes the host's own drawing (menus, dialogs, title bar) follow the theme; absent over HTTP. */
  readonly nativeTheme?: (theme: ThemeSource) => void;
  /** Where host events go (site export progress); absent in tests that do not need it. */
  readonly publish?: HostEventPublisher;
  /** Runs site exports; a default one publishing to `publish` when absent (tests pass their own). */
  readonly siteExports?: SiteExportRunner;
}

/** Where the page's answer to a close request goes. */
export interface CloseAnswers {
  answer(request: number, proceed: boolean): void;
}

/**
 * The API implementation both transports serve. Written as one object literal typed by the
 * contract, so a method missing here is a compile error.
 */
export function createApi({ library, settings, journal, grants, dialogs, info, closeAnswers, printPdf, watch, publish, siteExports, nativeTheme }: ApiDependencies): PostwrightApi {
  const generator = `Postwright ${info.version}`;
  const siteRunner = siteExports ?? new SiteExportRunner(publish);

  const openAndRemember = async (path: string) => {
    const opened = await library.open(path);
    grants?.grant(opened.path);
    // Not awaited: the watcher's first scan of a large folder must not hold up opening it.
    void watch?.follow(opened.path).catch((error: unknown) => console.warn('[postwright] cannot watch the folder for outside changes:', error));
    const { recentFolders, blockRemoteContent, copyExportImages } = await settings.load();
    library.setExportImages(copyExportImages.includes(opened.path) ? 'copy' : 'embed');
    const folder = library.setRemoteContent(blockRemoteContent.includes(opened.path) ? 'block' : 'https');
    await settings.update({ lastFolder: folder.path, recentFolders: withRecentFolder(recentFolders, folder.path) }).catch((error: unknown) => {
      console.warn('[postwright] could not remember the last folder:', error);
    });
    return folder;
  };

  const renderExport = async (request: ExportRequest, embedImages = true) => {
    if (typeof request?.text !== 'string') throw new ApiFailure('INVALID', 'An export needs the post id and text.');
    const { id, text } = request;
    const folder = library.folder;
    if (folder === null) throw new ApiFailure('NO_FOLDER', 'No posts folder is open.');
    const postPath = await resolvePostPath(folder.path, id); // the id must name a post inside the folder
    return { ...(await renderPostDocument(id, text, generator, folder.remoteContent, { folder: folder.path, postPath, embedImages })), folder: folder.path, postPath };
  };

  /** Copies the export's local images into `<name>_files` beside it; a write failure is the writer's to see. */
  const copyImagesBeside = async (html: string, folder: string, postPath: string, htmlPath: string): Promise<string> => {
    try {
      return (await copyLocalImages(html, folder, postPath, htmlPath)).html;
    } catch (error) {
      throw toApiFailure(error, `copy the images beside “${htmlPath}”`);
    }
  };

  const openFolderPath = (): string => {
    const folder = library.folder;
    if (folder === null) throw new ApiFailure('NO_FOLDER', 'No posts folder is open.');
    return folder.path;
  };

  const saveAndClearJournal: PostwrightApi['posts']['save'] = async (request) => {
    const saved = await guard(`save “${String(request?.id)}”`, () => library.save(request));
    // A clean save makes the journal entry history; a failure to clear it only costs a stale offer.
    if (saved.ok && journal && library.folder) await journal.discard(library.folder.path, request.id).catch(() => {});
    return saved;
  };

  const recoverable = async (): Promise<RecoverableEdit[]> => {
    if (!journal) return [];
    const entries = await journal.entries(openFolderPath());
    return Promise.all(
      entries.map(async (entry) => {
        const onDisk = await library.read(entry.id).then((post) => post.version, () => null);
        return { ...entry, changedOnDisk: onDisk !== entry.baseVersion };
      }),
    );
  };

  const requireDialogs = (): HostDialogs => {
    if (dialogs === null) throw new ApiFailure('UNSUPPORTED', 'This window cannot show native dialogs.');
    return dialogs;
  };

  return {
    posts: {
      list: () => guard('list the posts', () => library.list()),
      listPage: (request) => guard('list the posts', () => library.listPage(request)),
      read: (id) => guard(`open “${String(id)}”`, () => library.read(id)),
      save: saveAndClearJournal,
      create: (request) => guard('create the post', () => library.create(request)),
      setField: (request) => guard(`change “${String(request?.key)}” of “${String(request?.id)}”`, () => library.setField(request)),
      search: (request) => guard('search the posts', () => library.search(request)),
      rename: (request) => guard(`rename “${String(request?.id)}”`, () => library.rename(request)),
      duplicate: (id) => guard(`copy “${String(id)}”`, () => library.duplicate(id)),
      trash: (id) => guard(`move “${String(id)}” to the trash`, () => library.trash(id)),
      restore: (trashId) => guard('restore the post', () => library.restore(trashId)),
      saveImage: (request) => guard(`save the image “${String(request?.fileName)}”`, () => library.saveImage(request)),
    },
    folder: {
      current: () => guard('read the open folder', async () => library.folder),
      open: (path) =>
        guard(`open “${String(path)}”`, async () => {
          // `~/blog` as a shell would read it: the path field of serve's dialog accepts it.
          const expanded = grants === undefined ? expandHome(path) : path;
          if (grants !== undefined && !(await grants.allows(path, (await settings.load()).recentFolders))) {
            throw new ApiFailure('FORBIDDEN', `Postwright opens only folders you chose: use File ▸ Open Folder… to open “${path}”.`);
          }
          return openAndRemember(expanded);
        }),
      complete: (partial) =>
        guard('complete the folder path', async () => {
          const { recentFolders } = await settings.load();
          // The desktop app opens only folders the user chose in the native dialog, so its page
          // (which renders untrusted Markdown) is not shown the disk's folder names either.
          if (grants !== undefined) return { expanded: partial, folders: [], recent: recentFolders };
          return { ...(await completeFolder(partial)), recent: recentFolders };
        }),
      setExportImages: (mode) =>
        guard('change how exports carry images', async () => {
          const folder = library.setExportImages(mode);
          const others = (await settings.load()).copyExportImages.filter((path) => path !== folder.path);
          await settings.update({ copyExportImages: mode === 'copy' ? [...others, folder.path] : others });
          return folder;
        }),
      setRemoteContent: (policy) =>
        guard('change what posts may load', async () => {
          const folder = library.setRemoteContent(policy);
          const others = (await settings.load()).blockRemoteContent.filter((path) => path !== folder.path);
          await settings.update({ blockRemoteContent: policy === 'block' ? [...others, folder.path] : others });
          return folder;
        }),
      pick: () =>
        guard('open a folder', async () => {
          const path = await requireDialogs().pickFolder();
          return path === null ? null : openAndRemember(path);
        }),
    },
    export: {
      render: (request) =>
        guard('export the post', async () => {
          const { fileName, html } = await renderExport(request);
          return { fileName, html };
        }),
      save: (request) =>
        guard('export the post', async () => {
          const pick = requireDialogs();
          const copyImages = library.folder?.exportImages === 'copy';
          const rendered = await renderExport(request, !copyImages);
          const path = await pick.pickSavePath(rendered.fileName);
          if (path === null) return { path: null };
          const html = copyImages ? await copyImagesBeside(rendered.html, rendered.folder, rendered.postPath, path) : rendered.html;
          await writeExport(path, html);
          return { path };
        }),
      savePdf: (request) =>
        guard('export the post as PDF', async () => {
          if (!printPdf || !dialogs) {
            throw new ApiFailure(
              'UNSUPPORTED',
              'PDF export needs the Postwright desktop app. Here, export to HTML, open the file in your browser and choose Print ▸ Save as PDF.',
            );
          }
          const rendered = await renderExport(request);
          const path = await dialogs.pickSavePath(rendered.fileName.replace(/\.html$/, '.pdf'), 'pdf');
          if (path === null) return { path: null };
          await writeExport(path, Buffer.from(await printPdf(forPrint(rendered.html))));
          return { path };
        }),
      site: (request) =>
        guard('export the site', async () => {
          const folder = library.folder;
          if (folder === null) throw new ApiFailure('NO_FOLDER', 'No posts folder is open.');
          // The desktop page renders untrusted Markdown: it may not name a folder to write into.
          if (grants !== undefined && request.out !== null) throw new ApiFailure('FORBIDDEN', 'Choose the output folder in the folder dialog.');
          const claim = siteRunner.claim(); // before the picker, so a second export is refused at once
          let out: string | null;
          try {
            out = request.out === null ? await requireDialogs().pickFolder('export-site') : expandHome(request.out.trim());
          } catch (error) {
            siteRunner.release(claim);
            throw error;
          }
          if (out === null || !isAbsolute(out)) {
            siteRunner.release(claim);
            if (out !== null) throw new ApiFailure('INVALID', 'Type the full path of the folder to export the site into (“~/” is your home folder).');
            return null;
          }
          return siteRunner.run(claim, {
            folder: folder.path,
            out,
            drafts: request.drafts,
            clean: request.clean,
            style: request.flat ? 'flat' : 'pretty',
            remoteContent: folder.remoteContent,
            generator,
          });
        }),
      cancelSite: () => guard('cancel the site export', async () => siteRunner.cancel()),
    },
    journal: {
      record: (entry) =>
        guard('keep your unsaved text', async () => {
          postIdSegments(entry.id);
          await journal?.record(openFolderPath(), entry);
          return null;
        }),
      discard: (id) =>
        guard('forget the unsaved text', async () => {
          await journal?.discard(openFolderPath(), id);
          return null;
        }),
      recoverable: () => guard('look for unsaved text', recoverable),
    },
    app: {
      info: () => guard('read the app info', async () => ({ ...info, nativeDialogs: dialogs !== null })),
      answerClose: (request, proceed) =>
        guard('answer the close request', async () => {
          if (closeAnswers === undefined) throw new ApiFailure('UNSUPPORTED', 'Only the desktop app asks before closing.');
          closeAnswers.answer(request, proceed);
          return null;
        }),
      setTheme: (theme) =>
        guard('follow the theme', async () => {
          nativeTheme?.(theme);
          return null;
        }),
    },
  };
}
