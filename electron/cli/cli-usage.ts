/** The help texts; `postwright --help` and `postwright <command> --help` print these. */
export const MAIN_USAGE = `Usage: postwright <command> [options]

Commands:
  export <folder> --out <dir>        Export a posts folder as a static blog.
  export <post.md> --out <file>      Export one post as a self-contained HTML page.
  serve [folder] [--port <n>]        Serve the Postwright editor in your browser.

Run "postwright <command> --help" for a command's options.

Exit codes: 0 all went well; 1 something could not be read or written (each one is listed
with its file and line, the rest was still exported); 2 the command line was wrong.`;

export const EXPORT_USAGE = `Usage: postwright export <folder> --out <dir> [--drafts] [--clean] [--flat] [--block-remote]
       postwright export <post.md> --out <file.html> [--block-remote]

Exports a whole blog (a folder) or one post (a .md file). Paths are relative to the current
directory.

A blog export writes one page per published post, an index (newest first), a page per tag,
rss.xml, atom.xml, sitemap.xml, the images posts use and a manifest of what it wrote. Site
title, author, base URL and language come from postwright-site.json in the folder (created
with defaults on the first export) or from the generator's config (hugo.toml, config.toml,
_config.yml). Re-exporting rewrites only what changed.

Options:
  -o, --out <path>    Output folder (blog) or HTML file (post). Required.
      --drafts        Include drafts (draft: true or published: false).
      --clean         Remove everything an earlier export wrote, then export all again.
                      Files Postwright did not write are never removed.
      --flat          Flat files (/my-post.html) instead of pretty URLs (/my-post/).
      --block-remote  Keep remote images out (only images beside the posts and data: images).
  -h, --help          Show this help.`;

export const SERVE_USAGE = `Usage: postwright serve [folder] [--port <n>]

Serves the Postwright editor for a posts folder on http://127.0.0.1 and prints its URL.
Without a folder, opens the one used last (or the sample blog).

Options:
      --port <n>   Port to listen on (default: a free one).
  -h, --help       Show this help.`;
