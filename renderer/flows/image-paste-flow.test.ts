import { describe, expect, it, vi } from 'vitest';
import type { PostwrightApi, SaveImageRequest } from '../../shared/api';
import { createDialogPrompts } from '../dialogs/dialog-prompts';
import { createAppStore } from '../state/app-store';
import { createNotices } from '../state/notices';
import { documentText } from '../workspace/document-state';
import { ok } from '../workspace/test-api';
import { Workspace } from '../workspace/workspace';
import type { DocumentService } from '../workspace/document-service';
import { createImagePasteFlow } from './image-paste-flow';

const PNG_BYTES = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const png = (name: string) => new File([new Uint8Array(PNG_BYTES)], name, { type: 'image/png' });

function setup(saveImage = vi.fn(async (request: SaveImageRequest) => ok({ path: `static/images/${request.fileName.toLowerCase()}`, url: `/images/${request.fileName.toLowerCase()}` }))) {
  const store = createAppStore();
  const notices = createNotices(store);
  const prompts = createDialogPrompts(store);
  const workspace = new Workspace([]);
  const document = workspace.open({ id: 'content/a.md', text: '---\ntitle: A\n---\nBody', bom: false, version: 'v1' });
  workspace.activate(document.id);
  const api = { posts: { saveImage } } as unknown as PostwrightApi;
  const focusEditor = vi.fn();
  const insertImages = createImagePasteFlow({ api, store, notices, prompts, workspace, documents: {} as DocumentService }, { focusEditor });
  /** Waits until the alt dialog shows, then answers it. */
  const answerAlt = async (answer: string | null) => {
    await vi.waitFor(() => expect(store.getState().dialog?.kind).toBe('image-alt'));
    if (answer === null) prompts.close();
    else prompts.answer({ text: answer });
  };
  const text = () => documentText(workspace.get(document.id)!.state);
  return { store, saveImage, insertImages, answerAlt, text, focusEditor };
}

describe('pasting an image', () => {
  it('asks for alt text offered from the file name, saves the bytes for the active post, inserts the link', async () => {
    const { store, saveImage, insertImages, answerAlt, text, focusEditor } = setup();
    const done = insertImages([png('Cat.png')], null);
    await vi.waitFor(() => expect(store.getState().dialog).toEqual({ kind: 'image-alt', fileName: 'Cat.png', alt: 'Cat' }));
    await answerAlt('A cat');
    await done;
    expect(saveImage).toHaveBeenCalledWith({ postId: 'content/a.md', fileName: 'Cat.png', mimeType: 'image/png', bytes: new Uint8Array(PNG_BYTES) });
    expect(text()).toBe('---\ntitle: A\n---\n![A cat](/images/cat.png)\nBody');
    expect(store.getState().notice).toBe('Image copied to static/images/cat.png');
    expect(focusEditor).toHaveBeenCalled();
  });

  it('cancelling the alt text saves and inserts nothing', async () => {
    const { saveImage, insertImages, answerAlt, text } = setup();
    const done = insertImages([png('Cat.png')], null);
    await answerAlt(null);
    await done;
    expect(saveImage).not.toHaveBeenCalled();
    expect(text()).toBe('---\ntitle: A\n---\nBody');
  });

  it('refuses an SVG or an oversized file without asking, and says why', async () => {
    const { store, saveImage, insertImages } = setup();
    await insertImages([new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' })], null);
    expect(store.getState().alert).toContain('SVG can carry scripts');
    const huge = png('big.png');
    Object.defineProperty(huge, 'size', { value: 21 * 1024 * 1024 });
    await insertImages([huge], null);
    expect(store.getState().alert).toContain('over 20 MB');
    expect(saveImage).not.toHaveBeenCalled();
  });

  it('a host refusal is shown and nothing is inserted for that image', async () => {
    const { store, insertImages, answerAlt, text } = setup(vi.fn(async () => ({ ok: false as const, error: { code: 'INVALID' as const, message: 'That is not a PNG.' } })));
    const done = insertImages([png('fake.png')], null);
    await answerAlt('x');
    await done;
    expect(store.getState().alert).toContain('That is not a PNG.');
    expect(text()).toBe('---\ntitle: A\n---\nBody');
  });
});
