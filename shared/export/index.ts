export * from './article-css';
export * from './html-document';
export * from './render-article';
