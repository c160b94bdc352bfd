import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../lib/i18n.ts';
import { fakeServer, renderApp, sessionFor } from '../../testing/app.tsx';

const retention = { answers: 400, endedRegistryPeople: 90, reports: 30, auditLog: 730 };

describe('retention shown where data is made', () => {
  beforeEach(async () => {
    await initI18n('nl');
  });

  it('says on the new-wave form how long the answers are kept, from the server', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      'GET /api/organisations/o1/waves': { status: 200, body: { waves: [] } },
      'GET /api/retention': { status: 200, body: retention },
    });
    await renderApp('/organisatie/metingen');
    const form = await screen
      .findByRole('region', { name: 'Nieuwe meting plannen' })
      .catch(() => screen.findByRole('form', { name: 'Nieuwe meting plannen' }));
    expect(form).toBeTruthy();
    expect(
      await screen.findByText(
        'De antwoorden bewaren we tot 400 dagen na de laatste dag. Daarna wissen we ze. De uitslagen blijven.',
      ),
    ).toBeTruthy();
  });

  it('says in the registry how long someone who stopped is kept', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      'GET /api/organisations/o1': { status: 200, body: { id: 'o1', name: 'Noord', teams: [] } },
      'GET /api/organisations/o1/members': { status: 200, body: { members: [] } },
      'GET /api/organisations/o1/registry/people': { status: 200, body: { people: [] } },
      'GET /api/organisations/o1/registry/settings': {
        status: 200,
        body: { rolesRequiringRegistration: [], version: 1 },
      },
      'GET /api/retention': { status: 200, body: retention },
    });
    await renderApp('/organisatie/register');
    expect(
      await screen.findByText(/90 dagen na die datum wissen we de gegevens van deze persoon\./),
    ).toBeTruthy();
    expect(within(document.body).queryByText(/\{\{/)).toBeNull();
  });

  it('says on the reports page how long a report is kept', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('org_admin') },
      'GET /api/organisations/o1/reports': { status: 200, body: { reports: [] } },
      'GET /api/retention': { status: 200, body: retention },
    });
    await renderApp('/organisatie/rapporten');
    expect(
      await screen.findByText(
        'Een rapportage blijft 30 dagen na het maken bewaard; daarna wordt de PDF gewist.',
      ),
    ).toBeTruthy();
  });

  it('says in the audit log how long each line is kept', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('org_admin') },
      'GET /api/organisations/o1/audit-log': { status: 200, body: { entries: [], next: null } },
      'GET /api/retention': { status: 200, body: retention },
    });
    await renderApp('/organisatie/logboek');
    expect(await screen.findByText('Elke regel in het logboek wordt 730 dagen bewaard.')).toBeTruthy();
  });
});
