import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { anonymous, fakeServer, renderApp, sessionFor } from '../../../testing/app.tsx';

describe('deleting all of an organisation’s data', () => {
  beforeEach(() => initI18n('nl'));

  it('says afterwards, on the page it lands on, that everything is gone', async () => {
    let deleted = false;
    const calls = fakeServer({
      'GET /api/auth/session': () => ({ status: 200, body: deleted ? anonymous : sessionFor('org_admin') }),
      'GET /api/organisations/o1': { status: 200, body: { id: 'o1', name: 'Noord', teams: [] } },
      'GET /api/organisations/o1/members': { status: 200, body: { members: [] } },
      'GET /api/organisations/o1/invitations': { status: 200, body: { invitations: [] } },
      'GET /api/organisations/o1/network/participation': { status: 200, body: { participates: true } },
      'DELETE /api/organisations/o1/data': () => {
        deleted = true;
        return { status: 200, body: { deleted: true } };
      },
    });
    await renderApp('/organisatie');
    fireEvent.change(await screen.findByLabelText(/Typ de naam van de organisatie/), {
      target: { value: 'Noord' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Alles definitief verwijderen' }));
    const notice = await screen.findByText(
      'Alle gegevens van Noord zijn verwijderd, ook de accounts van alle leden. Je bent uitgelogd.',
    );
    expect(notice).toBeTruthy();
    expect(calls.some((call) => call.key === 'DELETE /api/organisations/o1/data')).toBe(true);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ervaringskennis als derde bron');
  });
});
