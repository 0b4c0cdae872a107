// Types for scripts/check-builder-config.mjs (plain JS so `node` runs it without a build step).
export declare const REQUIRED_TARGETS: readonly string[];
export declare function loadBuilderConfig(file?: string): unknown;
export declare function loadPackageJson(dir?: string): Record<string, unknown>;
/** Every problem with the config, as sentences; empty when it passes. */
export declare function checkBuilderConfig(
  config: unknown,
  options?: { projectDir?: string; packageJson?: Record<string, unknown> },
): Promise<string[]>;
