import type { NetworkFigure } from '@derde-bron/domain';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { fakeServer, renderApp, sessionFor } from '../../../testing/app.tsx';
import type { Dashboard, NetworkComparison } from '../api/types.ts';

const snapshot = { period: '2026-12', takenAt: '2026-12-01T08:00:00.000Z' };
/** Six organisations: a median, but no quartiles (each would be one organisation's own value). */
const six: NetworkFigure = { withheld: false, organisations: 6, median: 3.4, q1: null, q3: null };
const eight: NetworkFigure = { withheld: false, organisations: 8, median: 3.1, q1: 2.6, q3: 3.8 };

const comparison: NetworkComparison = {
  ...snapshot,
  optedOut: false,
  minimumOrganisations: 5,
  sections: [
    {
      key: 'measurement',
      metrics: [
        { key: 'scale.knowledge', unit: 'score', own: 3.4, network: six, position: 'atMedian' },
        { key: 'scale.climate', unit: 'score', own: 3.0, network: six, position: 'belowMedian' },
        { key: 'scale.needs', unit: 'score', own: 2.1, network: eight, position: 'belowQ1' },
      ],
    },
  ],
};

const dashboard: Dashboard = {
  ...snapshot,
  participating: 6,
  minimumOrganisations: 5,
  sections: [
    {
      key: 'measurement',
      metrics: [{ key: 'scale.knowledge', unit: 'score', figure: six, trend: [] }],
      distributions: [],
    },
  ],
};

const member = sessionFor('org_admin');
const networkAdmin = { ...member, membership: null, user: { ...member.user, isNetworkAdmin: true } };

const cellsOf = (table: HTMLElement, rowHeader: string) =>
  within(within(table).getByRole('rowheader', { name: rowHeader }).closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the network figures', () => {
  beforeEach(() => initI18n('nl'));

  it('compare the organisation with the network, saying which month and where quartiles are missing', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('org_admin') },
      'GET /api/organisations/o1/network/comparison': { status: 200, body: comparison },
    });
    await renderApp('/organisatie/vergelijken');
    expect(await screen.findByText('Cijfers van december 2026, bijgewerkt op 1 december 2026.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Metingen: jullie cijfer naast het netwerk' });
    expect(cellsOf(table, 'Kennis')).toEqual([
      '3,4',
      '3,4',
      'kwartielen vanaf 7 organisaties',
      '6',
      'Gelijk aan het midden',
    ]);
    expect(cellsOf(table, 'Veilig klimaat').at(-1)).toBe('Onder het midden');
    expect(cellsOf(table, 'Wat je nodig hebt')).toEqual([
      '2,1',
      '3,1',
      '2,6',
      '3,8',
      '8',
      'Lager dan de meeste organisaties',
    ]);
  });

  it('show the network admin this month’s snapshot, in English too', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: networkAdmin },
      'GET /api/network/dashboard': { status: 200, body: dashboard },
      'GET /api/organisations': { status: 200, body: { organisations: [] } },
      'GET /api/network/reports': { status: 200, body: { reports: [] } },
    });
    initI18n('en');
    await renderApp('/netwerk');
    const figures = await screen.findByRole('region', { name: 'Network figures' });
    expect(
      await within(figures).findByText('Figures for December 2026, updated on December 1, 2026.'),
    ).toBeTruthy();
    const table = within(figures).getByRole('table', { name: /^Measurements/ });
    expect(cellsOf(table, 'Knowledge')).toEqual(['3.4', 'quartiles from 7 organisations', '6']);
  });
});
