// electron-builder's afterPack hook (electron-builder.yml `afterPack`): flips Electron's fuses in
// the packaged binary, after the files are in place and before signing (a signature covers the
// flipped bytes). Fuses are switches compiled into Electron that an attacker with the installed
// app cannot turn back on from outside: see https://www.electronjs.org/docs/latest/tutorial/fuses.
//
// Done here with @electron/fuses rather than electron-builder's `electronFuses` key so the exact
// settings are one exported object that a test applies to a stand-in binary and reads back.
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/** The fuse settings of every Postwright build. */
export const POSTWRIGHT_FUSES = Object.freeze({
  // `ELECTRON_RUN_AS_NODE=1 Postwright …` would turn the signed app into a plain Node runtime.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other Chromium storage encrypted with an OS-keychain key.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could preload any script into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would open a debugger port into the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash recorded at build time (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded: no app/ folder or default_app next to it can replace the code.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The renderer is served by the app:// protocol, so file:// needs no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
});

/** The file that carries the fuse wire: the executable, or on macOS the Electron framework. */
export function electronBinaryPath({ appOutDir, electronPlatformName, packager }) {
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${productFilename}.exe`);
    default:
      // Linux names the executable after `linux.executableName`.
      return join(appOutDir, packager.executableName ?? productFilename);
  }
}

/**
 * Flips POSTWRIGHT_FUSES in the binary a packaging step produced. On Apple silicon the binary's
 * ad-hoc signature no longer matches once bytes change: re-sign it ad hoc (a real signature,
 * when configured, replaces it afterwards); macOS refuses to start an arm64 app without one.
 * @param {{ appOutDir: string, electronPlatformName: string, arch: number, packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 */
export async function afterPack(context) {
  const binary = electronBinaryPath(context);
  const isAppleSilicon = (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') && context.arch === ARCH_ARM64;
  await flipFuses(binary, {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: false,
    resetAdHocDarwinSignature: isAppleSilicon,
    ...POSTWRIGHT_FUSES,
  });
  console.log(`  • fuses flipped      file=${binary}`);
}

/** builder-util's Arch enum: ia32 0, x64 1, armv7l 2, arm64 3, universal 4. */
const ARCH_ARM64 = 3;

export default afterPack;
