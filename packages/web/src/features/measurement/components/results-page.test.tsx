import type { Cell, PublishedScale } from '@derde-bron/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { fakeServer, instrument, renderApp, sessionFor, wave } from './test-fixtures.tsx';

const closed = wave({ status: 'closed', responseCount: 23, published: true });
const base = `/api/organisations/o1/waves/${closed.id}`;
const teamA = '22222222-2222-4222-8222-222222222222';
const teamB = '33333333-3333-4333-8333-333333333333';
const removedTeam = '55555555-5555-4555-8555-555555555555';

const summary = (n: number, mean: number) => ({ n, mean, dontKnowShare: 0.12 });
const shown = (
  n: number,
  declared: number,
  scales: Record<string, PublishedScale>,
  viaSharedLink = false,
): Cell => ({
  visible: true,
  n,
  declared,
  viaSharedLink,
  scales,
});

const total = shown(23, 30, { knowledge: summary(21, 3.4), climate: { hidden: 'tooFew' } });

const results = (
  breakdown: string,
  groups: Array<{ key: string; label?: string; cell: Cell }>,
  { sensitive = [], ...extra }: { sensitive?: object[]; openAnswersVisible?: boolean } = {},
) => ({
  wave: closed,
  results: { breakdown, total, groups, sensitive },
  noiseScale: 2,
  openAnswersVisible: true,
  ...extra,
});

function server(role: 'coordinator' | 'team_manager' = 'coordinator', extra = {}) {
  return fakeServer({
    'GET /api/auth/session': { status: 200, body: sessionFor(role, role === 'team_manager' ? teamA : null) },
    'GET /api/organisations/o1': {
      status: 200,
      body: {
        id: 'o1',
        name: 'Noord',
        teams: [
          { id: teamA, name: 'Team Oost-Noord' },
          { id: teamB, name: 'Team West' },
        ],
      },
    },
    'GET /api/measurement/instruments/1': { status: 200, body: instrument },
    [`GET ${base}/results?breakdown=none`]: {
      status: 200,
      body: results('none', [], {
        sensitive: [
          {
            itemKey: 'ownExperience',
            visible: true,
            n: 21,
            shares: { yes: { share: 0.3, margin: 0.12 }, no: { share: 0.7, margin: 0.12 } },
          },
        ],
      }),
    },
    [`GET ${base}/results?breakdown=team`]: {
      status: 200,
      body: results('team', [
        {
          key: teamA,
          // The team's name when the wave closed; today it is called otherwise (see the team list).
          label: 'Team Oost',
          cell: shown(12, 14, { knowledge: summary(11, 3.1), climate: summary(10, 2.9) }, true),
        },
        { key: teamB, label: 'Team West', cell: { visible: false, reason: 'complement', declared: 6 } },
        { key: removedTeam, label: '', cell: { visible: false, reason: 'tooFew', declared: 3 } },
        { key: 'noTeam', cell: { visible: false, reason: 'tooFew', declared: 7 } },
      ]),
    },
    [`GET ${base}/results?breakdown=perspective`]: {
      status: 200,
      body: results('perspective', [
        { key: 'staff', cell: shown(15, 20, { knowledge: summary(14, 3.0), climate: summary(13, 3.5) }) },
        {
          key: 'expert',
          cell: shown(8, 10, { knowledge: summary(8, 4.2), climate: { hidden: 'complement' } }),
        },
      ]),
    },
    [`GET ${base}/comparison`]: {
      status: 404,
      body: { code: 'NOT_FOUND', message: 'Er is nog geen gesloten 0-meting om mee te vergelijken.' },
    },
    [`GET ${base}/open-answers`]: {
      status: 200,
      body: {
        visible: true,
        answers: [
          { itemKey: 'whatHelps', text: 'Samen koffie <b>drinken</b>' },
          { itemKey: 'whatHelps', text: 'Tijd voor intervisie' },
        ],
        removedOn: null,
      },
    },
    ...extra,
  });
}

const renderResults = async () => renderApp(`/organisatie/metingen/${closed.id}/uitslagen`);

/** The value beside a term in a summary list within `scope`. */
const termValue = (scope: HTMLElement, term: string) =>
  within(scope).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

const rowOf = (table: HTMLElement, name: string) => {
  const header = within(table).getByRole('rowheader', { name });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row ${name}`);
  return row;
};

describe('the results page', () => {
  beforeEach(() => initI18n('nl'));

  it('shows the whole organisation per scale in a table, and a hidden scale with its reason in words', async () => {
    server();
    await renderResults();
    expect(screen.getByRole('heading', { level: 1, name: 'Uitslagen' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Hele organisatie: score per schaal' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Schaal', 'Aantal mensen', 'Gemiddelde (1 tot 5)', 'Weet ik niet']);
    const knowledge = rowOf(table, 'Kennis');
    expect(
      within(knowledge)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['21', '3,4', '12%']);
    expect(rowOf(table, 'Veilig klimaat').textContent).toContain('Te weinig antwoorden om te tonen.');
    const whole = screen.getByRole('region', { name: 'Hele organisatie' });
    expect(termValue(whole, 'Mensen in de groep')).toBe('30');
    expect(termValue(whole, 'Ingevuld')).toBe('23');
    // The bars are a picture only; the table holds the numbers.
    expect(document.querySelector('.bar-chart')?.getAttribute('aria-hidden')).toBe('true');
    // How to read: the deliberate noise on the means is said.
    expect(screen.getByText(/De gemiddelden zijn expres een heel klein beetje veranderd/)).toBeTruthy();
    expect(document.title).toBe('Uitslagen · Derde Bron');
  });

  it('shows the sensitive questions as estimates with their margin, and says why', async () => {
    server();
    await renderResults();
    const sensitive = await screen.findByRole('table', { name: 'Schatting uit de antwoorden van 21 mensen' });
    expect(rowOf(sensitive, 'Ja').textContent).toMatch(/ongeveer 30\s?% \(± 12 procentpunt\)/);
    expect(rowOf(sensitive, 'Nee').textContent).toMatch(/ongeveer 70\s?% \(± 12 procentpunt\)/);
    // "Zeg ik liever niet" is not estimated, and no count of people is shown.
    expect(within(sensitive).queryByRole('rowheader', { name: 'Zeg ik liever niet' })).toBeNull();
    const section = screen.getByRole('region', { name: 'Gevoelige vragen' });
    expect(section.textContent).toContain('soms expres een willekeurig antwoord');
    expect(section.textContent).toContain('Bij elke schatting staat een marge.');
  });

  it('says a sensitive question is hidden under its threshold', async () => {
    server('coordinator', {
      [`GET ${base}/results?breakdown=none`]: {
        status: 200,
        body: results('none', [], { sensitive: [{ itemKey: 'ownExperience', visible: false }] }),
      },
    });
    await renderResults();
    const item = await screen.findByRole('region', { name: 'Heb je zelf ervaring met huiselijk geweld?' });
    expect(item.textContent).toBe(
      'Heb je zelf ervaring met huiselijk geweld?Te weinig antwoorden om een schatting te tonen. Dit zie je pas vanaf 10 antwoorden.',
    );
    expect(within(item).queryByRole('table')).toBeNull();
  });

  it('shows one breakdown at a time, teams by their names at close, hidden groups explained', async () => {
    const calls = server();
    await renderResults();
    await screen.findByRole('table', { name: 'Hele organisatie: score per schaal' });
    fireEvent.click(screen.getByRole('radio', { name: 'Per team' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tonen' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Team Oost' })).toBeTruthy();
    const oost = screen.getByRole('region', { name: 'Team Oost' });
    expect(within(oost).getByRole('table', { name: 'Team Oost: score per schaal' })).toBeTruthy();
    expect(termValue(oost, 'Mensen in de groep')).toBe('14');
    expect(termValue(oost, 'Ingevuld')).toBe('12');
    expect(oost.textContent).toContain('een deel van deze antwoorden kwam via een gedeelde link');
    const west = screen.getByRole('region', { name: 'Team West' });
    expect(west.textContent).toContain('Verborgen. Anders is een kleine groep terug te rekenen');
    expect(termValue(west, 'Mensen in de groep')).toBe('6');
    expect(within(west).queryByRole('table')).toBeNull();
    expect(west.textContent).not.toContain('gedeelde link');
    expect(screen.getByRole('region', { name: 'Team (verwijderd)' }).textContent).toContain(
      'Te weinig antwoorden om te tonen. Dit zie je pas vanaf 5 antwoorden.',
    );
    expect(screen.getByRole('region', { name: 'Zonder team' })).toBeTruthy();
    // The names come from the published results, not from today's team list.
    expect(screen.queryByText('Team Oost-Noord')).toBeNull();
    expect(calls.some((call) => call.key === 'GET /api/organisations/o1')).toBe(false);
    expect(calls.some((call) => call.url.search === '?breakdown=team')).toBe(true);
  });

  it('shows the gaps between perspectives against the staff', async () => {
    server();
    await renderResults();
    await screen.findByRole('table', { name: 'Hele organisatie: score per schaal' });
    fireEvent.click(screen.getByRole('radio', { name: 'Per groep (perspectief)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tonen' }));
    const gaps = await screen.findByRole('table', { name: 'Verschil met de medewerkers, per schaal' });
    expect(within(gaps).getByRole('columnheader', { name: 'Ervaringsdeskundigen: verschil' })).toBeTruthy();
    expect(
      within(rowOf(gaps, 'Kennis'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3,0', '+1,2']);
    expect(
      within(rowOf(gaps, 'Veilig klimaat'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3,5', '–']);
  });

  it('explains a missing 0-meting and shows open answers as plain text', async () => {
    server();
    await renderResults();
    expect(await screen.findByText(/Er is nog geen andere gesloten 0-meting/)).toBeTruthy();
    const openAnswers = await screen.findByRole('region', { name: 'Wat helpt in je team?' });
    const items = within(openAnswers).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Samen koffie <b>drinken</b>',
      'Tijd voor intervisie',
    ]);
    expect(openAnswers.querySelector('b')).toBeNull();
    expect(openAnswers.querySelector('ol')).toBeNull();
  });

  it('does not even ask for open answers the published wave does not show', async () => {
    const calls = server('coordinator', {
      [`GET ${base}/results?breakdown=none`]: {
        status: 200,
        body: results('none', [], { openAnswersVisible: false }),
      },
    });
    await renderResults();
    const section = await screen.findByRole('region', { name: 'Open antwoorden' });
    expect(section.textContent).toContain(
      'Open antwoorden zie je alleen als minstens 10 mensen met een eigen uitnodiging per e-mail hebben ingevuld.',
    );
    expect(calls.some((call) => call.key.endsWith('/open-answers'))).toBe(false);
  });

  it('says when the open answers were erased after their retention period', async () => {
    server('coordinator', {
      [`GET ${base}/open-answers`]: {
        status: 200,
        body: { visible: false, answers: [], removedOn: '2027-03-01' },
      },
    });
    await renderResults();
    const section = await screen.findByRole('region', { name: 'Open antwoorden' });
    expect(
      await within(section).findByText(
        'De open antwoorden zijn op 1 maart 2027 gewist, omdat de bewaartermijn voorbij was. De cijfers hierboven blijven bewaard.',
      ),
    ).toBeTruthy();
    expect(within(section).queryByRole('listitem')).toBeNull();
  });

  it('shows the server’s message while the wave is still open', async () => {
    server('coordinator', {
      [`GET ${base}/results?breakdown=none`]: {
        status: 409,
        body: { code: 'CONFLICT', message: 'Uitslagen zie je pas als de meting is gesloten.' },
      },
    });
    await renderResults();
    expect(await screen.findByText('Uitslagen zie je pas als de meting is gesloten.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a team manager only their own team, without choices, comparison or open answers', async () => {
    const calls = server('team_manager', {
      [`GET ${base}/results?breakdown=team`]: {
        status: 200,
        body: {
          ...results('team', []),
          results: {
            breakdown: 'team',
            total: null,
            sensitive: [],
            groups: [
              { key: teamA, label: 'Team Oost', cell: shown(12, 13, { knowledge: summary(11, 3.1) }) },
            ],
          },
        },
      },
    });
    await renderResults();
    expect(await screen.findByRole('heading', { level: 2, name: 'Je eigen team' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Team Oost: score per schaal' })).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Hele organisatie' })).toBeNull();
    await waitFor(() =>
      expect(calls.some((call) => call.key === 'GET /api/measurement/instruments/1')).toBe(true),
    );
    expect(calls.some((call) => call.key.endsWith('/comparison') || call.key.endsWith('/open-answers'))).toBe(
      false,
    );
  });
});
