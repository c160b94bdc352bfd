import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import type { Wave } from '../api/get-waves.ts';
import { fakeServer, renderApp, sessionFor, wave } from './test-fixtures.tsx';

const warning =
  'Let op: jullie hebben al een 0-meting. Een tweede 0-meting is geen nieuw beginpunt om mee te vergelijken.';

describe('planning a second 0-meting', () => {
  beforeEach(() => initI18n('nl'));

  it('shows the server’s warning in the message that the wave is planned', async () => {
    fakeServer({
      'GET /api/auth/session': { status: 200, body: sessionFor('coordinator') },
      'GET /api/organisations/o1/waves': { status: 200, body: { waves: [wave({ status: 'closed' })] } },
      'POST /api/organisations/o1/waves': (body) => ({
        status: 201,
        body: {
          ...wave({ id: '44444444-4444-4444-8444-444444444444', ...(body as Partial<Wave>) }),
          warning,
        },
      }),
    });
    await renderApp('/organisatie/metingen');
    const form = await screen.findByRole('form', { name: 'Nieuwe meting plannen' });
    fireEvent.click(within(form).getByRole('radio', { name: /^0-meting/ }));
    fireEvent.change(within(form).getByLabelText('Naam van de meting'), {
      target: { value: 'Nog een nulmeting' },
    });
    fireEvent.change(within(form).getByLabelText('Eerste dag'), { target: { value: '2026-09-01' } });
    fireEvent.change(within(form).getByLabelText('Laatste dag'), { target: { value: '2026-09-30' } });
    // Medewerkers, the one perspective of instrument v2, is checked already.
    expect((within(form).getByRole('checkbox', { name: 'Medewerkers' }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Meting plannen' }));
    expect(await screen.findByText(`De meting ‘Nog een nulmeting’ is gepland. ${warning}`)).toBeTruthy();
  });
});
