import type { frontMatterTransaction } from './front-matter-transaction';

export type FrontMatterWriter = typeof frontMatterTransaction;

let loading: Promise<FrontMatterWriter> | null = null;
let loaded: FrontMatterWriter | null = null;

/**
 * The lossless editing layer (the `yaml` Document API, jsonc-parser: ~140 KB) loads in its own
 * chunk when a post's panel first shows, not with the window: reading front matter needs none of it.
 */
export function loadFrontMatterWriter(): Promise<FrontMatterWriter> {
  loading ??= import('./front-matter-transaction').then(
    (module) => (loaded = module.frontMatterTransaction),
    (error: unknown) => {
      loading = null; // tried again on the next edit
      throw error;
    },
  );
  return loading;
}

/** The writer once loaded: a field's edit is then applied at once (before a Mod+S sees the key). */
export const loadedFrontMatterWriter = (): FrontMatterWriter | null => loaded;
