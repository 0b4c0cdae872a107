import { afterEach, describe, expect, it, vi } from 'vitest';

const rendered: string[] = [];
vi.mock('./export-post', () => ({
  renderPostDocument: async (_id: string, text: string) => {
    rendered.push(/```(\w+)/.exec(text)?.[1] ?? '');
    return { fileName: 'warm-up.html', html: '' };
  },
}));

afterEach(() => {
  rendered.length = 0;
  vi.resetModules();
});

describe('warmExportPipeline', () => {
  it('renders one sample per language, one per turn, once per process', async () => {
    const { warmExportPipeline } = await import('./warm-export');
    await warmExportPipeline(0).warmed;
    expect(rendered).toContain('typescript');
    expect(rendered).toContain('python');
    expect(rendered).toHaveLength(15);
    expect(new Set(rendered).size).toBe(rendered.length);
    const count = rendered.length;
    warmExportPipeline(0); // a second call (another folder opened) does not warm again
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(rendered).toHaveLength(count);
  });

  it('stops when cancelled', async () => {
    const { warmExportPipeline } = await import('./warm-export');
    warmExportPipeline(0).stop();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(rendered).toEqual([]);
  });
});
