export * from './anonymity.ts';
export * from './instrument.ts';
export * from './instrument-v1.ts';
export * from './results.ts';
export * from './schema.ts';
export * from './scoring.ts';
export * from './wave.ts';
