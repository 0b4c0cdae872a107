import { describe, expect, it } from 'vitest';
import { readPostMeta } from './post-meta';
import { createPostMetaReader } from './post-meta-reader';

describe('createPostMetaReader', () => {
  it('equals readPostMeta through a run of edits to the body, the front matter and the path', () => {
    const read = createPostMetaReader();
    const texts: [string, string][] = [
      ['---\ntitle: One\ntags: [a]\n---\n\nBody', 'p.md'],
      ['---\ntitle: One\ntags: [a]\n---\n\nBody typed', 'p.md'],
      ['---\ntitle: One\ntags: [a, b]\n---\n\nBody typed', 'p.md'],
      ['---\ntitle: One\ntags: [a, b]\n---\n\nBody typed', 'other.md'],
      ['---\ntitle: One\ntags: [a, b]\n---\n\n# A heading', 'other.md'],
      // No title in the block: the body's heading is the title, and it changes as it is typed.
      ['---\ndate: 2024-01-01\n---\n\n# Head', 'p.md'],
      ['---\ndate: 2024-01-01\n---\n\n# Heading', 'p.md'],
      // A fence at the very end, then typed after: no longer a closed block.
      ['---\ntitle: Two\n---', 'p.md'],
      ['---\ntitle: Two\n---x', 'p.md'],
      ['---\ntitle: Two\n---x\n---\n', 'p.md'],
      ['no front matter at all', 'p.md'],
      ['+++\ntitle = "Toml"\n+++\nBody', 'p.md'],
      ['+++\ntitle = "Toml"\n+++\nBody more', 'p.md'],
      ['---\ntitle: [unclosed\n---\nBody', 'p.md'],
      ['---\ntitle: [unclosed\n---\nBody more', 'p.md'],
    ];
    for (const [text, path] of texts) expect(read(text, path)).toEqual(readPostMeta(text, path));
  });

  it('reuses the front matter it read while only the body changes', () => {
    const read = createPostMetaReader();
    const first = read('---\ntitle: One\ntags: [a]\n---\n\nBody', 'p.md');
    const second = read('---\ntitle: One\ntags: [a]\n---\n\nBody typed', 'p.md');
    expect(second.tags).toBe(first.tags); // the same array: not parsed again
    expect(second.body).toBe('\nBody typed');
    const edited = read('---\ntitle: One\ntags: [b]\n---\n\nBody typed', 'p.md');
    expect(edited.tags).toEqual(['b']);
  });
});
