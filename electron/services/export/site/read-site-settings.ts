import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { DEFAULT_SITE_SETTINGS, SITE_SETTINGS_FILE, siteSettingsSchema, type SiteSettings } from '../../../../shared/export/site/site-settings';

export interface SiteSettingsRead {
  readonly settings: SiteSettings;
  /** Where they came from, for the summary line. */
  readonly source: string;
  /** Set when the settings file was created with defaults on this export. */
  readonly created: boolean;
}

/**
 * The site's title, author, base URL and language: from `postwright-site.json` when the folder
 * has one, else from the generator's own config (Jekyll `_config.yml`, Hugo `hugo.toml` /
 * `config.toml`), else defaults written to a new `postwright-site.json` so the writer has a file
 * to edit. A simple read on purpose: generator site profiles are a separate concern (issue 7).
 * A settings file that does not validate is an error with its reason, never silently replaced.
 */
export async function readSiteSettings(folder: string): Promise<SiteSettingsRead> {
  const own = await readText(join(folder, SITE_SETTINGS_FILE));
  if (own !== null) {
    let raw: unknown;
    try {
      raw = JSON.parse(own);
    } catch (error) {
      throw new Error(`${SITE_SETTINGS_FILE} is not valid JSON: ${(error as Error).message}`, { cause: error });
    }
    const parsed = siteSettingsSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${SITE_SETTINGS_FILE}: “${issue.path.join('.')}” ${issue.message}`);
    }
    return { settings: parsed.data, source: SITE_SETTINGS_FILE, created: false };
  }
  const generator = await readGeneratorConfig(folder);
  if (generator) return { settings: { ...DEFAULT_SITE_SETTINGS, ...generator.values }, source: generator.file, created: false };
  await writeFile(join(folder, SITE_SETTINGS_FILE), `${JSON.stringify(DEFAULT_SITE_SETTINGS, null, 2)}\n`, { flag: 'wx' }).catch(() => undefined);
  return { settings: DEFAULT_SITE_SETTINGS, source: SITE_SETTINGS_FILE, created: true };
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

type Picked = Partial<Pick<SiteSettings, 'title' | 'author' | 'baseUrl' | 'language' | 'description'>>;

async function readGeneratorConfig(folder: string): Promise<{ file: string; values: Picked } | null> {
  for (const file of ['hugo.toml', 'config.toml', '_config.yml']) {
    const text = await readText(join(folder, file));
    if (text === null) continue;
    let data: Record<string, unknown>;
    try {
      // `yaml` loaded only for a YAML config: ~50–100 ms that most exports (own settings file) skip.
      data = (file.endsWith('.toml') ? parseToml(text) : (await import('yaml')).parse(text)) as Record<string, unknown>;
    } catch {
      continue; // the generator will complain about its own config; ours falls back to defaults
    }
    if (data === null || typeof data !== 'object') continue;
    const params = (data.params ?? {}) as Record<string, unknown>;
    const author = data.author ?? params.author;
    const values: Picked = {
      title: str(data.title),
      description: str(data.description ?? params.description),
      author: typeof author === 'object' && author !== null ? str((author as { name?: unknown }).name) : str(author),
      // Hugo: baseURL; Jekyll: url plus an optional baseurl path.
      baseUrl: str(data.baseURL) ?? (str(data.url) ? `${str(data.url)!.replace(/\/$/, '')}${str(data.baseurl) ?? ''}` : undefined),
      language: str(data.languageCode ?? data.lang ?? data.language)?.replace(/_/g, '-'),
    };
    // Keep only the values that validate; the rest stay at their defaults.
    const clean: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) continue;
      const single = siteSettingsSchema.pick({ [key]: true } as never).safeParse({ [key]: value });
      if (single.success) Object.assign(clean, single.data);
    }
    return { file, values: clean as Picked };
  }
  return null;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
