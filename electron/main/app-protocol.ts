import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { FOLDER_IMAGE_POLICY } from '../services/folder-files';
import { APP_SCHEME, resolveProtocolRequest } from './protocol-files';

/**
 * The app:// protocol: the renderer's page and assets, and the open folder's images, from the
 * paths protocol-files.ts allows. Every response carries its CSP as a header.
 */

/** Must run before `ready`: a standard, secure scheme gets an origin, relative URLs and fetch(). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}


export interface AppProtocolOptions {
  /** The built renderer, or null under the dev server (which serves it instead). */
  readonly rendererDir: string | null;
  /** The open folder's path, or null; asked per image request, so a folder switch applies at once. */
  readonly currentFolder: () => Promise<string | null>;
  /** The renderer's Content-Security-Policy. */
  readonly contentSecurityPolicy: string;
}

export function serveAppProtocol(session: Session, options: AppProtocolOptions): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
    const target = await resolveProtocolRequest(request.url, {
      rendererDir: options.rendererDir,
      folder: await options.currentFolder().catch(() => null),
    });
    if (target.kind === 'refused') return plain(target.status, target.reason);
    let body: Buffer;
    try {
      body = await readFile(target.path);
    } catch {
      return plain(404, 'no such file');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': target.mimeType,
        'Content-Security-Policy': target.source === 'renderer' ? options.contentSecurityPolicy : FOLDER_IMAGE_POLICY,
        'X-Content-Type-Options': 'nosniff',
        // Folder images change while the user works on them; the renderer's files change with the app.
        'Cache-Control': 'no-cache',
      },
    });
  });
}

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}
