import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { createQueryClient } from '../../../lib/query-client.ts';
import type { PersonDetail } from '../api/get-person.ts';
import { SignalMailsSection } from './signal-mails-section.tsx';

const person = { id: 'person-1', signalMails: false } as PersonDetail['person'];

describe('the signal mails choice on one’s own record', () => {
  beforeEach(() => initI18n('nl'));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('turns the e-mails on and says so', async () => {
    const sent: Array<{ method: string; url: string; body: unknown }> = [];
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async (input, init) => {
        sent.push({
          method: init?.method ?? 'GET',
          url: String(input),
          body: JSON.parse(String(init?.body)),
        });
        return new Response(JSON.stringify({ enabled: true }), { status: 200 });
      }),
    );
    render(
      <QueryClientProvider client={createQueryClient()}>
        <SignalMailsSection orgId="org-1" person={person} />
      </QueryClientProvider>,
    );
    const box = screen.getByLabelText(
      'Stuur mij een e-mail bij signalen (registratie, financiering, intervisie)',
    ) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: /^Opslaan/ }));
    expect(await screen.findByText(/Je krijgt een e-mail bij een nieuw signaal/)).toBeTruthy();
    expect(sent).toEqual([
      {
        method: 'PUT',
        url: '/api/organisations/org-1/registry/people/person-1/signal-mails',
        body: { enabled: true },
      },
    ]);
  });
});
