// Types for scripts/check-package.mjs (plain JS so `node` runs it without a build step).
export declare const FUSE_SENTINEL: string;
/** Electron's fuse wire as it ships ('1' on, '0' off). */
export declare const ELECTRON_DEFAULT_WIRE: string;
/** A data file carrying Electron's fuse wire (sentinel, version 1, length, wire): not an executable. */
export declare function standInElectronBinary(wire?: string): Buffer;
/** Every problem with an app.asar file list; empty when it is right. */
export declare function asarProblems(
  files: readonly string[],
  packages: { dependencies: ReadonlySet<string>; devDependencies: readonly string[]; built?: readonly string[] },
): string[];
