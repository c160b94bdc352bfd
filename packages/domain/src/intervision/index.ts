export * from './methods.ts';
export * from './schemas.ts';
