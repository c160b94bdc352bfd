export * from './advice.ts';
export * from './maturity.ts';
export * from './policy-topic.ts';
export * from './schemas.ts';
export * from './statuses.ts';
export * from './trend.ts';
