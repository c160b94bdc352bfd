export * from './schemas.ts';
export * from './variants.ts';
