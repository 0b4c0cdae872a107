import { describe, expect, it } from 'vitest';
import { checkBuilderConfig, loadBuilderConfig, loadPackageJson } from './check-builder-config.mjs';

type Config = Record<string, unknown> & { linux?: Record<string, unknown>; mac?: Record<string, unknown> };

const realConfig = () => structuredClone(loadBuilderConfig()) as Config;
const packageJson = loadPackageJson();

describe('check-builder-config', () => {
  it('passes the real electron-builder.yml with the real package.json', async () => {
    expect(await checkBuilderConfig(realConfig())).toEqual([]);
  });

  it('fails an unknown key, through electron-builder’s own schema', async () => {
    const problems = await checkBuilderConfig({ ...realConfig(), notAnOption: true });
    expect(problems.join('\n')).toMatch(/unknown property 'notAnOption'/);
  });

  it('fails a wrong type the schema knows', async () => {
    const config = realConfig();
    config.mac = { ...config.mac, hardenedRuntime: 'definitely' };
    expect((await checkBuilderConfig(config)).join('\n')).toMatch(/hardenedRuntime should be a boolean/);
  });

  it('fails a deb without a maintainer email, which the schema allows', async () => {
    const { author: _author, ...withoutAuthor } = packageJson;
    const problems = await checkBuilderConfig(realConfig(), { packageJson: withoutAuthor });
    expect(problems).toEqual([expect.stringMatching(/deb needs a maintainer email/)]);

    const nameOnly = await checkBuilderConfig(realConfig(), { packageJson: { ...packageJson, author: 'Postwright developers' } });
    expect(nameOnly).toEqual([expect.stringMatching(/deb needs a maintainer email/)]);

    const fromConfig = realConfig();
    fromConfig.linux = { ...fromConfig.linux, maintainer: 'Postwright developers <dev@postwright.app>' };
    expect(await checkBuilderConfig(fromConfig, { packageJson: withoutAuthor })).toEqual([]);
  });

  it('fails a deb without a homepage', async () => {
    const { homepage: _homepage, ...withoutHomepage } = packageJson;
    expect(await checkBuilderConfig(realConfig(), { packageJson: withoutHomepage })).toEqual([
      expect.stringMatching(/deb needs a homepage/),
    ]);
  });

  it('fails a missing icon file and a dropped release target', async () => {
    const config = { ...realConfig(), icon: 'assets/icons/missing.png' } as Config;
    config.linux = { ...config.linux, target: ['AppImage'] };
    const problems = await checkBuilderConfig(config);
    expect(problems).toEqual([
      expect.stringMatching(/targets must include deb/),
      expect.stringMatching(/icon: assets\/icons\/missing\.png does not exist/),
    ]);
  });

  it('fails entitlements or an afterPack hook that do not exist (read only at signing and packing time)', async () => {
    const config = { ...realConfig(), afterPack: './scripts/missing-hook.mjs' } as Config;
    config.mac = { ...config.mac, entitlements: 'assets/packaging/missing.plist' };
    expect(await checkBuilderConfig(config)).toEqual([
      'mac.entitlements: assets/packaging/missing.plist does not exist',
      'afterPack: ./scripts/missing-hook.mjs does not exist',
    ]);
  });
});
