import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { fakeServer, renderApp, sessionFor } from '../../../testing/app.tsx';
import type { Report } from '../api/reports.ts';

const base = '/api/organisations/o1/reports';
const report = (overrides: Partial<Report>): Report => ({
  id: '22222222-2222-4222-8222-222222222222',
  variant: 'board',
  locale: 'nl',
  year: null,
  status: 'queued',
  createdAt: '2026-11-29T10:00:00.000Z',
  finishedAt: null,
  message: null,
  ...overrides,
});

describe('the reports page', () => {
  beforeEach(() => initI18n('nl'));

  it('asks for a report, shows it being made, then offers the PDF to download', async () => {
    let listed: Report[] = [
      report({
        id: '33333333-3333-4333-8333-333333333333',
        variant: 'audit',
        year: 2019,
        status: 'empty',
        message: 'Voor deze periode is er niets vastgelegd.',
      }),
    ];
    const calls = fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      [`GET ${base}`]: () => ({ status: 200, body: { reports: listed } }),
      [`POST ${base}`]: () => {
        const asked = report({ year: 2026 });
        listed = [asked, ...listed];
        return { status: 202, body: asked };
      },
    });
    await renderApp('/organisatie/rapporten');
    const table = await screen.findByRole('table', {
      name: 'Rapportages van de laatste dagen, de nieuwste eerst',
    });
    expect(within(table).getByText('Geen gegevens in deze periode.')).toBeTruthy();
    expect(within(table).getByText('Voor deze periode is er niets vastgelegd.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Jaar (mag leeg blijven)'), { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rapportage maken' }));
    expect(await screen.findByText(/De rapportage wordt gemaakt/)).toBeTruthy();
    expect(calls.find((call) => call.key === `POST ${base}`)?.body).toEqual({
      variant: 'board',
      locale: 'nl',
      year: 2026,
    });
    expect(await within(table).findByText('Wordt gemaakt…')).toBeTruthy();

    // The job finished: the list is asked again while a report is being made.
    listed = [{ ...(listed[0] as Report), status: 'ready' }, ...listed.slice(1)];
    const link = await within(table).findByRole(
      'link',
      { name: 'Bestuur en MT downloaden (PDF)' },
      { timeout: 3000 },
    );
    expect(link.getAttribute('href')).toBe(`${base}/22222222-2222-4222-8222-222222222222/pdf`);
    await waitFor(() => expect(within(table).queryByText('Wordt gemaakt…')).toBeNull());
  });

  it('refuses a year that is not four digits without asking the server', async () => {
    const calls = fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      [`GET ${base}`]: { status: 200, body: { reports: [] } },
    });
    await renderApp('/organisatie/rapporten');
    expect(await screen.findByText('Er zijn de laatste dagen nog geen rapportages gemaakt.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Jaar (mag leeg blijven)'), { target: { value: '26' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rapportage maken' }));
    expect(await screen.findByText(/Vul een jaar in met vier cijfers/)).toBeTruthy();
    expect(calls.some((call) => call.key === `POST ${base}`)).toBe(false);
  });
});
