export * from './contract';
export * from './host-events';
export * from './result';
export * from './shape';
export * from './types';
