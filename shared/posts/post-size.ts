/**
 * Above this a post still opens, but only after the writer agrees: parsing and previewing ~1 MB
 * costs 130–190 ms here (TOOLCHAIN.md), so typing in a bigger post lags. The host's hard limit
 * (decode-post.ts, 10 MB) lists bigger files as skipped instead.
 */
export const LARGE_POST_BYTES = 1024 * 1024;

/** "3.4 MB", as notices and questions say a size. */
export const formatMegabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
