export * from './framework/index.ts';
