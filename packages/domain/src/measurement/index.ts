export * from './anonymity.ts';
