import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { fakeServer, renderApp, signedInOrgAdmin } from '../../../testing/app.tsx';

const signedIn = signedInOrgAdmin;

describe('the account page', () => {
  beforeEach(() => initI18n('nl'));

  it('changes the password with the current one and the code from the app', async () => {
    const calls = fakeServer({
      'GET /api/auth/session': { status: 200, body: signedIn },
      'POST /api/auth/password': { status: 200, body: { ...signedIn, csrfToken: 'csrf-2' } },
    });
    await renderApp('/account');
    const form = await screen.findByRole('form', { name: 'Wachtwoord' });
    fireEvent.change(within(form).getByLabelText('Huidige wachtwoord'), {
      target: { value: 'oud wachtwoord hier' },
    });
    fireEvent.change(within(form).getByLabelText(/^Nieuw wachtwoord/), {
      target: { value: 'een nieuwe lange zin' },
    });
    fireEvent.change(within(form).getByLabelText('Code uit je app voor tweestapsverificatie'), {
      target: { value: '123456' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Wachtwoord veranderen' }));
    expect(await screen.findByText(/Je nieuwe wachtwoord is opgeslagen/)).toBeTruthy();
    expect(calls.filter((call) => call.key === 'POST /api/auth/password').map((call) => call.body)).toEqual([
      { currentPassword: 'oud wachtwoord hier', newPassword: 'een nieuwe lange zin', code: '123456' },
    ]);
  });

  it('shows ten new recovery codes once', async () => {
    const codes = Array.from({ length: 10 }, (_, i) => `abcde-fgh${i}k`);
    fakeServer({
      'GET /api/auth/session': { status: 200, body: signedIn },
      'POST /api/auth/two-factor/recovery-codes': { status: 200, body: { recoveryCodes: codes } },
    });
    await renderApp('/account');
    const form = await screen.findByRole('form', { name: 'Herstelcodes' });
    fireEvent.change(within(form).getByLabelText('Code uit je app voor tweestapsverificatie'), {
      target: { value: '654321' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Nieuwe herstelcodes maken' }));
    const list = await screen.findByRole('list', { name: 'Je nieuwe herstelcodes' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
  });
});
