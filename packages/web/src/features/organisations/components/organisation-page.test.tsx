import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { fakeServer, renderApp, sessionFor } from '../../../testing/app.tsx';
import type { Member } from '../api/get-members.ts';

const member = (id: string, name: string, role: Member['role']): Member => ({
  id,
  userId: `u-${id}`,
  name,
  email: `${id}@noord.example.org`,
  role,
  teamId: null,
  hasTwoFactor: role === 'org_admin',
});

describe('the organisation page', () => {
  beforeEach(() => initI18n('nl'));

  it('removes a member only after the question on the page, and a team likewise', async () => {
    let members = [member('m1', 'Bestuurder Noord', 'org_admin'), member('m2', 'Anna de Vries', 'expert')];
    let teams = [{ id: 't1', name: 'Team Oost' }];
    const calls = fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('org_admin') },
      'GET /api/organisations/o1': () => ({ status: 200, body: { id: 'o1', name: 'Noord', teams } }),
      'GET /api/organisations/o1/members': () => ({ status: 200, body: { members } }),
      'GET /api/organisations/o1/invitations': { status: 200, body: { invitations: [] } },
      'DELETE /api/organisations/o1/members/m2': () => {
        members = members.filter((m) => m.id !== 'm2');
        return { status: 204 };
      },
      'DELETE /api/organisations/o1/teams/t1': () => {
        teams = [];
        return { status: 204 };
      },
    });
    await renderApp('/organisatie');
    const table = await screen.findByRole('table', { name: /Leden/ });
    fireEvent.click(within(table).getByRole('button', { name: /^Verwijderen\s*Anna de Vries/ }));
    const question = within(table).getByText(/Anna de Vries kan dan niet meer bij de gegevens/);
    expect(document.activeElement).toBe(question);
    expect(calls.some((call) => call.key.startsWith('DELETE'))).toBe(false);
    fireEvent.click(within(table).getByRole('button', { name: 'Ja, verwijderen' }));
    expect(await screen.findByText('Anna de Vries hoort niet meer bij de organisatie.')).toBeTruthy();
    await waitFor(() => expect(within(table).queryByText('Anna de Vries')).toBeNull());
    expect(calls.find((call) => call.key === 'DELETE /api/organisations/o1/members/m2')?.csrf).toBe('csrf');

    fireEvent.click(screen.getByRole('button', { name: /^Verwijderen\s*Team Oost/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, verwijderen' }));
    expect(await screen.findByText('Het team Team Oost is verwijderd.')).toBeTruthy();
    expect(calls.some((call) => call.key === 'DELETE /api/organisations/o1/teams/t1')).toBe(true);
  });
});
