// Types for scripts/after-pack.mjs (plain JS: electron-builder loads it as a hook without a build step).
export interface AfterPackContextLike {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  /** builder-util's Arch: ia32 0, x64 1, armv7l 2, arm64 3, universal 4. */
  readonly arch: number;
  readonly packager: { readonly appInfo: { readonly productFilename: string }; readonly executableName?: string };
}
export declare const POSTWRIGHT_FUSES: Readonly<Record<number, boolean>>;
export declare function electronBinaryPath(context: AfterPackContextLike): string;
export declare function afterPack(context: AfterPackContextLike): Promise<void>;
export default afterPack;
