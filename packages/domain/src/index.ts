export * from './framework/index.ts';
export * from './locale.ts';
