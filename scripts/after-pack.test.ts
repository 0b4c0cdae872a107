import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POSTWRIGHT_FUSES, afterPack, electronBinaryPath } from './after-pack.mjs';
import { ELECTRON_DEFAULT_WIRE, FUSE_SENTINEL, standInElectronBinary } from './check-package.mjs';

/**
 * The afterPack hook on a stand-in binary: a data file with Electron's fuse sentinel and wire,
 * which @electron/fuses reads and writes exactly as in a real executable. Nothing here runs it.
 */
const X64 = 1;
/** How the wire stores a fuse: the ASCII digits '0' and '1' (@electron/fuses' FuseState). */
const OFF = 0x30;
const ON = 0x31;
const packager = { appInfo: { productFilename: 'Postwright' }, executableName: 'postwright' };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'postwright-fuses-'));
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('POSTWRIGHT_FUSES', () => {
  it('turns off Node entry points and turns on cookie encryption and asar-only, integrity-checked loading', () => {
    expect(POSTWRIGHT_FUSES).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });
});

describe('afterPack', () => {
  it('flips the fuses in the Linux executable and leaves every other byte alone', async () => {
    const binary = join(dir, 'postwright');
    // Electron 45 ships RunAsNode, NodeOptions and inspect on, asar checks off: the opposite of ours.
    const before = standInElectronBinary('11110001');
    await writeFile(binary, before);

    await afterPack({ appOutDir: dir, electronPlatformName: 'linux', arch: X64, packager });

    const wire = await getCurrentFuseWire(binary);
    expect(wire).toMatchObject({
      [FuseV1Options.RunAsNode]: OFF,
      [FuseV1Options.EnableCookieEncryption]: ON,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: OFF,
      [FuseV1Options.EnableNodeCliInspectArguments]: OFF,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ON,
      [FuseV1Options.OnlyLoadAppFromAsar]: ON,
      // Not ours to set: left as Electron shipped it.
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: OFF,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: OFF,
    });
    const after = await readFile(binary);
    const wireStart = before.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2;
    const changed = [...after].flatMap((byte, index) => (byte === before[index] ? [] : [index - wireStart]));
    // Cookie encryption was on already; the V8 snapshot fuse is not ours.
    expect(changed).toEqual([0, 2, 3, 4, 5, 7]);
    expect(after.length).toBe(before.length);
  });

  it('changes every fuse it sets from the value Electron ships, so reading them back proves the hook ran', async () => {
    const binary = join(dir, 'postwright');
    await writeFile(binary, standInElectronBinary(ELECTRON_DEFAULT_WIRE));
    await afterPack({ appOutDir: dir, electronPlatformName: 'linux', arch: X64, packager });
    const wire = await getCurrentFuseWire(binary);
    for (const [index, enabled] of Object.entries(POSTWRIGHT_FUSES)) {
      expect(ELECTRON_DEFAULT_WIRE[Number(index)], `fuse ${index} ships`).toBe(enabled ? '0' : '1');
      expect(wire[Number(index) as keyof typeof wire], `fuse ${index} after the hook`).toBe(enabled ? ON : OFF);
    }
  });

  it('fails the build when the binary has no fuse wire, instead of shipping unflipped fuses', async () => {
    await writeFile(join(dir, 'postwright'), 'no sentinel here');
    await expect(afterPack({ appOutDir: dir, electronPlatformName: 'linux', arch: X64, packager })).rejects.toThrow(/sentinel/);
  });

  it('fails the build when a fuse it sets is missing from an older, shorter wire', async () => {
    await writeFile(join(dir, 'postwright'), standInElectronBinary('0110'));
    await expect(afterPack({ appOutDir: dir, electronPlatformName: 'linux', arch: X64, packager })).rejects.toThrow(/not long enough/);
  });
});

describe('electronBinaryPath', () => {
  it('names the file that carries the wire on each OS', () => {
    const context = (electronPlatformName: string) => ({ appOutDir: '/out', electronPlatformName, arch: X64, packager });
    expect(electronBinaryPath(context('linux'))).toBe(join('/out', 'postwright'));
    expect(electronBinaryPath(context('win32'))).toBe(join('/out', 'Postwright.exe'));
    // @electron/fuses finds the framework binary inside the .app itself.
    expect(electronBinaryPath(context('darwin'))).toBe(join('/out', 'Postwright.app'));
  });
});
