import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { fakeServer, renderApp, signedInOrgAdmin } from '../../../testing/app.tsx';

const signedIn = signedInOrgAdmin;

const entry = (i: number, action = 'team.renamed') => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  action,
  actorName: 'Bestuurder Noord',
  targetType: null,
  targetId: null,
  details: {},
  at: new Date(Date.UTC(2026, 10, 1, 12, 0, i)).toISOString(),
});

describe('the audit log page', () => {
  beforeEach(() => initI18n('nl'));

  it('loads older entries page by page and filters by action and days', async () => {
    const calls = fakeServer({
      'GET /api/auth/session': { status: 200, body: signedIn },
      'GET /api/organisations/o1/audit-log': (_body, url) =>
        url.searchParams.get('action')
          ? { status: 200, body: { entries: [entry(900, 'auth.passwordFailed')], next: null } }
          : url.searchParams.get('before')
            ? { status: 200, body: { entries: [entry(1)], next: null } }
            : { status: 200, body: { entries: [entry(3), entry(2)], next: 'cursor-2' } },
    });
    await renderApp('/organisatie/logboek');
    const table = await screen.findByRole('table', { name: '2 acties' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Oudere acties laden' }));
    expect(await screen.findByRole('table', { name: '3 acties' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Oudere acties laden' })).toBeNull();

    const filter = screen.getByRole('form', { name: 'Logboek filteren' });
    fireEvent.change(within(filter).getByLabelText('Soort actie'), {
      target: { value: 'auth.passwordFailed' },
    });
    fireEvent.change(within(filter).getByLabelText('Vanaf (dag)'), { target: { value: '2026-11-01' } });
    fireEvent.click(within(filter).getByRole('button', { name: 'Toon' }));
    expect(await screen.findByText('Verkeerd wachtwoord ingevuld', { selector: 'td' })).toBeTruthy();
    const filtered = calls.filter((call) => call.url.searchParams.get('action')).at(-1);
    expect(filtered?.url.searchParams.get('from')).toBe('2026-11-01');
    expect(calls.some((call) => call.url.searchParams.get('before') === 'cursor-2')).toBe(true);
  });
});
