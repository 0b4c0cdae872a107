export * from './contract';
export * from './events';
export * from './result';
export * from './shape';
export * from './types';
