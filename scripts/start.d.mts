// Types for scripts/start.mjs (plain JS so `node` runs it without a build step).
export declare const FALLBACK_FLAG: string;
export declare const FALLBACK_ENV: string;
export declare function startPlan(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { folder: string | undefined; browserFallback: boolean };
export declare function servedUrl(line: string): string | null;
export declare function shouldOpenBrowser(options: {
  platform: string;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
}): boolean;
