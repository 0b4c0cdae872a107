import { z } from 'zod';
import type { ApiArea, PostwrightApi } from './contract';
import { IMAGE_UPLOAD_TYPES, MAX_IMAGE_BYTES } from '../posts/image-types';

/**
 * What each API method accepts, declared once beside API_SHAPE and checked by both transports
 * (electron/main/ipc-handlers.ts, electron/serve/http-host.ts) before a service runs, so a
 * compromised or buggy page gets INVALID, never a crash, a 500 or a path built from an object.
 * The `satisfies` below makes a method without a schema, or a schema that disagrees with the
 * contract's parameter types, a compile error. Only the host imports this (the page never needs zod).
 */

/** Longest path or post id accepted: far beyond any real one, small enough to be harmless. */
export const MAX_PATH_CHARS = 4096;
/** A post's text: the host refuses files over 10 MB, and a UTF-16 char is at least one UTF-8 byte. */
export const MAX_TEXT_CHARS = 10 * 1024 * 1024;

const noNul = (value: string) => !value.includes('\0');
const postId = z.string().min(1).max(MAX_PATH_CHARS).refine(noNul, 'must not contain a NUL character');
const folderPath = z.string().min(1).max(MAX_PATH_CHARS).refine(noNul, 'must not contain a NUL character');
const postText = z.string().max(MAX_TEXT_CHARS);
const version = z.string().max(256);

const saveRequest = z.strictObject({
  id: postId,
  text: postText,
  bom: z.boolean(),
  baseVersion: version.nullable(),
  overwrite: z.boolean().optional(),
});
const createRequest = z.strictObject({ title: z.string().max(300) });
const renameRequest = z.strictObject({ id: postId, name: z.string().min(1).max(255).refine(noNul, 'must not contain a NUL character') });
/** A front matter key: one line, a sane length. */
const frontMatterKey = z.string().min(1).max(200).refine((key) => !/[\r\n\0]/.test(key), 'must be one line');
const frontMatterScalar = z.union([z.string().max(100_000), z.number().finite(), z.boolean()]);
const setFieldRequest = z.strictObject({
  id: postId,
  key: frontMatterKey,
  value: z.union([frontMatterScalar, z.null(), z.array(z.string().max(1000)).max(1000)]),
  baseVersion: version.nullable(),
});
const searchRequest = z.strictObject({ query: z.string().max(500), offset: z.number().int().nonnegative().max(10_000_000).optional() });
/** A page of the post list: a screen is ~20–60 rows; 1000 bounds what one answer carries. */
export const MAX_PAGE_ROWS = 1000;
const listPageRequest = z.strictObject({
  offset: z.number().int().nonnegative().max(10_000_000),
  limit: z.number().int().min(1).max(MAX_PAGE_ROWS),
});
const trashId = z.string().min(1).max(64);
const saveImageRequest = z.strictObject({
  postId,
  fileName: z.string().max(1000).refine(noNul, 'must not contain a NUL character'),
  mimeType: z.enum(IMAGE_UPLOAD_TYPES),
  bytes: z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.byteLength > 0, 'is empty')
    .refine((bytes) => bytes.byteLength <= MAX_IMAGE_BYTES, `is over ${MAX_IMAGE_BYTES / 1024 / 1024} MB`),
});
const exportRequest = z.strictObject({ id: postId, text: postText });

const siteExportRequest = z.strictObject({ out: folderPath.nullable(), drafts: z.boolean(), flat: z.boolean(), clean: z.boolean() });

const none = z.tuple([]);

type ArgumentSchemas = {
  readonly [A in ApiArea]: {
    readonly [M in keyof PostwrightApi[A]]: PostwrightApi[A][M] extends (...args: infer P) => unknown ? z.ZodType<P> : never;
  };
};

export const API_ARGUMENTS = {
  posts: {
    list: none,
    listPage: z.tuple([listPageRequest]),
    read: z.tuple([postId]),
    save: z.tuple([saveRequest]),
    create: z.tuple([createRequest]),
    setField: z.tuple([setFieldRequest]),
    search: z.tuple([searchRequest]),
    rename: z.tuple([renameRequest]),
    duplicate: z.tuple([postId]),
    trash: z.tuple([postId]),
    restore: z.tuple([trashId]),
    saveImage: z.tuple([saveImageRequest]),
  },
  folder: {
    current: none,
    open: z.tuple([folderPath]),
    pick: none,
    complete: z.tuple([z.string().max(MAX_PATH_CHARS).refine(noNul, 'must not contain a NUL character')]),
    setExportImages: z.tuple([z.enum(['embed', 'copy'])]),
    setRemoteContent: z.tuple([z.enum(['https', 'block'])]),
  },
  export: {
    render: z.tuple([exportRequest]),
    save: z.tuple([exportRequest]),
    savePdf: z.tuple([exportRequest]),
    site: z.tuple([siteExportRequest]),
    cancelSite: none,
  },
  journal: {
    record: z.tuple([z.strictObject({ id: postId, text: postText, bom: z.boolean(), baseVersion: version.nullable() })]),
    discard: z.tuple([postId]),
    recoverable: none,
  },
  app: {
    info: none,
    answerClose: z.tuple([z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), z.boolean()]),
    setTheme: z.tuple([z.enum(['system', 'light', 'dark'])]),
  },
} as const satisfies ArgumentSchemas;
