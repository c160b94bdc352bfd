/**
 * Every query key of the app, in one place. An organisation's data sits under
 * `['organisations', orgId]`, so that invalidating a prefix reaches exactly what belongs to it
 * and removing `queryKeys.organisations` after a deletion drops all of it at once.
 */
export const queryKeys = {
  session: ['session'] as const,
  framework: {
    current: ['framework', 'current'] as const,
    versions: ['framework', 'versions'] as const,
    version: (version: number) => ['framework', 'versions', version] as const,
    drafts: ['framework', 'drafts'] as const,
    draft: (draftId: string) => ['framework', 'drafts', draftId] as const,
    draftDiff: (draftId: string) => ['framework', 'drafts', draftId, 'diff'] as const,
  },
  invitation: (token: string) => ['invitation', token] as const,
  mail: { undelivered: ['mail', 'undelivered'] as const },
  retention: ['retention'] as const,
  instrument: (version: number) => ['measurement', 'instruments', version] as const,
  network: {
    organisations: ['network', 'organisations'] as const,
    dashboard: ['network', 'dashboard'] as const,
    reports: ['network', 'reports'] as const,
  },
  /** All organisations' data: for removing everything after an organisation is deleted. */
  organisations: ['organisations'] as const,
  organisation: (orgId: string) => ['organisations', orgId] as const,
  members: (orgId: string) => ['organisations', orgId, 'members'] as const,
  organisationSize: (orgId: string) => ['organisations', orgId, 'size'] as const,
  /** The start page's work, in the page's language (item titles come translated). */
  start: (orgId: string, locale: string) => ['organisations', orgId, 'start', locale] as const,
  invitations: (orgId: string) => ['organisations', orgId, 'invitations'] as const,
  auditLog: (orgId: string, filter: unknown) => ['organisations', orgId, 'audit-log', filter] as const,
  intervision: {
    all: (orgId: string) => ['organisations', orgId, 'intervision'] as const,
    session: (orgId: string, sessionId: string) =>
      ['organisations', orgId, 'intervision', sessionId] as const,
  },
  journal: {
    all: (orgId: string) => ['organisations', orgId, 'journal'] as const,
    keys: (orgId: string) => ['organisations', orgId, 'journal', 'keys'] as const,
    entries: (orgId: string) => ['organisations', orgId, 'journal', 'entries'] as const,
  },
  monitor: {
    all: (orgId: string) => ['organisations', orgId, 'monitor'] as const,
    overview: (orgId: string) => ['organisations', orgId, 'monitor', 'overview'] as const,
    round: (orgId: string, roundId: string) =>
      ['organisations', orgId, 'monitor', 'rounds', roundId] as const,
    gap: (orgId: string) => ['organisations', orgId, 'monitor', 'gap'] as const,
  },
  roadmap: {
    all: (orgId: string) => ['organisations', orgId, 'roadmap'] as const,
    overview: (orgId: string) => ['organisations', orgId, 'roadmap', 'overview'] as const,
    history: (orgId: string) => ['organisations', orgId, 'roadmap', 'history'] as const,
    trend: (orgId: string) => ['organisations', orgId, 'roadmap', 'trend'] as const,
    owners: (orgId: string) => ['organisations', orgId, 'roadmap', 'owners'] as const,
    goals: (orgId: string) => ['organisations', orgId, 'roadmap', 'goals'] as const,
    goalReviews: (orgId: string) => ['organisations', orgId, 'roadmap', 'goal-reviews'] as const,
    policyTopics: (orgId: string) => ['organisations', orgId, 'roadmap', 'policy-topics'] as const,
    item: (orgId: string, itemKey: string) => ['organisations', orgId, 'roadmap', 'items', itemKey] as const,
    adoption: (orgId: string, version: number) =>
      ['organisations', orgId, 'roadmap', 'adoption', version] as const,
  },
  measurement: {
    all: (orgId: string) => ['organisations', orgId, 'measurement'] as const,
    waves: (orgId: string) => ['organisations', orgId, 'measurement', 'waves'] as const,
    waveList: (orgId: string) => ['organisations', orgId, 'measurement', 'waves', 'list'] as const,
    groups: (orgId: string, waveId: string) =>
      ['organisations', orgId, 'measurement', 'waves', waveId, 'groups'] as const,
    results: (orgId: string, waveId: string) =>
      ['organisations', orgId, 'measurement', 'waves', waveId, 'results'] as const,
    notes: (orgId: string) => ['organisations', orgId, 'conversation-notes'] as const,
  },
  knowledgeNetwork: {
    all: (orgId: string) => ['organisations', orgId, 'knowledge-network'] as const,
    membership: (orgId: string) => ['organisations', orgId, 'knowledge-network', 'membership'] as const,
    search: (orgId: string, filter: unknown) =>
      ['organisations', orgId, 'knowledge-network', 'search', filter] as const,
    own: (orgId: string) => ['organisations', orgId, 'knowledge-network', 'own'] as const,
    copies: (orgId: string) => ['organisations', orgId, 'knowledge-network', 'copies'] as const,
    links: ['knowledge-network', 'links'] as const,
  },
  registry: {
    all: (orgId: string) => ['organisations', orgId, 'registry'] as const,
    people: (orgId: string) => ['organisations', orgId, 'registry', 'people'] as const,
    person: (orgId: string, personId: string) =>
      ['organisations', orgId, 'registry', 'person', personId] as const,
    me: (orgId: string) => ['organisations', orgId, 'registry', 'me'] as const,
    coverage: (orgId: string) => ['organisations', orgId, 'registry', 'coverage'] as const,
    signals: (orgId: string) => ['organisations', orgId, 'registry', 'signals'] as const,
    settings: (orgId: string) => ['organisations', orgId, 'registry', 'settings'] as const,
    activities: (orgId: string) => ['organisations', orgId, 'registry', 'activities'] as const,
    formation: (orgId: string) => ['organisations', orgId, 'registry', 'formation'] as const,
  },
  benchmark: {
    comparison: (orgId: string) => ['organisations', orgId, 'network', 'comparison'] as const,
    participation: (orgId: string) => ['organisations', orgId, 'network', 'participation'] as const,
  },
  reports: (orgId: string) => ['organisations', orgId, 'reports'] as const,
};
