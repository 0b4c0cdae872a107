import { readPostMeta, type PostMeta } from './post-meta';

/**
 * readPostMeta for one text read again and again as it is edited (the preview, on every
 * keystroke): while the text still starts with the same front matter block, and the title comes
 * from that block, only the body changed, so the last result is reused with the new body. Finding
 * the block again cost a tenth of a millisecond per keystroke in a 100 KB post. A title taken
 * from the body's first heading or the file name can change with the body: then it is read whole.
 */
export function createPostMetaReader(): (text: string, path: string) => PostMeta {
  let last: { path: string; block: string; meta: PostMeta } | null = null;
  return (text, path) => {
    if (last !== null && last.path === path && text.startsWith(last.block)) return { ...last.meta, body: text.slice(last.block.length) };
    const meta = readPostMeta(text, path);
    const blockLength = text.length - meta.body.length;
    // Only a block that ends with its closing fence's line break: text typed right after a fence
    // with none (`---` at the very end) could turn the fence into an ordinary line.
    const closed = blockLength > 0 && text.charCodeAt(blockLength - 1) === 10;
    last = closed && meta.titleSource === 'front-matter' ? { path, block: text.slice(0, blockLength), meta } : null;
    return meta;
  };
}
