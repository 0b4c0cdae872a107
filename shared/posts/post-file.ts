/** The file extensions of a post, as every generator reads them. One place: listing, path checks and launch arguments agree. */
export const isPostFileName = (name: string): boolean => /\.(?:md|markdown)$/i.test(name);
