import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import type { Wave } from '../api/get-waves.ts';
import { fakeServer, renderApp, sessionFor, wave } from './test-fixtures.tsx';

const teamA = '22222222-2222-4222-8222-222222222222';
const organisation = { id: 'o1', name: 'Noord', teams: [{ id: teamA, name: 'Team Oost' }] };
const token = 'B'.repeat(43);

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
    for (const name of [
      'Medewerkers',
      'Ervaringsdeskundigen',
      'Management en bestuur',
      'Coördinator ervaringsdeskundigheid',
    ]) {
      fireEvent.click(within(form).getByRole('checkbox', { name }));
    }
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
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Management en bestuur' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Meting plannen' }));

    expect(await screen.findByText('De meting ‘Vervolgmeting najaar’ is gepland.')).toBeTruthy();
    expect(calls.find((call) => call.key === 'POST /api/organisations/o1/waves')?.body).toEqual({
      title: 'Vervolgmeting najaar',
      kind: 'followUp',
      opensOn: '2026-09-01',
      closesOn: '2026-09-30',
      perspectives: ['staff', 'management'],
      minCell: 6,
      minSensitiveCell: 10,
    });
    expect(await within(table).findByRole('link', { name: 'Vervolgmeting najaar' })).toBeTruthy();
  });

  it('makes a link and shows it once with a copy button, then closes the wave after confirming', async () => {
    let current = wave({ responseCount: 7 });
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const calls = fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      'GET /api/organisations/o1': { status: 200, body: organisation },
      'GET /api/organisations/o1/waves': () => ({ status: 200, body: { waves: [current] } }),
      [`GET /api/organisations/o1/waves/${current.id}/links`]: {
        status: 200,
        body: { links: [{ id: 'l1', perspective: 'staff', teamId: null, responseCount: 7 }] },
      },
      [`POST /api/organisations/o1/waves/${current.id}/links`]: (body) => ({
        status: 201,
        body: { id: 'l2', ...(body as object), responseCount: 0, token, path: `/vragenlijst#${token}` },
      }),
      [`POST /api/organisations/o1/waves/${current.id}/close`]: () => {
        current = { ...current, status: 'closed' };
        return { status: 200, body: current };
      },
    });
    await renderApp(`/organisatie/metingen/${current.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: '0-meting voorjaar' })).toBeTruthy();
    expect(document.title).toBe('Meting · Derde Bron');
    const links = await screen.findByRole('table', { name: /Links van deze meting/ });
    expect(
      within(links).getByRole('rowheader', { name: 'Medewerkers' }).closest('tr')?.textContent,
    ).toContain('Geen team (de hele organisatie)7');

    const linkForm = screen.getByRole('form', { name: 'Link maken' });
    fireEvent.change(within(linkForm).getByLabelText('Groep'), { target: { value: 'expert' } });
    fireEvent.change(within(linkForm).getByLabelText(/^Team/), { target: { value: teamA } });
    fireEvent.click(within(linkForm).getByRole('button', { name: 'Link maken' }));
    const made = await screen.findByRole('region', { name: 'De link is gemaakt' });
    await waitFor(() => expect(document.activeElement).toBe(made));
    const url = within(made).getByLabelText(
      'Link voor Ervaringsdeskundigen van Team Oost',
    ) as HTMLInputElement;
    expect(url.value).toBe(`${window.location.origin}/vragenlijst#${token}`);
    expect(url.readOnly).toBe(true);
    expect(made.textContent).toContain('Je ziet deze link maar één keer.');
    expect(made.textContent).toContain('Deel deze link alleen met Ervaringsdeskundigen van Team Oost');
    expect(calls.find((call) => call.key.endsWith('/links') && call.key.startsWith('POST'))?.body).toEqual({
      perspective: 'expert',
      teamId: teamA,
    });
    fireEvent.click(within(made).getByRole('button', { name: 'Link kopiëren' }));
    expect(await within(made).findByText('De link is gekopieerd.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/vragenlijst#${token}`);
    fireEvent.click(within(made).getByRole('button', { name: 'Klaar' }));
    expect(screen.queryByRole('region', { name: 'De link is gemaakt' })).toBeNull();
    expect(document.body.textContent).not.toContain(token);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Link maken' }));

    fireEvent.click(screen.getByRole('button', { name: 'Meting sluiten' }));
    expect(screen.getByText(/Weet je zeker dat je ‘0-meting voorjaar’ wilt sluiten\?/)).toBeTruthy();
    expect(calls.some((call) => call.key.endsWith('/close'))).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, meting sluiten' }));
    expect(await screen.findByText('De meting is gesloten. Je kunt nu de uitslagen bekijken.')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Bekijk de uitslagen' })).toBeTruthy();
    // The confirmation stays after the wave has turned closed, with a way on to the results.
    expect(screen.getByText('De meting is gesloten. Je kunt nu de uitslagen bekijken.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de uitslagen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Meting sluiten' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Link maken' })).toBeNull();
  });

  it('sends e-mail invitations, each address once, and then forgets the addresses', async () => {
    const current = wave({});
    let groups: object[] = [];
    const calls = fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      'GET /api/organisations/o1': { status: 200, body: organisation },
      'GET /api/organisations/o1/waves': { status: 200, body: { waves: [current] } },
      [`GET /api/organisations/o1/waves/${current.id}/links`]: { status: 200, body: { links: [] } },
      [`GET /api/organisations/o1/waves/${current.id}/invitations`]: () => ({
        status: 200,
        body: { groups },
      }),
      [`POST /api/organisations/o1/waves/${current.id}/invitations`]: (body) => {
        const { emails, perspective, teamId } = body as {
          emails: string[];
          perspective: string;
          teamId: string;
        };
        groups = [{ perspective, teamId, sent: emails.length, used: 0 }];
        return { status: 202, body: { sent: emails.length, failed: 0 } };
      },
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
    fireEvent.change(within(form).getByLabelText(/^Team/), { target: { value: teamA } });
    const addresses = within(form).getByLabelText(/^E-mailadressen/) as HTMLTextAreaElement;
    fireEvent.change(addresses, { target: { value: 'an@example.org\nbo@example.org, AN@example.org' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Uitnodigingen sturen' }));
    expect(await screen.findByText('2 uitnodigingen zijn verstuurd.')).toBeTruthy();
    expect(calls.filter((call) => call.key.startsWith('POST')).map((call) => call.body)).toEqual([
      { perspective: 'staff', teamId: teamA, emails: ['an@example.org', 'bo@example.org'] },
    ]);
    expect(addresses.value).toBe('');
    const table = await screen.findByRole('table', { name: /Uitnodigingen per groep/ });
    expect(
      within(table).getByRole('rowheader', { name: 'Medewerkers' }).closest('tr')?.textContent,
    ).toContain('Team Oost20');
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
