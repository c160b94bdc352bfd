import type { FastifyInstance } from 'fastify';
import accountRoutes from './account-routes.ts';
import passwordRoutes from './password-routes.ts';
import authRoutes from './routes.ts';
import twoFactorRoutes from './two-factor-routes.ts';

/** The auth module's routes: sign-in and out, second factor, password links, account changes. */
export default async function auth(app: FastifyInstance) {
  await app.register(authRoutes);
  await app.register(twoFactorRoutes);
  await app.register(passwordRoutes);
  await app.register(accountRoutes);
}

export { findUserByEmail, hashNewPassword } from './accounts.ts';
export { default as authPlugin } from './auth-plugin.ts';
export type { OrgMember } from './guards.ts';
export { verifyPassword } from './passwords.ts';
export { default as routeAccess, type RouteAccess } from './route-access.ts';
export { startSession } from './routes.ts';
export { sessionStateSchema } from './session-state.ts';
export type { Auth } from './sessions.ts';
export { createThrottle, type Throttle, throttleKey } from './throttle.ts';
