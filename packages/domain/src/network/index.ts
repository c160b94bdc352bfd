export * from './benchmark.ts';
export * from './compare.ts';
export * from './roadmap-trend.ts';
export * from './sections.ts';
export * from './trend.ts';
