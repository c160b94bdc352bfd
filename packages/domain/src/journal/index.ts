export * from './crypto.ts';
export * from './encoding.ts';
export * from './padding.ts';
export * from './prompts.ts';
export * from './schemas.ts';
