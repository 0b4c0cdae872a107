import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** The file in the output folder that records what Postwright wrote there. */
export const MANIFEST_FILE = '.postwright-manifest.json';

const parsedPost = z.object({
  id: z.string(),
  wantedSlug: z.string(),
  title: z.string(),
  titleInBody: z.boolean(),
  date: z.string().nullable(),
  timeMs: z.number(),
  tags: z.array(z.object({ name: z.string(), slug: z.string() })).readonly(),
  author: z.string().nullable(),
  summary: z.string(),
  draft: z.boolean(),
  bodyLine: z.number(),
  warning: z.string().nullable(),
  warningLine: z.number().nullable(),
});

const manifestSchema = z.object({
  version: z.literal(1),
  /** Settings, options, theme and version: when it changes, every page is rendered again. */
  configKey: z.string(),
  /** Every post id and its slug: links between posts depend on it. */
  linkKey: z.string(),
  /** Output file (relative, `/`) → sha1 of what was written. */
  files: z.record(z.string(), z.string()),
  /** Post id → what its last export read, to skip unchanged files. */
  posts: z.record(z.string(), z.object({ mtimeMs: z.number(), size: z.number(), parsed: parsedPost, images: z.array(z.string()) })),
  /** Image id → the source it was copied from. */
  images: z.record(z.string(), z.object({ mtimeMs: z.number(), size: z.number() })),
});

export type SiteManifest = z.infer<typeof manifestSchema>;
export type ManifestPost = SiteManifest['posts'][string];

/** The manifest of an earlier export, or null (none, or unreadable: then nothing is ours to delete). */
export async function readManifest(out: string): Promise<SiteManifest | null> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(join(out, MANIFEST_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
