import { frameworkV1 } from '@derde-bron/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { fakeServer, instrument, renderApp, sessionFor, wave } from './test-fixtures.tsx';

const closed = wave({ status: 'closed', responseCount: 23, published: true });
const base = `/api/organisations/o1/waves/${closed.id}`;
const goalId = '66666666-6666-4666-8666-666666666666';
const earlierWave = '77777777-7777-4777-8777-777777777777';

const figure = (n: number, mean: number) => ({
  n,
  mean,
  shares: { 1: 0, 2: 10, 3: 20, 4: 50, 5: 20 },
  dontKnowShare: 0.05,
});

function itemServer(role: 'coordinator' | 'expert' = 'coordinator', posted: unknown[] = []) {
  return fakeServer({
    'GET /api/auth/session': { status: 200, body: sessionFor(role) },
    'GET /api/framework': { status: 200, body: { version: 1, content: frameworkV1 } },
    'GET /api/measurement/instruments/1': { status: 200, body: instrument },
    'GET /api/organisations/o1/members': { status: 200, body: { members: [] } },
    [`GET ${base}/results`]: {
      status: 200,
      body: {
        wave: closed,
        results: { breakdown: 'none', total: null, groups: [], sensitive: [] },
        noiseScale: 2,
        openAnswersVisible: false,
      },
    },
    [`GET ${base}/item-results`]: {
      status: 200,
      body: {
        available: true,
        total: {
          visible: true,
          items: {
            knowsDifference: figure(21, 3.4),
            knowsRoles: { hidden: 'tooFew' },
            safeToTalk: figure(20, 2.1),
          },
        },
        groups: [],
        goals: [
          {
            id: goalId,
            title: 'Training over ervaringskennis',
            stepKey: 'exploration',
            itemKey: 'knowsDifference',
            status: 'done',
            achieved: 'partly',
            deadline: null,
            sourceWave: { id: earlierWave, title: '0-meting 2025' },
            fromThisWave: false,
          },
        ],
      },
    },
    [`POST ${base}/items/safeToTalk/goals`]: (body) => {
      posted.push(body);
      return {
        status: 201,
        body: {
          id: goalId,
          title: (body as { title: string }).title,
          stepKey: 'professionalDevelopment',
          itemKey: 'safeToTalk',
          status: 'open',
          achieved: null,
          deadline: null,
          sourceWave: { id: closed.id, title: closed.title },
          fromThisWave: true,
        },
      };
    },
  });
}

describe('results per question', () => {
  beforeEach(() => initI18n('nl'));

  it('shows each question under its step, hidden ones in words, and what was done about it before', async () => {
    itemServer();
    await renderApp(`/organisatie/metingen/${closed.id}/vragen`);
    const exploration = await screen.findByRole('table', { name: /Stap 1: .* – Hele organisatie/ });
    const row = within(exploration).getByRole('row', { name: /Ik weet wat ervaringskennis is/ });
    expect(row.textContent).toContain('3,4');
    expect(row.textContent).toContain('4: 50%');
    // The goal from the earlier wave, with its status and latest "doel behaald?".
    expect(row.textContent).toContain(
      'Training over ervaringskennis — Klaar, doel behaald? Deels (uit ‘0-meting 2025’)',
    );
    const hidden = within(exploration).getByRole('row', { name: /Ik ken de rollen/ });
    expect(hidden.textContent).toContain('Te weinig antwoorden');
    // The climate question belongs to step 5.
    expect(await screen.findByRole('table', { name: /Stap 5: .* – Hele organisatie/ })).toBeTruthy();
  });

  it('makes a goal from a question with the form filled in, for the question’s step', async () => {
    const posted: unknown[] = [];
    itemServer('coordinator', posted);
    await renderApp(`/organisatie/metingen/${closed.id}/vragen`);
    const climate = await screen.findByRole('table', { name: /Stap 5: .* – Hele organisatie/ });
    fireEvent.click(within(climate).getByText('Maak hier een doel van'));
    const form = await screen.findByRole('form', { name: 'Nieuw doel bij deze vraag' });
    expect(within(form).getByText(/Het doel komt bij Stap 5/)).toBeTruthy();
    const title = within(form).getByLabelText('Doel of actie') as HTMLInputElement;
    expect(title.value).toBe('Beter maken: Ik kan veilig praten.');
    // Checked before sending: an empty title goes nowhere.
    fireEvent.change(title, { target: { value: '  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Doel maken' }));
    expect(await within(form).findAllByText('Schrijf op wat het doel of de actie is.')).not.toHaveLength(0);
    expect(posted).toEqual([]);
    fireEvent.change(title, { target: { value: 'Elke maand een teamgesprek over veiligheid' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Doel maken' }));
    await waitFor(() =>
      expect(posted).toEqual([
        { title: 'Elke maand een teamgesprek over veiligheid', ownerMembershipId: null, deadline: null },
      ]),
    );
    expect(
      await screen.findByText(/Het doel ‘Elke maand een teamgesprek over veiligheid’ is gemaakt/),
    ).toBeTruthy();
  });
});

const feedback = (overrides = {}) => ({
  wave: {
    id: closed.id,
    title: closed.title,
    kind: 'baseline',
    closesOn: closed.closesOn,
    instrumentVersion: 1,
  },
  intro: null,
  publishedAt: null,
  version: 0,
  responseCount: 23,
  perspectives: ['staff', 'expert'],
  scales: [
    { scaleKey: 'knowledge', mean: 3.4 },
    { scaleKey: 'climate', mean: null },
  ],
  goals: [
    {
      id: goalId,
      title: 'Elke maand een teamgesprek',
      stepKey: 'professionalDevelopment',
      status: 'open',
      deadline: '2026-12-01',
    },
  ],
  ...overrides,
});

describe('terugkoppeling', () => {
  beforeEach(() => initI18n('nl'));

  it('lets the coordinator publish it, checked first, from the version she saw', async () => {
    const sent: unknown[] = [];
    fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      'GET /api/framework': { status: 200, body: { version: 1, content: frameworkV1 } },
      'GET /api/measurement/instruments/1': { status: 200, body: instrument },
      [`GET ${base}/feedback`]: { status: 200, body: feedback() },
      [`PATCH ${base}/feedback`]: (body) => {
        sent.push(body);
        return {
          status: 200,
          body: feedback({
            intro: (body as { intro: string }).intro,
            version: 1,
            publishedAt: '2026-04-01T10:00:00.000Z',
          }),
        };
      },
    });
    await renderApp(`/organisatie/terugkoppeling/${closed.id}`);
    expect(await screen.findByText(/Nog te doen: vertel de mensen/)).toBeTruthy();
    const text = screen.getByLabelText('Tekst voor medewerkers') as HTMLTextAreaElement;
    expect(text.value).toContain('Dank je wel dat je de vragenlijst hebt ingevuld!');
    fireEvent.change(text, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terugkoppeling publiceren' }));
    expect(await screen.findAllByText('Schrijf een tekst voor de medewerkers.')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.change(text, { target: { value: 'Bedankt allemaal!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terugkoppeling publiceren' }));
    await waitFor(() => expect(sent).toEqual([{ intro: 'Bedankt allemaal!', version: 0 }]));
    expect(await screen.findByText(/De terugkoppeling is gepubliceerd/)).toBeTruthy();
  });

  it('shows staff the summary of the whole organisation, the goals and the thanks, without the editor', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('expert') },
      'GET /api/framework': { status: 200, body: { version: 1, content: frameworkV1 } },
      'GET /api/measurement/instruments/1': { status: 200, body: instrument },
      [`GET ${base}/feedback`]: {
        status: 200,
        body: feedback({ intro: 'Bedankt allemaal!', version: 1, publishedAt: '2026-04-01T10:00:00.000Z' }),
      },
    });
    await renderApp(`/organisatie/terugkoppeling/${closed.id}`);
    expect(await screen.findByText('Bedankt allemaal!')).toBeTruthy();
    expect(screen.getByText(/Mee deden: Medewerkers, Ervaringsdeskundigen\. 23 mensen vulden/)).toBeTruthy();
    const table = screen.getByRole('table', { name: /Gemiddelde per onderwerp/ });
    expect(within(table).getByRole('row', { name: /Kennis/ }).textContent).toContain('3,4');
    expect(await screen.findByText(/Elke maand een teamgesprek \(Stap 5/)).toBeTruthy();
    expect(screen.queryByLabelText('Tekst voor medewerkers')).toBeNull();
    expect(screen.getByRole('link', { name: /Download als PDF/ })).toBeTruthy();
  });
});

describe('comparison like for like', () => {
  beforeEach(() => initI18n('nl'));

  it('says who took part in each wave, compares per shared perspective and lists what is not comparable', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      'GET /api/organisations/o1': { status: 200, body: { id: 'o1', name: 'Noord', teams: [] } },
      'GET /api/measurement/instruments/1': { status: 200, body: instrument },
      [`GET ${base}/results`]: {
        status: 200,
        body: {
          wave: closed,
          results: {
            breakdown: 'none',
            total: { visible: true, n: 23, declared: 30, viaSharedLink: false, scales: {} },
            groups: [],
            sensitive: [],
          },
          noiseScale: 2,
          openAnswersVisible: false,
        },
      },
      [`GET ${base}/open-answers`]: { status: 200, body: { visible: false, answers: [], removedOn: null } },
      [`GET ${base}/comparison`]: {
        status: 200,
        body: {
          baseline: { id: earlierWave, title: '0-meting 2025', instrumentVersion: 1 },
          later: { id: closed.id, title: closed.title, instrumentVersion: 2 },
          participants: {
            baseline: { perspectives: ['staff'], teams: [null] },
            later: { perspectives: ['expert', 'management', 'staff'], teams: [null] },
          },
          sharedPerspectives: ['staff'],
          rows: [
            {
              perspective: 'staff',
              kind: 'scale',
              key: 'knowledge',
              baseline: 2.8,
              later: 3.4,
              difference: 0.6,
            },
          ],
          notComparable: [
            { kind: 'perspective', key: 'expert', reason: 'onlyOneWave' },
            { kind: 'scale', key: 'selfAssessment', reason: 'notInBothVersions' },
          ],
        },
      },
    });
    await renderApp(`/organisatie/metingen/${closed.id}/uitslagen`);
    const table = await screen.findByRole('table', { name: /Gemiddelde per schaal, Medewerkers/ });
    expect(within(table).getByRole('row', { name: /Kennis/ }).textContent).toContain('+0,6');
    expect(screen.getByText('Ervaringsdeskundigen, Management en bestuur, Medewerkers')).toBeTruthy();
    expect(screen.getByText(/andere versie van de vragenlijst \(1 en 2\)/)).toBeTruthy();
    expect(
      screen.getByText('Ervaringsdeskundigen: deden maar aan één van de twee metingen mee.'),
    ).toBeTruthy();
    expect(
      screen.getByText('selfAssessment: staat maar in één van de twee versies van de vragenlijst.'),
    ).toBeTruthy();
  });
});
