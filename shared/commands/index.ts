export * from './commands';
export * from './key-binding';
export * from './when';
