// Types for scripts/ensure-electron.mjs (plain JS so `node` runs it without a build step).
export declare const NO_ELECTRON_MESSAGE: string;
export declare function electronInstalled(env?: Readonly<Record<string, string | undefined>>): boolean;
export declare function ensureElectron(env?: Readonly<Record<string, string | undefined>>): boolean;
