import { networkAuditActions, orgAuditActions } from '@derde-bron/domain';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { fakeServer, renderApp, sessionFor } from '../../../testing/app.tsx';
import { findRawText } from '../../../testing/raw-text.ts';

/** Every action the server logs, from the domain's list, so that a new one without words fails here. */
const serverActions = [...orgAuditActions, ...networkAuditActions];

/** What the server stores with each action, as far as the words use it. */
const details: Record<string, Record<string, unknown>> = {
  'member.roleChanged': { from: 'expert', to: 'coordinator' },
  'invitation.created': { role: 'expert' },
  'invitation.accepted': { role: 'expert' },
  'measurement.invitationsSent': { count: 4 },
  'measurement.remindersSent': { count: 3 },
  'measurement.groupDeclared': { headcount: 12, perspective: 'staff' },
  'registry.imported': { rows: 7 },
  'registry.exported': { what: 'people', format: 'csv' },
  'report.generated': { variant: 'board', locale: 'nl', year: 2026 },
  'data.exported': { format: 'xlsx' },
  'data.exportRefused': { role: 'coordinator' },
  'data.deleted': { members: 3 },
};

describe.each(['nl', 'en'] as const)('the audit log in %s', (language) => {
  beforeEach(async () => {
    await initI18n(language);
  });

  it('says every action the server logs in words, never as its code or with a blank left open', async () => {
    expect(serverActions.length).toBeGreaterThan(30);
    const entries = serverActions.map((action, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      action,
      actorName: 'Bestuurder Noord',
      targetType: null,
      targetId: null,
      details: details[action] ?? {},
      at: new Date(Date.UTC(2026, 10, 1, 12, 0, i)).toISOString(),
    }));
    fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('org_admin') },
      'GET /api/organisations/o1/audit-log': { status: 200, body: { entries, next: null } },
    });
    await renderApp('/organisatie/logboek');
    await screen.findByRole('table');
    const text = document.body.textContent ?? '';
    expect(findRawText(text)).toEqual([]);
    for (const action of serverActions) expect(text).not.toContain(action);
    expect(text).not.toMatch(/Andere actie|Other action/);
  });

  it("lets the filter choose every action an organisation's log can hold, each in words", async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('org_admin') },
      'GET /api/organisations/o1/audit-log': { status: 200, body: { entries: [], next: null } },
    });
    await renderApp('/organisatie/logboek');
    const filter = await screen.findByRole('combobox');
    const options = within(filter).getAllByRole('option').slice(1);
    expect(options.map((option) => option.getAttribute('value'))).toEqual([...orgAuditActions]);
    const labels = options.map((option) => option.textContent ?? '');
    expect(findRawText(labels.join(' '))).toEqual([]);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('the raw-text check', () => {
  it('finds keys, codes and open blanks, and lets addresses and file names through', () => {
    expect(findRawText('Meting: scale.selfAssessment en data.exported, {{count}} keer')).toEqual([
      'scale.selfAssessment',
      'data.exported',
      '{{count}}',
    ]);
    expect(findRawText('Mail a@noord.example.org of kijk op www.valente.nl, bestand rapport.pdf')).toEqual(
      [],
    );
  });

  it('finds an error code shown instead of its message, and a stage key instead of its word', () => {
    expect(findRawText('Fout: INVALID_INPUT. Stand: roadmap.stage.embedded')).toEqual([
      'roadmap.stage.embedded',
      'INVALID_INPUT',
    ]);
  });
});
