export * from './compare.ts';
export * from './content.ts';
export * from './content-v1.ts';
export * from './gap.ts';
export * from './levels.ts';
export * from './rounds.ts';
export * from './schemas.ts';
