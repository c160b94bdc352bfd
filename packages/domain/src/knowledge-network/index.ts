export * from './keys.ts';
export * from './names.ts';
export * from './schema.ts';
