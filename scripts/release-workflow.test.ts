import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The release workflow cannot run here; this keeps its promises from drifting: three OSes, every
 * action pinned to a major version, the Electron specs really run (Linux under xvfb-run), installers
 * uploaded, and a release published only from a version tag.
 */
const root = resolve(import.meta.dirname, '..');
const workflow = parse(readFileSync(resolve(root, '.github/workflows/release.yml'), 'utf8'));
const scripts = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
const job = workflow.jobs.build;
const steps = job.steps as { uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> }[];

describe('.github/workflows/release.yml', () => {
  it('runs on Windows, macOS and Ubuntu, without one failure cancelling the others', () => {
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(job.strategy.matrix.include.map((entry: { os: string }) => entry.os).sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    expect(job.strategy['fail-fast']).toBe(false);
  });

  it('pins every action to a version, never a branch', () => {
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThanOrEqual(4);
    for (const action of uses) expect(action, action).toMatch(/^[\w-]+\/[\w-]+@v\d+(\.\d+){0,2}$/);
  });

  it('runs the whole test suite with the Electron specs required, under a virtual display on Linux', () => {
    expect(job.env.POSTWRIGHT_REQUIRE_ELECTRON_E2E).toBe('1');
    const runs = steps.flatMap((step) => (step.run ? [{ run: step.run, if: step.if ?? '' }] : []));
    expect(runs).toContainEqual({ run: 'node scripts/ensure-electron.mjs', if: '' });
    expect(runs).toContainEqual({ run: 'xvfb-run -a npm test', if: "runner.os == 'Linux'" });
    expect(runs).toContainEqual({ run: 'npm test', if: "runner.os != 'Linux'" });
    expect(scripts.test).toBeDefined();
  });

  it('builds installers with npm run dist, publishing only from a version tag', () => {
    const dist = steps.find((step) => step.run?.startsWith('npm run dist'));
    expect(scripts.dist).toMatch(/electron-builder/);
    expect(dist?.run).toContain("--publish ${{ startsWith(github.ref, 'refs/tags/v') && 'always' || 'never' }}");
    expect(dist?.env?.GH_TOKEN).toBe('${{ secrets.GITHUB_TOKEN }}');
    expect(workflow.on.push.tags).toEqual(['v*']);
  });

  it('uploads the installers and update feeds, failing when there are none', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@') && step.if === undefined);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
    for (const pattern of ['*.exe', '*.dmg', '*.zip', '*.AppImage', '*.deb', 'latest*.yml']) {
      expect(upload?.with?.path).toContain(`release/${pattern}`);
    }
  });
});
