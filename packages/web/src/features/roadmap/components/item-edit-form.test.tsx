import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { createQueryClient } from '../../../lib/query-client.ts';
import type { Owner } from '../api/get-owners.ts';
import type { RoadmapItem } from '../api/get-roadmap.ts';
import { ItemEditForm } from './item-edit-form.tsx';
import { roadmapItem } from './test-fixtures.ts';

const owners: Owner[] = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Bestuurder Noord', role: 'org_admin' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Coördinator Noord', role: 'coordinator' },
];

const item = roadmapItem('vision', 'supportAndVision', 'notStarted');

/** What the other person saved first. */
const theirs: RoadmapItem = {
  ...item,
  status: 'done',
  ownerMembershipId: owners[0]?.id ?? null,
  ownerName: 'Bestuurder Noord',
  dueDate: '2026-06-30',
  notes: 'Visie vastgesteld in het MT.',
  version: 2,
};

const conflictMessage =
  'Iemand anders heeft dit punt net opgeslagen. Hieronder zie je wat er nu staat. Pas je wijziging daarop aan.';

type Sent = { method: string; url: string; body: Record<string, unknown> };

function fakeFetch(answers: Array<{ status: number; body: unknown }>) {
  const sent: Sent[] = [];
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    sent.push({
      method: init?.method ?? 'GET',
      url: String(input),
      body: init?.body ? JSON.parse(String(init.body)) : {},
    });
    const answer = answers.shift() ?? { status: 500, body: { code: 'INTERNAL', message: 'no fake answer' } };
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  });
  vi.stubGlobal('fetch', fetchMock);
  return sent;
}

function renderForm(optional = false) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <ItemEditForm orgId="org-1" item={item} label="2.1 Visie" owners={owners} optional={optional} />
    </QueryClientProvider>,
  );
}

describe('saving an item that someone else saved first', () => {
  beforeEach(() => initI18n('nl'));

  it('shows the message with their values and keeps mine, then starts again from theirs', async () => {
    const sent = fakeFetch([
      { status: 409, body: { code: 'CONFLICT', message: conflictMessage, current: theirs } },
      {
        status: 200,
        body: { ...theirs, notes: 'Visie vastgesteld in het MT. Ook besproken met de OR.', version: 3 },
      },
    ]);
    renderForm();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'inProgress' } });
    fireEvent.change(screen.getByLabelText('Notities'), { target: { value: 'Ook besproken met de OR.' } });
    fireEvent.click(screen.getByRole('button', { name: /^Opslaan/ }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(conflictMessage);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(sent[0]).toMatchObject({
      method: 'PATCH',
      url: '/api/organisations/org-1/roadmap/items/vision',
      body: { version: 1, status: 'inProgress', notes: 'Ook besproken met de OR.' },
    });
    // Their save, in words.
    expect(within(alert).getByText('Klaar')).toBeTruthy();
    expect(within(alert).getByText('Bestuurder Noord')).toBeTruthy();
    expect(within(alert).getByText('30 juni 2026')).toBeTruthy();
    expect(within(alert).getByText('Visie vastgesteld in het MT.')).toBeTruthy();
    // And mine, not lost; the form still holds it until the person chooses.
    expect(within(alert).getByText('Ook besproken met de OR.')).toBeTruthy();
    expect((screen.getByLabelText('Notities') as HTMLTextAreaElement).value).toBe('Ook besproken met de OR.');

    fireEvent.click(within(alert).getByRole('button', { name: 'Neem de nieuwste versie over' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('done');
    expect((screen.getByLabelText('Eigenaar') as HTMLSelectElement).value).toBe(theirs.ownerMembershipId);
    expect((screen.getByLabelText(/^Deadline/) as HTMLInputElement).value).toBe('2026-06-30');
    expect((screen.getByLabelText('Notities') as HTMLTextAreaElement).value).toBe(
      'Visie vastgesteld in het MT.',
    );
    expect(screen.getByText('Ook besproken met de OR.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Notities'), {
      target: { value: 'Visie vastgesteld in het MT. Ook besproken met de OR.' },
    });
    fireEvent.click(screen.getByRole('button', { name: /^Opslaan/ }));
    expect(await screen.findByText('2.1 Visie is opgeslagen.')).toBeTruthy();
    expect(sent[1]?.body).toMatchObject({
      version: 2,
      status: 'done',
      ownerMembershipId: theirs.ownerMembershipId,
      dueDate: '2026-06-30',
      notes: 'Visie vastgesteld in het MT. Ook besproken met de OR.',
    });
    expect(screen.queryByText('Jouw wijziging. Die is nog niet opgeslagen:')).toBeNull();
  });

  it('can put the person’s own notes back after taking over the newest version', async () => {
    fakeFetch([{ status: 409, body: { code: 'CONFLICT', message: conflictMessage, current: theirs } }]);
    renderForm();
    fireEvent.change(screen.getByLabelText('Notities'), { target: { value: 'Mijn eigen tekst' } });
    fireEvent.click(screen.getByRole('button', { name: /^Opslaan/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Neem de nieuwste versie over' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zet mijn notities terug in het formulier' }));
    expect((screen.getByLabelText('Notities') as HTMLTextAreaElement).value).toBe('Mijn eigen tekst');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('done');
  });

  it('offers "niet van toepassing" only on an item the guide words as optional, and says why', () => {
    fakeFetch([]);
    renderForm(false);
    const options = () =>
      [...(screen.getByLabelText('Status') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options()).not.toContain('Niet van toepassing');
    expect(screen.getByText(/Daarom kan het niet ‘niet van toepassing’ zijn/)).toBeTruthy();
    cleanup();
    renderForm(true);
    expect(options()).toContain('Niet van toepassing');
  });

  it('asks for a reason before sending "not applicable", in an alert linked to the field', async () => {
    const sent = fakeFetch([]);
    renderForm(true);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'notApplicable' } });
    fireEvent.click(screen.getByRole('button', { name: /^Opslaan/ }));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    const reason = screen.getByLabelText('Waarom is dit punt niet van toepassing?');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reason.getAttribute('aria-describedby')).toContain('-error');
    expect(sent).toEqual([]);
  });
});
