export * from './password-policy.ts';
export * from './roles.ts';
export * from './schemas.ts';
