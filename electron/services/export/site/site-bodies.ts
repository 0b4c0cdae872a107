import { postLinkResolver, type UrlStyle } from '../../../../shared/export/site/site-paths';
import type { RemoteContentPolicy } from '../../../../shared/markdown/remote-content';
import { renderExportBody } from '../export-markdown';

/** One post body to render for a site page. */
export interface BodyJob {
  readonly id: string;
  readonly slug: string;
  readonly body: string;
}

/** What a body's rendering depends on besides the body: the same for every post of one export. */
export interface BodySite {
  readonly policy: RemoteContentPolicy;
  readonly style: UrlStyle;
  /** Every post's id and slug, for links between posts. */
  readonly slugs: readonly (readonly [id: string, slug: string])[];
}

export interface RenderedBody {
  /** Sanitized HTML, links rewritten to the exported pages. */
  readonly html: string;
  /** Images (ids relative to the posts folder) the body uses. */
  readonly images: string[];
}

/** Renders bodies of one site: the shared pipeline with the site's link resolver in env. */
export function bodyRenderer(site: BodySite): (job: BodyJob) => Promise<RenderedBody> {
  const slugs = { byId: new Map(site.slugs.map(([id, slug]) => [id, { slug }])) };
  return async (job) => {
    const used = new Set<string>();
    const html = await renderExportBody(job.body, site.policy, postLinkResolver(slugs, job, site.style, used));
    return { html, images: [...used] };
  };
}
