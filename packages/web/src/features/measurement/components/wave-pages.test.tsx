import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import type { WaveGroup } from '../api/get-groups.ts';
import type { Wave } from '../api/get-waves.ts';
import { fakeServer, renderApp, sessionFor, wave } from './test-fixtures.tsx';

const teamA = '22222222-2222-4222-8222-222222222222';
const organisation = { id: 'o1', name: 'Noord', teams: [{ id: teamA, name: 'Team Oost' }] };
const token = 'B'.repeat(43);
const base = `/api/organisations/o1/waves/${wave().id}`;

/** A group of the wave as the server lists it: staff without a team, 20 people, 5 answers to go. */
const group = (overrides: Partial<WaveGroup> = {}): WaveGroup => ({
  id: 'g1',
  teamId: null,
  teamName: null,
  perspective: 'staff',
  headcount: 20,
  progress: { state: 'needed', needed: 5 },
  links: [],
  invitationsSent: 0,
  ...overrides,
});

/** The cells of a table's row after its row header, as text. */
const cellsOf = (table: HTMLElement, rowHeader: string) =>
  within(within(table).getByRole('rowheader', { name: rowHeader }).closest('tr') as HTMLElement)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('the waves pages', () => {
  beforeEach(() => initI18n('nl'));

  it('lists the waves and plans a new one, checking the fields first', async () => {
    let waves: Wave[] = [wave({ status: 'closed', responseCount: 12 })];
    const calls = fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      'GET /api/organisations/o1/waves': () => ({ status: 200, body: { waves } }),
      'POST /api/organisations/o1/waves': (body) => {
        const created = wave({ id: '44444444-4444-4444-8444-444444444444', ...(body as Partial<Wave>) });
        waves = [...waves, created];
        return { status: 201, body: created };
      },
    });
    await renderApp('/organisatie/metingen');
    expect(screen.getByRole('heading', { level: 1, name: 'Metingen' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Metingen van je organisatie' });
    const row = within(table)
      .getByRole('rowheader', { name: '0-meting voorjaar' })
      .closest('tr') as HTMLElement;
    expect(row.textContent).toContain('Gesloten');
    expect(row.textContent).toContain('12');
    expect(within(row).getByRole('link', { name: 'Uitslagen bekijken 0-meting voorjaar' })).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Nieuwe meting plannen' });
    expect(within(form).getByText(/kun je de drempels nooit meer lager maken/)).toBeTruthy();
    // A later wave is a follow-up by default once there is a wave.
    expect((within(form).getByRole('radio', { name: /Vervolgmeting/ }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.change(within(form).getByLabelText('Minimaal aantal antwoorden per groep'), {
      target: { value: '3' },
    });
    // Instrument v2 asks one perspective, checked by default; unchecked, nobody takes part.
    expect(
      within(form)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['staff']);
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Medewerkers' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Meting plannen' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(within(alert).getByRole('link', { name: /Naam van de meting: Vul een naam/ })).toBeTruthy();
    expect(
      within(alert).getByRole('link', { name: /Wie doen er mee\?: Kies minstens één groep/ }),
    ).toBeTruthy();
    expect(
      within(alert).getByRole('link', {
        name: /Minimaal aantal antwoorden per groep: Vul een heel getal in van 5/,
      }),
    ).toBeTruthy();
    expect(calls.some((call) => call.key === 'POST /api/organisations/o1/waves')).toBe(false);

    fireEvent.change(within(form).getByLabelText('Naam van de meting'), {
      target: { value: 'Vervolgmeting najaar' },
    });
    fireEvent.change(within(form).getByLabelText('Minimaal aantal antwoorden per groep'), {
      target: { value: '6' },
    });
    fireEvent.change(within(form).getByLabelText('Eerste dag'), { target: { value: '2026-09-01' } });
    fireEvent.change(within(form).getByLabelText('Laatste dag'), { target: { value: '2026-09-30' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Medewerkers' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Meting plannen' }));

    expect(await screen.findByText('De meting ‘Vervolgmeting najaar’ is gepland.')).toBeTruthy();
    expect(calls.find((call) => call.key === 'POST /api/organisations/o1/waves')?.body).toEqual({
      title: 'Vervolgmeting najaar',
      kind: 'followUp',
      opensOn: '2026-09-01',
      closesOn: '2026-09-30',
      perspectives: ['staff'],
      minCell: 6,
      minSensitiveCell: 10,
    });
    expect(await within(table).findByRole('link', { name: 'Vervolgmeting najaar' })).toBeTruthy();
  });

  it('declares groups with their headcount, checking them first, and shows how far each is', async () => {
    const current = wave({ responseCount: 7 });
    let groups: WaveGroup[] = [
      group({ id: 'g1', perspective: 'staff', headcount: 20, progress: { state: 'enough' } }),
    ];
    const calls = fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      'GET /api/organisations/o1': { status: 200, body: organisation },
      'GET /api/organisations/o1/waves': { status: 200, body: { waves: [current] } },
      [`GET ${base}/groups`]: () => ({ status: 200, body: { groups } }),
      [`POST ${base}/groups`]: (body) => {
        const made = group({ id: 'g2', teamName: 'Team Oost', ...(body as Partial<WaveGroup>) });
        groups = [...groups, made];
        return { status: 201, body: made };
      },
    });
    await renderApp(`/organisatie/metingen/${current.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: '0-meting voorjaar' })).toBeTruthy();
    expect(document.title).toBe('Meting · Derde Bron');
    const table = await screen.findByRole('table', { name: 'Groepen van deze meting' });
    expect(cellsOf(table, 'Geen team (de hele organisatie)')).toEqual([
      'Medewerkers',
      '20',
      'Genoeg antwoorden om uitslagen te tonen',
      'Nog geen',
      '0',
    ]);

    const form = screen.getByRole('form', { name: 'Groep toevoegen' });
    const headcount = within(form).getByLabelText('Hoeveel mensen zitten in deze groep?');
    expect(headcount.getAttribute('aria-describedby')).toBeTruthy();
    expect(
      within(form).getByText(/Dit aantal kun je later niet meer veranderen\..*ziet dit aantal\./),
    ).toBeTruthy();
    // The group that exists already, and no number: both said, nothing sent.
    fireEvent.click(within(form).getByRole('button', { name: 'Groep toevoegen' }));
    const alert = await within(form).findByRole('alert');
    expect(within(alert).getByRole('link', { name: /Team: Deze groep bestaat al/ })).toBeTruthy();
    expect(
      within(alert).getByRole('link', {
        name: /Hoeveel mensen zitten in deze groep\?: Vul een heel getal in van 1 tot en met 10\.000/,
      }),
    ).toBeTruthy();
    expect(calls.some((call) => call.key === `POST ${base}/groups`)).toBe(false);

    fireEvent.change(within(form).getByLabelText('Team'), { target: { value: teamA } });
    fireEvent.change(within(form).getByLabelText('Perspectief'), { target: { value: 'expert' } });
    fireEvent.change(headcount, { target: { value: '12' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Groep toevoegen' }));
    expect(
      await screen.findByText('De groep Team Oost, ervaringsdeskundigen is toegevoegd, met 12 mensen.'),
    ).toBeTruthy();
    expect(calls.find((call) => call.key === `POST ${base}/groups`)?.body).toEqual({
      perspective: 'expert',
      teamId: teamA,
      headcount: 12,
    });
    expect(await within(table).findByRole('rowheader', { name: 'Team Oost' })).toBeTruthy();
    expect(cellsOf(table, 'Team Oost')).toEqual([
      'Ervaringsdeskundigen',
      '12',
      'Nog 5 antwoorden nodig om uitslagen te tonen',
      'Nog geen',
      '0',
    ]);
    expect((headcount as HTMLInputElement).value).toBe('');
  });

  it('makes a shared link for a group, shows it once, withdraws an old one after asking, then closes the wave', async () => {
    let current = wave({ responseCount: 7 });
    let groups: WaveGroup[] = [
      group({ id: 'g1', links: [{ id: 'l1', createdAt: '2026-03-02T09:30:00.000Z' }] }),
      group({ id: 'g2', perspective: 'expert', teamId: teamA, teamName: 'Team Oost', headcount: 12 }),
    ];
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const calls = fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      'GET /api/organisations/o1': { status: 200, body: organisation },
      'GET /api/organisations/o1/waves': () => ({ status: 200, body: { waves: [current] } }),
      [`GET ${base}/groups`]: () => ({ status: 200, body: { groups } }),
      [`POST ${base}/links`]: (body) => ({
        status: 201,
        body: {
          id: 'l2',
          groupId: (body as { groupId: string }).groupId,
          token,
          path: `/vragenlijst#${token}`,
        },
      }),
      [`DELETE ${base}/links/l1`]: () => {
        groups = groups.map((g) => ({ ...g, links: g.links.filter((link) => link.id !== 'l1') }));
        return { status: 204 };
      },
      [`POST ${base}/close`]: () => {
        current = { ...current, status: 'closed' };
        groups = groups.map((g) => ({ ...g, progress: { state: 'closed' } }));
        return { status: 200, body: current };
      },
    });
    await renderApp(`/organisatie/metingen/${current.id}`);
    const table = await screen.findByRole('table', { name: 'Groepen van deze meting' });
    expect(cellsOf(table, 'Geen team (de hele organisatie)')[3]).toMatch(
      /^Gemaakt op 2 maart 2026 om \d\d:30\./,
    );

    const linkForm = screen.getByRole('form', { name: 'Gedeelde link maken' });
    expect(
      within(linkForm).getByText(/Daarom stellen we via een gedeelde link geen open vragen/),
    ).toBeTruthy();
    fireEvent.change(within(linkForm).getByLabelText('Groep'), { target: { value: 'g2' } });
    expect(
      within(linkForm).getByRole('option', { name: 'Team Oost, ervaringsdeskundigen (12 mensen)' }),
    ).toBeTruthy();
    fireEvent.click(within(linkForm).getByRole('button', { name: 'Gedeelde link maken' }));
    const made = await screen.findByRole('region', { name: 'De link is gemaakt' });
    await waitFor(() => expect(document.activeElement).toBe(made));
    const url = within(made).getByLabelText('Link voor Team Oost, ervaringsdeskundigen') as HTMLInputElement;
    expect(url.value).toBe(`${window.location.origin}/vragenlijst#${token}`);
    expect(url.readOnly).toBe(true);
    expect(made.textContent).toContain('Je ziet deze link maar één keer.');
    expect(made.textContent).toContain(
      'Deel deze link alleen met Team Oost, ervaringsdeskundigen: de 12 mensen die je opgaf.',
    );
    expect(calls.find((call) => call.key === `POST ${base}/links`)?.body).toEqual({ groupId: 'g2' });
    fireEvent.click(within(made).getByRole('button', { name: 'Link kopiëren' }));
    expect(await within(made).findByText('De link is gekopieerd.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/vragenlijst#${token}`);
    fireEvent.click(within(made).getByRole('button', { name: 'Klaar' }));
    expect(screen.queryByRole('region', { name: 'De link is gemaakt' })).toBeNull();
    expect(document.body.textContent).not.toContain(token);
    expect(document.activeElement).toBe(
      within(linkForm).getByRole('button', { name: 'Gedeelde link maken' }),
    );

    fireEvent.click(
      within(table).getByRole('button', {
        name: 'Intrekken link voor Geen team (de hele organisatie), medewerkers',
      }),
    );
    expect(
      within(table).getByText(
        /Wil je deze link voor Geen team \(de hele organisatie\), medewerkers intrekken\?/,
      ),
    ).toBeTruthy();
    expect(calls.some((call) => call.key.startsWith('DELETE'))).toBe(false);
    fireEvent.click(within(table).getByRole('button', { name: 'Ja, link intrekken' }));
    expect(
      await screen.findByText(
        'De link voor Geen team (de hele organisatie), medewerkers is ingetrokken. Hij werkt niet meer.',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(cellsOf(table, 'Geen team (de hele organisatie)')[3]).toBe('Nog geen'));

    fireEvent.click(screen.getByRole('button', { name: 'Meting sluiten' }));
    expect(screen.getByText(/Weet je zeker dat je ‘0-meting voorjaar’ wilt sluiten\?/)).toBeTruthy();
    expect(calls.some((call) => call.key.endsWith('/close'))).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, meting sluiten' }));
    expect(await screen.findByText('De meting is gesloten. Je kunt nu de uitslagen bekijken.')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Bekijk de uitslagen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de uitslagen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Meting sluiten' })).toBeNull();
    // Closed: nothing per group any more but the people declared; no forms.
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((header) => header.textContent),
      ).toEqual(['Team', 'Perspectief', 'Mensen in de groep']),
    );
    expect(screen.queryByRole('button', { name: 'Gedeelde link maken' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Groep toevoegen' })).toBeNull();
    expect(screen.queryByText(/Genoeg antwoorden|antwoorden nodig/)).toBeNull();
  });

  it('sends e-mail invitations to one group, never more than its people, then reminds without saying whom', async () => {
    const current = wave({});
    let groups: WaveGroup[] = [
      group({ id: 'g1' }),
      group({ id: 'g2', teamId: teamA, teamName: 'Team Oost', headcount: 3, invitationsSent: 1 }),
    ];
    const calls = fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      'GET /api/organisations/o1': { status: 200, body: organisation },
      'GET /api/organisations/o1/waves': { status: 200, body: { waves: [current] } },
      [`GET ${base}/groups`]: () => ({ status: 200, body: { groups } }),
      [`POST ${base}/invitations`]: (body) => {
        const { emails, groupId } = body as { emails: string[]; groupId: string };
        groups = groups.map((g) =>
          g.id === groupId ? { ...g, invitationsSent: g.invitationsSent + emails.length } : g,
        );
        return { status: 202, body: { queued: emails.length } };
      },
      [`POST ${base}/invitations/reminders`]: { status: 202, body: { reminded: true } },
    });
    await renderApp(`/organisatie/metingen/${current.id}`);
    const form = await screen.findByRole('form', { name: 'Uitnodigingen sturen' });
    // Nothing typed: the field says what is missing, and nothing is sent.
    fireEvent.click(within(form).getByRole('button', { name: 'Uitnodigingen sturen' }));
    expect(
      await within(form).findByText('Vul minstens één e-mailadres in.', {
        selector: '.field__error, p, span',
      }),
    ).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Groep'), { target: { value: 'g2' } });
    expect(within(form).getByText(/Voor deze groep kun je nog 2 uitnodigingen sturen\./)).toBeTruthy();
    const addresses = within(form).getByLabelText(/^E-mailadressen/) as HTMLTextAreaElement;
    fireEvent.change(addresses, { target: { value: 'an@example.org\nbo@example.org cy@example.org' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Uitnodigingen sturen' }));
    expect(
      await within(form).findByText(
        /Te veel adressen\. De groep heeft 3 mensen en er zijn al 1 uitnodigingen verstuurd\./,
        {
          selector: '.field__error',
        },
      ),
    ).toBeTruthy();
    fireEvent.change(addresses, { target: { value: 'an@example.org\nbo@example.org, AN@example.org' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Uitnodigingen sturen' }));
    expect(await screen.findByText(/^2 uitnodigingen staan klaar/)).toBeTruthy();
    expect(calls.filter((call) => call.key === `POST ${base}/invitations`).map((call) => call.body)).toEqual([
      { groupId: 'g2', emails: ['an@example.org', 'bo@example.org'] },
    ]);
    expect(addresses.value).toBe('');
    const table = screen.getByRole('table', { name: 'Groepen van deze meting' });
    await waitFor(() => expect(cellsOf(table, 'Team Oost')[4]).toBe('3'));

    const reminders = screen.getByRole('form', { name: 'Herinnering sturen' });
    expect(reminders.textContent).toContain('Wie dat zijn, ziet niemand: ook jij niet.');
    fireEvent.click(within(reminders).getByRole('button', { name: 'Herinnering sturen' }));
    expect(
      await within(reminders).findByText(
        'Wie nog niet heeft ingevuld, krijgt een herinnering (hoogstens één per 3 dagen). Hoeveel dat er zijn, zeggen we niet: dan zou je weten hoeveel er al invulden.',
      ),
    ).toBeTruthy();
    expect(calls.find((call) => call.key === `POST ${base}/invitations/reminders`)?.body).toBeUndefined();
  });

  it('says only “fewer than” for a closed wave whose total is hidden', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      'GET /api/organisations/o1/waves': {
        status: 200,
        body: { waves: [wave({ status: 'closed', published: true, responseCount: null })] },
      },
    });
    await renderApp('/organisatie/metingen');
    const table = await screen.findByRole('table', { name: 'Metingen van je organisatie' });
    const row = within(table)
      .getByRole('rowheader', { name: '0-meting voorjaar' })
      .closest('tr') as HTMLElement;
    expect(row.textContent).toContain('minder dan 5');
  });

  it('shows a team manager the closed waves only, read-only', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('team_manager', teamA) },
      'GET /api/organisations/o1/waves': {
        status: 200,
        body: {
          waves: [
            wave({ title: 'Open meting' }),
            wave({ id: 'w2', title: 'Gesloten meting', status: 'closed' }),
          ],
        },
      },
    });
    await renderApp('/organisatie/metingen');
    const table = await screen.findByRole('table');
    expect(within(table).queryByText('Open meting')).toBeNull();
    expect(within(table).getByRole('link', { name: /Uitslagen bekijken Gesloten meting/ })).toBeTruthy();
    expect(within(table).queryByRole('link', { name: 'Gesloten meting' })).toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('keeps the page for experts closed', async () => {
    fakeServer({ 'GET /api/auth/session': { status: 200, body: sessionFor('expert') } });
    await renderApp('/organisatie/metingen');
    expect(await screen.findByText(/Je hebt geen toegang|mag je niet|geen rechten/i)).toBeTruthy();
  });
});
