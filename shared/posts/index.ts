export * from './file-title';
export * from './front-matter';
export * from './line-endings';
export * from './new-post';
export * from './post-dates';
export * from './post-meta';
export * from './post-order';
export * from './slug';
