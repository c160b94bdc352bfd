import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../lib/i18n.ts';
import { ConfirmAction } from './confirm-action.tsx';

describe('ConfirmAction', () => {
  beforeEach(() => initI18n('nl'));

  it('asks on the page, with focus on the question, and cancel brings focus back to the button', () => {
    const onConfirm = vi.fn();
    render(
      <ConfirmAction
        label="Verwijderen"
        question="Echt verwijderen?"
        yes="Ja, verwijderen"
        onConfirm={onConfirm}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
    expect(document.activeElement?.textContent).toBe('Echt verwijderen?');
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByText('Echt verwijderen?')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Verwijderen' }));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('does the action on yes, and ends the question when the action says it is done', () => {
    let done: (() => void) | undefined;
    render(
      <ConfirmAction
        label="Sluiten"
        question="Meting sluiten?"
        yes="Ja, sluiten"
        onConfirm={(end) => {
          done = end;
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, sluiten' }));
    expect(done).toBeTypeOf('function');
    expect(screen.getByText('Meting sluiten?')).toBeTruthy();
    act(() => done?.());
    expect(screen.queryByText('Meting sluiten?')).toBeNull();
  });
});
