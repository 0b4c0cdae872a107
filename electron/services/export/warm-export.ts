import { renderPostDocument } from './export-post';

/**
 * Code fences in the languages blogs show most. highlight.js compiles a language's grammar on its
 * first use (5–13 ms each here) and V8 compiles the pipeline's code on its first runs, so the
 * first export after launch cost ~60–120 ms of that alone; warming takes it out of the click.
 */
const WARM_LANGUAGES = ['javascript', 'typescript', 'python', 'bash', 'css', 'xml', 'json', 'yaml', 'go', 'rust', 'java', 'c', 'cpp', 'sql', 'shell'];

let started = false;

/** How long after launch the warm-up starts: after the window and the first listing. */
const START_AFTER_MS = 3000;

/**
 * Renders small sample posts through the export pipeline once, shortly after launch, one
 * language per turn of the event loop so the main process never stalls for more than a few
 * milliseconds. Nothing is written. The timers do not keep the process alive. Once per process:
 * a second call does nothing.
 */
export function warmExportPipeline(startAfterMs = START_AFTER_MS): WarmUp {
  if (started) return { stop: () => {}, warmed: Promise.resolve() };
  started = true;
  let timer: NodeJS.Timeout | null = null;
  let next = 0;
  let finish = () => {};
  const warmed = new Promise<void>((resolve) => (finish = resolve));
  const step = () => {
    const language = WARM_LANGUAGES[next++];
    if (language === undefined) return finish();
    const sample = `---\ntitle: Warm-up\ndate: 2024-01-01\ntags: [a]\n---\n## Heading\n\nText *em* **strong** \`code\` [link](https://example.com) www.example.com\n\n- item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n\`\`\`${language}\nx = 1\n\`\`\`\n`;
    // A warm-up that fails costs nothing: the real export reports its own problems.
    renderPostDocument('warm-up.md', sample, 'Postwright').catch(() => {}).then(() => {
      timer = setTimeout(step, 0).unref();
    });
  };
  timer = setTimeout(step, startAfterMs).unref();
  return {
    stop: () => {
      next = WARM_LANGUAGES.length;
      if (timer) clearTimeout(timer);
      finish();
    },
    warmed,
  };
}

export interface WarmUp {
  /** Stops what has not run yet. */
  readonly stop: () => void;
  /** Settles when every sample has been rendered (or the warm-up was stopped). */
  readonly warmed: Promise<void>;
}
