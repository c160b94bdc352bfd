export * from './access/index.ts';
export * from './framework/index.ts';
export * from './locale.ts';
export * from './measurement/index.ts';
export * from './network/index.ts';
export * from './registry/index.ts';
export * from './reports/index.ts';
export * from './roadmap/index.ts';
