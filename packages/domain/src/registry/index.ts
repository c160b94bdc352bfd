export * from './coverage.ts';
export * from './facts.ts';
export * from './formation.ts';
export * from './import.ts';
export * from './keys.ts';
export * from './norms.ts';
export * from './schema.ts';
export * from './signals.ts';
