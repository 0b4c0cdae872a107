import { IMAGE_UPLOAD_TYPES, MAX_IMAGE_BYTES, isImageUploadType } from '../../shared/posts/image-types';
import { defaultAltText, imageMarkdown } from '../../shared/posts/image-placement';
import { insertImageMarkdown } from '../editor/extensions/image-drop';
import type { FlowDeps } from './flow-deps';

const ACCEPTED = IMAGE_UPLOAD_TYPES.map((type) => type.slice('image/'.length).toUpperCase()).join(', ');

/**
 * Images pasted or dropped into the editor (editor/extensions/image-drop.ts): for each, ask for
 * its alt text, copy it into the site (posts.saveImage decides where and names it), then insert
 * all of them as one undoable edit of the post they were dropped on. Cancelling the alt text
 * copies and inserts nothing; a refusal (too large, not an image) says why and keeps what was
 * inserted before it.
 */
export function createImagePasteFlow({ api, notices, prompts, workspace }: FlowDeps, { focusEditor }: { focusEditor: () => void }) {
  return async function insertImages(files: readonly File[], at: number | null): Promise<void> {
    const document = workspace.active;
    if (document === null || prompts.busy()) return;
    const markdown: string[] = [];
    const saved: string[] = [];
    for (const file of files) {
      const problem = !isImageUploadType(file.type)
        ? `“${file.name}” is not an image Postwright copies into a site (${ACCEPTED}; SVG can carry scripts, so copy it in yourself).`
        : file.size > MAX_IMAGE_BYTES
          ? `“${file.name}” is over ${MAX_IMAGE_BYTES / 1024 / 1024} MB; make it smaller first.`
          : null;
      if (problem !== null) {
        notices.showAlert(problem);
        continue;
      }
      const alt = await prompts.askImageAlt(file.name || 'pasted image', defaultAltText(file.name));
      if (alt === null) break;
      const result = await api.posts.saveImage({
        postId: document.path,
        fileName: file.name,
        mimeType: file.type as (typeof IMAGE_UPLOAD_TYPES)[number],
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      if (!result.ok) {
        notices.showAlert(`The image “${file.name}” was not copied: ${result.error.message}`);
        continue;
      }
      markdown.push(imageMarkdown(alt, result.value.url));
      saved.push(result.value.path);
    }
    // The post may have been closed while the dialog was open: the files stay, nothing is inserted.
    const target = workspace.get(document.id);
    if (markdown.length > 0 && target !== undefined) {
      workspace.update(target.id, insertImageMarkdown(target.state, markdown, at));
      notices.showNotice(saved.length === 1 ? `Image copied to ${saved[0]}` : `${saved.length} images copied to ${saved[0]!.replace(/[^/]*$/, '')}`);
    }
    focusEditor();
  };
}
