import { describe, expect, it } from 'vitest';
import { can, orgRoles, permissions, requiresTwoFactor } from './roles.ts';
import { membershipInputSchema } from './schemas.ts';

describe('permissions', () => {
  it('lets only the org_admin manage members, end sessions and read the audit log', () => {
    for (const permission of ['members.manage', 'sessions.endForMember', 'audit.read'] as const) {
      expect(orgRoles.filter((role) => can(role, permission))).toEqual(['org_admin']);
    }
  });

  it('lets only the org_admin export or delete the organisation’s data, or opt out of the benchmark', () => {
    for (const permission of ['data.export', 'data.delete', 'network.participation'] as const) {
      expect(orgRoles.filter((role) => can(role, permission))).toEqual(['org_admin']);
    }
  });

  it('gives reports and the network comparison to management and the coordinator only', () => {
    for (const permission of ['reports.read', 'network.compare'] as const) {
      expect(orgRoles.filter((role) => can(role, permission))).toEqual(['org_admin', 'coordinator']);
    }
  });

  it('lets every member read their own organisation', () => {
    expect(orgRoles.every((role) => can(role, 'organisation.read'))).toBe(true);
  });

  it('lets coordinators and admins run the registry, experts keep their own record, everyone see coverage', () => {
    expect(orgRoles.filter((role) => can(role, 'registry.manage'))).toEqual(['org_admin', 'coordinator']);
    expect(orgRoles.filter((role) => can(role, 'activities.manage'))).toEqual(['org_admin', 'coordinator']);
    expect(orgRoles.filter((role) => can(role, 'registry.person'))).toEqual([
      'org_admin',
      'coordinator',
      'expert',
    ]);
    expect(orgRoles.every((role) => can(role, 'registry.overview'))).toBe(true);
  });

  // That each permission names only known roles is the type's job (`satisfies` in roles.ts).
  it('grants every permission to someone, and every one to the org_admin', () => {
    for (const [permission, roles] of Object.entries(permissions)) {
      expect(roles.length, permission).toBeGreaterThan(0);
      expect(roles, permission).toContain('org_admin');
    }
  });
});

describe('two-factor requirement', () => {
  it.each([
    [{ isNetworkAdmin: true, role: null }, true],
    [{ isNetworkAdmin: false, role: 'org_admin' }, true],
    [{ isNetworkAdmin: false, role: 'coordinator' }, false],
    [{ isNetworkAdmin: false, role: 'team_manager' }, false],
    [{ isNetworkAdmin: false, role: 'expert' }, false],
    [{ isNetworkAdmin: false, role: null }, false],
  ] as const)('%o requires it: %s', (account, required) => {
    expect(requiresTwoFactor(account)).toBe(required);
  });
});

describe('membership input', () => {
  it('requires a team for a team manager', () => {
    const result = membershipInputSchema.safeParse({ role: 'team_manager' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['teamId']);
  });

  it('accepts other roles without a team', () => {
    expect(membershipInputSchema.parse({ role: 'expert' })).toEqual({ role: 'expert', teamId: null });
  });

  it('refuses an unknown role', () => {
    expect(membershipInputSchema.safeParse({ role: 'owner' }).success).toBe(false);
  });
});
