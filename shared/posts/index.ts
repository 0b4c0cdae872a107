export * from './front-matter';
export * from './line-endings';
export * from './new-post';
export * from './post-meta';
export * from './slug';
