export * from './create-markdown';
export * from './sanitize-policy';
