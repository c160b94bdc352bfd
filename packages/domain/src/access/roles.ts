/**
 * The roles inside a member organisation (docs/roles.md). One role per member. This
 * file has no zod on purpose: the web app imports it, and its schema lives in schemas.ts.
 */
export const orgRoles = ['org_admin', 'coordinator', 'team_manager', 'expert'] as const;
export type OrgRole = (typeof orgRoles)[number];

/**
 * What each role may do. Read this table to answer "who can do X?": the routes check it and the
 * web app hides what a role cannot use. The association's network_admin is not in it: it has no
 * access to any organisation's own data, only to the network's aggregates.
 */
export const permissions = {
  'organisation.read': ['org_admin', 'coordinator', 'team_manager', 'expert'],
  'members.read': ['org_admin', 'coordinator'],
  'members.manage': ['org_admin'],
  'teams.manage': ['org_admin', 'coordinator'],
  'sessions.endForMember': ['org_admin'],
  'audit.read': ['org_admin'],
  'roadmap.read': ['org_admin', 'coordinator', 'team_manager', 'expert'],
  'roadmap.edit': ['org_admin', 'coordinator'],
  /** Moving the roadmap to a newer published framework version, when the organisation chooses. */
  'roadmap.adoptVersion': ['org_admin', 'coordinator'],
  /** The implementatiemonitor: read by whoever reads the roadmap; filled by whoever edits it. */
  'monitor.read': ['org_admin', 'coordinator', 'team_manager', 'expert'],
  'monitor.edit': ['org_admin', 'coordinator'],
  /** The monitor beside the staff survey: whole-organisation figures, as `measurement.results` shows them only to these. */
  'monitor.gap': ['org_admin', 'coordinator'],
  'measurement.manage': ['org_admin', 'coordinator'],
  /** A team manager sees only their own team's results, and only above the thresholds. */
  'measurement.results': ['org_admin', 'coordinator', 'team_manager'],
  /** The registry: everyone, their signals, import and export, the organisation's settings. */
  'registry.manage': ['org_admin', 'coordinator'],
  /** One person's record and logs: an expert only their own (the route checks the link). */
  'registry.person': ['org_admin', 'coordinator', 'expert'],
  /** Aggregates only: the coverage matrix and the activities with their reach counts. */
  'registry.overview': ['org_admin', 'coordinator', 'team_manager', 'expert'],
  'activities.manage': ['org_admin', 'coordinator'],
  /** The organisation's own figures beside the network's median and quartiles. */
  'network.compare': ['org_admin', 'coordinator'],
  /** Taking part in the network benchmark, or opting out. */
  'network.participation': ['org_admin'],
  /** The kennisnetwerk: finding what other member organisations share (when one's own takes part). */
  'knowledgeNetwork.read': ['org_admin', 'coordinator', 'team_manager', 'expert'],
  /** Taking part in the kennisnetwerk, sharing on behalf of the organisation, withdrawing. */
  'knowledgeNetwork.share': ['org_admin'],
  /** The implementation report (PDF) in its variants. */
  'reports.read': ['org_admin', 'coordinator'],
  /** Everything that belongs to the organisation, as JSON, XLSX or CSV. */
  'data.export': ['org_admin'],
  /** Structured intervisie: scheduling a session for a group of registry people, leading it, keeping its record. */
  'intervision.manage': ['org_admin', 'coordinator'],
  /** One's own reflection journal (end-to-end encrypted): every member has one, and reaches only her own. */
  'journal.own': ['org_admin', 'coordinator', 'team_manager', 'expert'],
  /** Deleting all of the organisation's data, after typed confirmation. */
  'data.delete': ['org_admin'],
} as const satisfies Record<string, readonly OrgRole[]>;

export type Permission = keyof typeof permissions;

export function can(role: OrgRole, permission: Permission): boolean {
  return (permissions[permission] as readonly OrgRole[]).includes(role);
}

/** Roles that must use a second factor (TOTP) before they may do anything. */
export function requiresTwoFactor(account: { isNetworkAdmin: boolean; role: OrgRole | null }): boolean {
  return account.isNetworkAdmin || account.role === 'org_admin';
}
