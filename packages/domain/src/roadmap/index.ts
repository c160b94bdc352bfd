export * from './advice.ts';
export * from './maturity.ts';
export * from './statuses.ts';
