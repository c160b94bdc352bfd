import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../lib/i18n.ts';
import type { SessionState } from '../lib/session.ts';
import { anonymous, fakeServer, orgAdminUser, renderApp, signedInOrgAdmin } from '../testing/app.tsx';

const user = orgAdminUser;
const halfway: SessionState = { state: 'needsTwoFactor', csrfToken: 'csrf-1', user, membership: null };
const signedIn: SessionState = { ...signedInOrgAdmin, csrfToken: 'csrf-2' };

describe('signing in', () => {
  beforeEach(() => initI18n('nl'));

  it('names the empty fields in an alert that takes focus, linked to the fields', async () => {
    fakeServer({ 'GET /api/auth/session': { status: 200, body: anonymous } });
    await renderApp('/inloggen');
    fireEvent.click(await screen.findByRole('button', { name: 'Inloggen' }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(within(alert).getByRole('link', { name: /E-mailadres: Vul een e-mailadres in/ })).toBeTruthy();
    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('autocomplete')).toBe('email');
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Vul een e-mailadres in.',
    );
    fireEvent.click(within(alert).getByRole('link', { name: /Wachtwoord/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Wachtwoord'));
  });

  it('shows the server’s message after wrong credentials', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: anonymous },
      'POST /api/auth/sign-in': {
        status: 401,
        body: { code: 'UNAUTHENTICATED', message: 'Het e-mailadres of het wachtwoord klopt niet.' },
      },
    });
    await renderApp('/inloggen');
    fireEvent.change(await screen.findByLabelText('E-mailadres'), { target: { value: 'a@example.org' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'fout' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('asks for the code on the same page, then opens the start page with a menu for the role', async () => {
    let session = anonymous;
    const calls = fakeServer({
      'GET /api/auth/session': () => ({ status: 200, body: session }),
      'POST /api/auth/sign-in': () => {
        session = halfway;
        return { status: 200, body: halfway };
      },
      'POST /api/auth/two-factor/verify': () => {
        session = signedIn;
        return { status: 200, body: signedIn };
      },
      'POST /api/auth/sign-out': () => {
        session = anonymous;
        return { status: 200, body: anonymous };
      },
      'GET /api/organisations/o1': { status: 200, body: { id: 'o1', name: 'Noord', teams: [] } },
      'GET /api/organisations/o1/members': { status: 200, body: { members: [] } },
      'GET /api/organisations/o1/invitations': { status: 200, body: { invitations: [] } },
      'GET /api/organisations/o1/start': {
        status: 200,
        body: {
          roadmap: null,
          openWaves: null,
          results: null,
          signals: null,
          ownRecord: null,
          reportsReady: null,
          invitationsPending: 2,
        },
      },
    });
    const router = await renderApp('/inloggen');
    fireEvent.change(await screen.findByLabelText('E-mailadres'), { target: { value: user.email } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'een lang wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));

    const code = await screen.findByLabelText('Code uit je app');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    await waitFor(() => expect(document.activeElement).toBe(code));
    fireEvent.change(code, { target: { value: '123 456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Code controleren' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/organisatie/start'));
    expect(calls.find((call) => call.key === 'POST /api/auth/two-factor/verify')).toMatchObject({
      body: { code: '123456' },
      csrf: 'csrf-1',
    });
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    for (const name of ['Organisatie', 'Logboek', 'Account']) {
      expect(within(nav).getByRole('link', { name })).toBeTruthy();
    }
    expect(within(nav).queryByRole('link', { name: 'Netwerk' })).toBeNull();
    expect(screen.getByText('Ingelogd als Bestuurder Noord')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Wat moet ik doen?' })).toBeTruthy();
    expect(await screen.findByText('2 uitnodigingen zijn nog niet geaccepteerd.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/inloggen'));
    expect(calls.find((call) => call.key === 'POST /api/auth/sign-out')?.csrf).toBe('csrf-2');
    expect(await screen.findByText('Je bent uitgelogd.')).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'Organisatie' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Inloggen' })).toBeTruthy();
  });

  it('tells an anonymous visitor of a private page to sign in first', async () => {
    fakeServer({ 'GET /api/auth/session': { status: 200, body: anonymous } });
    await renderApp('/organisatie');
    expect(await screen.findByText('Je moet eerst inloggen om deze pagina te zien.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ga naar inloggen' }).getAttribute('href')).toBe('/inloggen');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it.each([
    [
      'halfway through signing in',
      halfway,
      'Je bent nog niet helemaal ingelogd',
      'Inloggen afmaken',
      '/inloggen',
    ],
    [
      'without two-step verification yet',
      { ...halfway, state: 'needsTwoFactorSetup' } as SessionState,
      'Stel eerst tweestapsverificatie in',
      'Tweestapsverificatie instellen',
      '/tweestapsverificatie',
    ],
  ])('shows a visitor %s of a private page the next step', async (_, session, message, link, to) => {
    fakeServer({ 'GET /api/auth/session': { status: 200, body: session } });
    await renderApp('/organisatie');
    expect(await screen.findByText(new RegExp(message))).toBeTruthy();
    expect(screen.getByRole('link', { name: link }).getAttribute('href')).toBe(to);
  });
});
