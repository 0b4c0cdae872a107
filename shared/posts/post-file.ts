/** The file extensions of a post, as every generator reads them. One place: listing, path checks, titles and launch arguments agree. */
export const POST_FILE_EXTENSION = /\.(?:md|markdown)$/i;

export const isPostFileName = (name: string): boolean => POST_FILE_EXTENSION.test(name);
