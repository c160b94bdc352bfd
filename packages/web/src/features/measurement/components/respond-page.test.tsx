import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../../lib/api-client.ts';
import { initRespondentI18n } from '../../../respond/i18n.ts';
import { prerender } from '../../../respond/prerender.tsx';
import { RespondentApp } from '../../../respond/respondent-app.tsx';
import { anonymous, fakeServer, instrument, type Reply } from './test-fixtures.tsx';

const token = 'A'.repeat(43);

const questionnaire = {
  waveTitle: '0-meting voorjaar',
  organisationName: 'Vrouwenopvang Noord',
  perspective: 'staff',
  closesOn: '2026-03-21',
  answersKeptUntil: '2027-03-21',
  group: { teamName: 'Team Oost', headcount: 12 },
  channel: 'invitation',
  thresholds: { minCell: 5, minSensitiveCell: 10 },
  keepProbability: 0.5,
  instrument,
};

/** The same questionnaire through a shared link to the whole organisation: no open questions. */
const throughSharedLink = {
  ...questionnaire,
  group: { teamName: null, headcount: 40 },
  channel: 'sharedLink',
  instrument: { ...instrument, items: instrument.items.filter((item) => item.kind !== 'open') },
};

/** Makes crypto.getRandomValues answer these numbers in [0, 1), in turn (randomized response). */
function drawRandomNumbers(...numbers: number[]) {
  return vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
    if (array instanceof Uint32Array) array[0] = Math.floor((numbers.shift() ?? 0) * 2 ** 32);
    return array;
  });
}

/** The questionnaire's own page (respond.html), as the server serves it at /vragenlijst. */
async function renderRespondent() {
  render(<RespondentApp />);
  await screen.findByRole('heading', { level: 1 });
}

/** Opens the page the way a respondent does: with the token in the address's fragment. */
function openLink() {
  window.history.replaceState(null, '', `/vragenlijst#${token}`);
  return renderRespondent();
}

const group = (name: string) => screen.getByRole('group', { name: new RegExp(name) });
const choose = (question: string, answer: string) =>
  fireEvent.click(within(group(question)).getByRole('radio', { name: answer }));

/** The respondent's server: no session, the questionnaire behind the link, and `extra`. */
const respondentServer = (extra: Parameters<typeof fakeServer>[0] = {}) =>
  fakeServer({
    'GET /api/auth/session': { status: 200, body: anonymous },
    'POST /api/respond/open': { status: 200, body: questionnaire },
    ...extra,
  });

/** A submit that fails on the network once, and is stored when sent again. */
function submitFailingOnce() {
  const replies: Reply[] = ['network-error', { status: 201, body: { stored: true } }];
  return { 'POST /api/respond/submit': () => replies.shift() ?? { status: 500 } };
}

async function answerFirstScreen() {
  fireEvent.click(await screen.findByRole('button', { name: 'Beginnen' }));
  choose('Ik weet wat ervaringskennis is.', 'Mee eens');
  choose('Ik ken de rollen.', 'Weet ik niet');
  fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
  await screen.findByRole('heading', { level: 2, name: 'Veilig klimaat' });
}

describe('the respondent page', () => {
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  beforeEach(async () => {
    await initRespondentI18n();
    localStorage.clear();
    sessionStorage.clear();
    setItem.mockClear();
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    vi.restoreAllMocks();
  });

  it('first shows exactly what respond.html holds before its script runs, so nothing jumps', async () => {
    respondentServer({ 'POST /api/respond/open': 'never' });
    window.history.replaceState(null, '', `/vragenlijst#${token}`);
    const { container } = render(<RespondentApp />);
    await screen.findByRole('status');
    const built = await prerender();
    expect(built).toContain('href="https://www.buienradar.nl/"');
    expect(container.innerHTML).toBe(built);
  });

  it('removes the token from the address at once and shows the intro, organisation and closing day', async () => {
    const calls = respondentServer();
    await openLink();
    // The page's first effect takes the token out of the address.
    await waitFor(() => expect(window.location.hash).toBe(''));
    expect(screen.getByRole('heading', { level: 1, name: 'Vragenlijst' })).toBeTruthy();
    expect(
      await screen.findByText('Vrouwenopvang Noord vraagt je om deze vragenlijst in te vullen.'),
    ).toBeTruthy();
    expect(screen.getByText('21 maart 2026')).toBeTruthy();
    expect(screen.getByText('Wat we bewaren: alleen je antwoorden.')).toBeTruthy();
    expect(screen.getByText('Wie wat ziet: alleen groepen van minstens 5.')).toBeTruthy();
    expect(document.title).toBe('Vragenlijst · Derde Bron');
    // The token travels in a body, never in a URL.
    expect(calls.find((call) => call.key === 'POST /api/respond/open')?.body).toEqual({ token });
    expect(calls.every((call) => !call.url.href.includes(token))).toBe(true);
  });

  it('says who the questionnaire is for, what is protected and what the platform cannot prevent', async () => {
    respondentServer();
    await openLink();
    expect(
      await screen.findByText('Deze vragenlijst is voor Team Oost, medewerkers: 12 mensen.'),
    ).toBeTruthy();
    expect(
      screen.getByText(/^Klopt dat niet\? .*Vul dan niets in en zeg het tegen de ondernemingsraad/),
    ).toBeTruthy();
    expect(
      screen.getByText(/Een groep is pas te zien vanaf 5 antwoorden\. Gevoelige vragen .* vanaf 10/),
    ).toBeTruthy();
    expect(
      screen.getByText(
        /kiest je telefoon of computer soms zelf een willekeurig antwoord: ongeveer bij 50\s?%/,
      ),
    ).toBeTruthy();
    const limits = screen.getByRole('heading', { level: 2, name: 'Wat we niet kunnen voorkomen' });
    const list = limits.parentElement?.querySelector('ul');
    expect(list?.textContent).toContain('Een organisatie kan zelf extra antwoorden invullen');
    expect(list?.textContent).toContain('Schrijf daarom geen namen op');
    expect(list?.textContent).toContain('geheime sleutel');
    // Through an e-mail invitation, nothing is said about shared links.
    expect(screen.queryByText(/geen open vragen/)).toBeNull();
    // How long the answers are kept, from the server.
    expect(
      screen.getByText(/^Je antwoorden worden bewaard tot en met 21 maart 2027\. Daarna wissen we ze\./),
    ).toBeTruthy();
  });

  it('through a shared link says it is for the whole organisation and why there are no open questions', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: anonymous },
      'POST /api/respond/open': { status: 200, body: throughSharedLink },
    });
    await openLink();
    expect(
      await screen.findByText('Deze vragenlijst is voor de hele organisatie, medewerkers: 40 mensen.'),
    ).toBeTruthy();
    expect(screen.getByText(/Daarom stellen we geen open vragen/)).toBeTruthy();
    expect(screen.queryByText(/Schrijf daarom geen namen op/)).toBeNull();
  });

  it('loads the questionnaire without waiting for the session, and sends no cookie or CSRF token', async () => {
    const calls = fakeServer({
      // A member signed in on this device: her session never matters to the questionnaire.
      'GET /api/auth/session': 'never',
      'POST /api/respond/open': { status: 200, body: questionnaire },
      'POST /api/respond/submit': { status: 201, body: { stored: true } },
    });
    setCsrfToken('csrf-of-a-member');
    await openLink();
    await answerFirstScreen();
    choose('Ik kan veilig praten.', 'Mee eens');
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    await screen.findByRole('heading', { level: 2, name: 'Bedankt voor het invullen' });
    const respond = calls.filter((call) => call.key.startsWith('POST /api/respond/'));
    expect(respond.map((call) => call.key)).toEqual(['POST /api/respond/open', 'POST /api/respond/submit']);
    for (const call of respond) {
      expect(call.credentials).toBe('omit');
      expect(call.csrf).toBeNull();
    }
  });

  it('randomizes a sensitive answer in the browser, once: sending again sends the same draw', async () => {
    // First draw 0.75: replace the answer; second draw 0.9: the last real option, "Nee".
    const getRandomValues = drawRandomNumbers(0.75, 0.9);
    const calls = respondentServer(submitFailingOnce());
    await openLink();
    await answerFirstScreen();
    choose('Ik kan veilig praten.', 'Mee eens');
    choose('Heb je zelf ervaring', 'Ja');
    expect(
      screen.getByText(/soms zelf een willekeurig antwoord\. Zo kan niemand zeker weten wat jij koos\./),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Opnieuw versturen' }));
    await screen.findByRole('heading', { level: 2, name: 'Bedankt voor het invullen' });
    const sent = calls
      .filter((call) => call.key === 'POST /api/respond/submit')
      .map((call) => (call.body as { answers: Record<string, unknown> }).answers.ownExperience);
    expect(sent).toEqual(['no', 'no']);
    expect(getRandomValues).toHaveBeenCalledTimes(2);
    // Neither the answer nor the draw was kept anywhere but in memory.
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('asks one scale per screen, checks the required questions, and keeps answers when going back', async () => {
    respondentServer();
    await openLink();
    fireEvent.click(await screen.findByRole('button', { name: 'Beginnen' }));
    const heading = screen.getByRole('heading', { level: 2, name: 'Kennis' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Deel 1 van 2')).toBeTruthy();
    expect(group('Ik weet wat ervaringskennis is.').tagName).toBe('FIELDSET');
    expect(within(group('Ik ken de rollen.')).getAllByRole('radio')).toHaveLength(6);

    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(within(alert).getAllByRole('link')).toHaveLength(2);
    const first = within(group('Ik weet wat ervaringskennis is.')).getByRole('radio', { name: 'Mee eens' });
    expect(first.getAttribute('aria-invalid')).toBe('true');

    choose('Ik weet wat ervaringskennis is.', 'Mee eens');
    choose('Ik ken de rollen.', 'Weet ik niet');
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    const second = await screen.findByRole('heading', { level: 2, name: 'Veilig klimaat' });
    await waitFor(() => expect(document.activeElement).toBe(second));
    expect(screen.getByText('Deel 2 van 2')).toBeTruthy();
    expect(screen.getByText(/Je mag deze vraag overslaan/)).toBeTruthy();
    expect(
      within(group('Heb je zelf ervaring')).getByRole('radio', { name: 'Zeg ik liever niet' }),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Vorige' }));
    await screen.findByRole('heading', { level: 2, name: 'Kennis' });
    const kept = within(group('Ik weet wat ervaringskennis is.')).getByRole('radio', { name: 'Mee eens' });
    expect((kept as HTMLInputElement).checked).toBe(true);
  });

  it('sends once, and after a network failure sends again with the same key; nothing goes into storage', async () => {
    const calls = respondentServer(submitFailingOnce());
    await openLink();
    await answerFirstScreen();
    choose('Ik kan veilig praten.', 'Helemaal mee eens');
    choose('Heb je zelf ervaring', 'Zeg ik liever niet');
    fireEvent.change(screen.getByLabelText(/Wat helpt in je team\?/), {
      target: { value: '  Tijd om te praten.  ' },
    });
    expect(screen.getByText('Je hebt nog 1978 tekens over van de 2000.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText('Versturen is niet gelukt')).toBeTruthy();
    expect(screen.queryByText('Bedankt voor het invullen')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Versturen' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw versturen' }));
    const thanks = await screen.findByRole('heading', { level: 2, name: 'Bedankt voor het invullen' });
    await waitFor(() => expect(document.activeElement).toBe(thanks));

    const submits = calls.filter((call) => call.key === 'POST /api/respond/submit');
    expect(submits).toHaveLength(2);
    const [firstTry, retry] = submits.map((call) => call.body as Record<string, unknown>);
    expect(firstTry?.submissionKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(retry?.submissionKey).toBe(firstTry?.submissionKey);
    expect(retry).toEqual({
      token,
      submissionKey: firstTry?.submissionKey,
      answers: {
        knowsDifference: 4,
        knowsRoles: 'dontKnow',
        safeToTalk: 5,
        ownExperience: 'preferNotToSay',
        whatHelps: 'Tijd om te praten.',
      },
    });
    // Not even a language choice is kept for a respondent.
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Thank you for taking part' })).toBeTruthy();
    expect(document.cookie).not.toContain('lang=');
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).not.toContain(token);
    expect(document.title).toBe('Questionnaire · Derde Bron');
  });

  it('skips an optional question that was cleared, and leaves empty open answers out', async () => {
    const calls = respondentServer({
      'POST /api/respond/submit': { status: 201, body: { stored: true } },
    });
    await openLink();
    await answerFirstScreen();
    choose('Ik kan veilig praten.', 'Mee oneens');
    choose('Heb je zelf ervaring', 'Ja');
    fireEvent.click(screen.getByRole('button', { name: /Keuze wissen/ }));
    fireEvent.change(screen.getByLabelText(/Wat helpt in je team\?/), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    await screen.findByText('Bedankt voor het invullen');
    expect(calls.find((call) => call.key === 'POST /api/respond/submit')?.body).toMatchObject({
      answers: { knowsDifference: 4, knowsRoles: 'dontKnow', safeToTalk: 2 },
    });
    const sent = calls.find((call) => call.key === 'POST /api/respond/submit')?.body as {
      answers: Record<string, unknown>;
    };
    expect(Object.keys(sent.answers).sort()).toEqual(['knowsDifference', 'knowsRoles', 'safeToTalk']);
  });

  it('shows the server’s refusal next to the question concerned, on that question’s screen', async () => {
    respondentServer({
      'POST /api/respond/submit': {
        status: 400,
        body: {
          code: 'INVALID_INPUT',
          message: 'Niet alle antwoorden kloppen. Kijk de gemarkeerde vragen na.',
          details: [{ field: 'body.answers.knowsRoles', message: 'Invalid input' }],
        },
      },
    });
    await openLink();
    await answerFirstScreen();
    choose('Ik kan veilig praten.', 'Mee eens');
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    await screen.findByRole('heading', { level: 2, name: 'Kennis' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Niet alle antwoorden kloppen.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(within(group('Ik ken de rollen.')).getByText(/Dit antwoord is niet opgeslagen/)).toBeTruthy();
    expect(screen.queryByText('Bedankt voor het invullen')).toBeNull();
  });

  it('says so when the link is closed, without a retry button', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: anonymous },
      'POST /api/respond/open': {
        status: 410,
        body: { code: 'INVALID_INPUT', message: 'Deze vragenlijst is gesloten.' },
      },
    });
    await openLink();
    expect(await screen.findByText('Deze vragenlijst is gesloten.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Beginnen' })).toBeNull();
  });

  it('asks on the page before a link of the site takes away answers that were not sent', async () => {
    fakeServer({ 'POST /api/respond/open': { status: 200, body: questionnaire } });
    await openLink();
    const mainNav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    const link = within(mainNav).getByRole('link', { name: 'Veilig internetten' });
    // Nothing answered yet: no question (jsdom itself does not follow links, so the page stays).
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    fireEvent.click(link);
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await answerFirstScreen();
    expect(fireEvent.click(link)).toBe(false);
    const question = await screen.findByRole('alertdialog', { name: 'Wil je deze pagina verlaten?' });
    await waitFor(() => expect(document.activeElement).toBe(question));
    fireEvent.click(within(question).getByRole('button', { name: 'Blijven en verder invullen' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Veilig klimaat' })).toBeTruthy();
  });

  it('asks for the link when the page is opened without one', async () => {
    const calls = fakeServer({});
    await renderRespondent();
    expect(await screen.findByText(/Deze pagina werkt alleen met de link/)).toBeTruthy();
    expect(calls.some((call) => call.key.startsWith('POST'))).toBe(false);
  });
});
