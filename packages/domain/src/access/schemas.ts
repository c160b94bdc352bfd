import { z } from 'zod';
import { passwordMaxLength } from './password-policy.ts';
import { orgRoles } from './roles.ts';

export const orgRoleSchema = z.enum(orgRoles);

/** Addresses are compared case-insensitively, so they are stored in lower case. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

/** The length rules that depend on nothing else; the full check is `checkPassword`. */
export const passwordInputSchema = z.string().min(1).max(passwordMaxLength);

/** A person's or organisation's name: trimmed, no control characters. */
export const nameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[^\p{Cc}]*$/u);

export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/);
export const recoveryCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/);

/** A single-use token from an e-mailed link (base64url, 32 random bytes). */
export const linkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const membershipInputSchema = z
  .object({
    role: orgRoleSchema,
    teamId: z.uuid().nullable().default(null),
  })
  .refine((m) => m.role !== 'team_manager' || m.teamId !== null, {
    path: ['teamId'],
    message: 'A team manager needs a team',
  });
