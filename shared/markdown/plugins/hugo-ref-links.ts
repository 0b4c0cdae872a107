import type MarkdownIt from 'markdown-it';

/**
 * `{{< ref "other.md" >}}` / `{{< relref "/posts/other#part" >}}` (and the `{{% %}}` and
 * `path="…"` forms) as a link's destination. Hugo expands them before Markdown sees the text; here
 * markdown-it would stop at the space inside the braces and leave the whole link as raw text. The
 * destination becomes the path the shortcode names, so the preview opens that post and a site
 * export rewrites it like any other link between posts.
 */
const REF_DESTINATION = /^\{\{(?:<-?\s*(?:rel)?ref\s+(?:path\s*=\s*)?(?:"([^"\n]*)"|`([^`\n]*)`)[^\n]*?-?>\}\}|%-?\s*(?:rel)?ref\s+(?:path\s*=\s*)?(?:"([^"\n]*)"|`([^`\n]*)`)[^\n]*?-?%\}\})/;

export function hugoRefLinks(md: MarkdownIt): void {
  // Wrapping the helper (per instance: markdown-it copies helpers into each instance) serves
  // inline links, images and reference definitions alike, with markdown-it's own link parsing.
  const parseLinkDestination = md.helpers.parseLinkDestination;
  md.helpers.parseLinkDestination = (text, start, max) => {
    if (text.charCodeAt(start) === 0x7b /* { */) {
      const match = REF_DESTINATION.exec(text.slice(start, max));
      const path = match ? (match[1] ?? match[2] ?? match[3] ?? match[4]) : undefined;
      if (match && path !== undefined) return { ok: true, pos: start + match[0].length, str: path };
    }
    return parseLinkDestination(text, start, max);
  };
}
