import { folderImageUrl, type StaticRoot } from '../../shared/posts/folder-image-url';
import { folderImageUrlSuffix } from '../api/host-credentials';

/**
 * Points a post's images at the folder's confined image route (`/_folder/…`: Electron's app://
 * protocol, or the serve host's token-guarded route), never file://. Done on the inert template
 * before the blocks are shown, so the browser never asks for the address as written.
 */
export function pointImagesAtFolder(fragment: DocumentFragment, postPath: string, staticRoot: StaticRoot | null): void {
  for (const image of fragment.querySelectorAll('img[src]')) {
    const written = image.getAttribute('src')!;
    const url = folderImageUrl(written, postPath, staticRoot);
    if (url === null) continue;
    image.setAttribute('data-written-src', written);
    if (url === '') markMissing(image as HTMLImageElement);
    else image.setAttribute('src', url + folderImageUrlSuffix());
  }
}

/**
 * A missing image becomes a dashed box naming the path it was looked for at. Inside a paragraph
 * (a Markdown image) it is replaced by a labelled span; an image that is a block of its own stays
 * an element of its block (the block renderer keeps track of those nodes) and shows its alt text
 * in the same box, with the path as its title.
 */
export function markMissing(image: HTMLImageElement): void {
  if (image.classList.contains('image-missing')) return;
  const written = image.getAttribute('data-written-src') ?? image.getAttribute('src') ?? '';
  const label = `Missing image: ${written}`;
  image.removeAttribute('src');
  image.classList.add('image-missing');
  image.title = label;
  const parent = image.parentElement;
  if (!parent || parent.classList.contains('post-body') || parent.classList.contains('preview-chunk')) return;
  const box = image.ownerDocument.createElement('span');
  box.className = 'image-missing';
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', image.alt ? `${label} (${image.alt})` : label);
  box.textContent = label;
  image.replaceWith(box);
}

/** Marks folder images that fail to load (error events do not bubble: listen in the capture phase). */
export function watchMissingImages(root: HTMLElement): () => void {
  const onError = (event: Event) => {
    // Only the folder's own images: a web image that fails stays as the post wrote it.
    if (event.target instanceof HTMLImageElement && event.target.hasAttribute('data-written-src') && root.contains(event.target)) markMissing(event.target);
  };
  root.addEventListener('error', onError, true);
  return () => root.removeEventListener('error', onError, true);
}
