import { QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from './i18n.ts';
import { createQueryClient } from './query-client.ts';
import { useBrowserForm } from './use-browser-form.ts';

type Sent = { email: string; password: string };

/** A sign-in-like form whose request waits until the test lets it finish. */
function Form({ sent, finish }: { sent: Sent[]; finish: { current: () => void } }) {
  const form = useBrowserForm(
    useMutation({
      mutationFn: (values: Sent) =>
        new Promise<void>((resolve) => {
          sent.push(values);
          finish.current = resolve;
        }),
    }),
    {
      email: { id: 'email', label: 'E-mailadres' },
      password: { id: 'password', label: 'Wachtwoord', exact: true },
    },
  );
  const onSubmit = form.onSubmit((values, element) => {
    if (!form.check({ email: !values.email && 'Vul je e-mailadres in.' })) return;
    form.submit(values, { onSuccess: () => element.reset() });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      {form.problem && <p>{form.problem.fields.email}</p>}
      <input {...form.field('email')} aria-label="E-mailadres" />
      <input {...form.field('password')} aria-label="Wachtwoord" />
      <button type="submit">Inloggen</button>
    </form>
  );
}

function renderForm() {
  const sent: Sent[] = [];
  const finish = { current: () => {} };
  render(
    <QueryClientProvider client={createQueryClient()}>
      <Form sent={sent} finish={finish} />
    </QueryClientProvider>,
  );
  const type = (label: string, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  return {
    sent,
    finish,
    type,
    submit: () => fireEvent.click(screen.getByRole('button', { name: 'Inloggen' })),
  };
}

describe('a form whose values the browser keeps', () => {
  beforeEach(() => initI18n('nl'));
  afterEach(cleanup);

  it('sends the values trimmed, a password as typed, and only once while the request is under way', async () => {
    const { sent, finish, type, submit } = renderForm();
    type('E-mailadres', '  lid@example.org ');
    type('Wachtwoord', ' geheim met spaties ');
    submit();
    await screen.findByRole('button', { name: 'Inloggen' });
    submit();
    expect(sent).toEqual([{ email: 'lid@example.org', password: ' geheim met spaties ' }]);
    await act(async () => finish.current());
    expect((screen.getByLabelText('E-mailadres') as HTMLInputElement).value).toBe('');
  });

  it('shows what the check finds and sends nothing', () => {
    const { sent, submit } = renderForm();
    submit();
    expect(screen.getByText('Vul je e-mailadres in.')).toBeTruthy();
    expect(sent).toEqual([]);
  });
});
