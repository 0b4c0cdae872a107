import { z } from 'zod';

/** The settings file in a posts folder that holds the exported site's identity and look. */
export const SITE_SETTINGS_FILE = 'postwright-site.json';

export const siteSettingsSchema = z.object({
  title: z.string().trim().min(1).max(200).default('My Blog'),
  description: z.string().max(1000).default(''),
  author: z.string().max(200).default(''),
  /** Absolute http(s) URL the site will live at: feeds and the sitemap need absolute links. */
  baseUrl: z
    .string()
    .url()
    .refine((url) => /^https?:\/\//i.test(url), 'must start with http:// or https://')
    .transform((url) => (url.endsWith('/') ? url : `${url}/`))
    .default('https://example.com/'),
  /** BCP 47 language tag for the pages' `lang`. */
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or pt-BR')
    .default('en'),
  theme: z.enum(['developer-blog', 'print']).default('developer-blog'),
  /** A CSS file in the posts folder laid over the theme (postwright.css when present). */
  css: z.string().max(300).default('postwright.css'),
  /** How many posts the feeds carry, newest first. */
  feedItems: z.number().int().min(1).max(1000).default(20),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;

export const DEFAULT_SITE_SETTINGS: SiteSettings = siteSettingsSchema.parse({});
