import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../lib/i18n.ts';
import { hasQuickExitStarted, onQuickExit, QuickExit } from './quick-exit.tsx';

const exitUrl = 'https://example.org/weather';

describe('QuickExit', () => {
  const replace = vi.fn();
  beforeEach(() => {
    initI18n('nl');
    vi.useFakeTimers();
    vi.stubGlobal('location', { ...window.location, replace });
  });
  afterEach(() => {
    vi.useRealTimers();
    replace.mockReset();
    document.body.classList.remove('is-leaving');
  });

  const pressShift = () => {
    fireEvent.keyDown(document, { key: 'Shift', shiftKey: true });
    fireEvent.keyUp(document, { key: 'Shift' });
  };

  it('hides the page and replaces it with the neutral site when clicked', () => {
    render(<QuickExit exitUrl={exitUrl} />);
    fireEvent.click(screen.getByRole('link', { name: /Snel weg/ }));
    expect(replace).toHaveBeenCalledWith(exitUrl);
    expect(document.body.classList.contains('is-leaving')).toBe(true);
    expect(screen.getByTestId('quick-exit-overlay')).toBeTruthy();
  });

  it('makes what registered forget itself (the open journal’s key) before the page leaves', () => {
    const order: string[] = [];
    const forget = vi.fn(() => order.push('forget'));
    const gone = vi.fn();
    replace.mockImplementation(() => order.push('replace'));
    const unregister = onQuickExit(forget);
    onQuickExit(gone)();
    render(<QuickExit exitUrl={exitUrl} />);
    fireEvent.click(screen.getByRole('link', { name: /Snel weg/ }));
    expect(order).toEqual(['forget', 'replace']);
    expect(gone).not.toHaveBeenCalled();
    unregister();
  });

  it('leaves when Shift is pressed three times within a few seconds', () => {
    render(<QuickExit exitUrl={exitUrl} />);
    pressShift();
    pressShift();
    expect(replace).not.toHaveBeenCalled();
    pressShift();
    expect(replace).toHaveBeenCalledWith(exitUrl);
  });

  it('does not leave when the Shift presses are spread out too far', () => {
    render(<QuickExit exitUrl={exitUrl} />);
    pressShift();
    pressShift();
    act(() => vi.advanceTimersByTime(6000));
    pressShift();
    expect(replace).not.toHaveBeenCalled();
  });

  it('ignores other keys', () => {
    render(<QuickExit exitUrl={exitUrl} />);
    for (const key of ['a', 'Control', 'Enter']) fireEvent.keyUp(document, { key });
    expect(replace).not.toHaveBeenCalled();
  });

  it('does not leave when Shift is used for capitals in a text field', () => {
    render(
      <>
        <QuickExit exitUrl={exitUrl} />
        <textarea aria-label="Besluit" />
      </>,
    );
    const field = screen.getByRole('textbox', { name: 'Besluit' });
    for (const letter of ['M', 'T', 'R', 'B']) {
      fireEvent.keyDown(field, { key: 'Shift', shiftKey: true });
      fireEvent.keyDown(field, { key: letter, shiftKey: true });
      fireEvent.keyUp(field, { key: letter, shiftKey: true });
      fireEvent.keyUp(field, { key: 'Shift' });
    }
    expect(replace).not.toHaveBeenCalled();
  });

  it('clears its count message when the presses stop for more than five seconds', () => {
    render(<QuickExit exitUrl={exitUrl} />);
    pressShift();
    expect(screen.getByText(/Shift 1 keer ingedrukt/)).toBeTruthy();
    act(() => vi.advanceTimersByTime(5100));
    expect(screen.queryByText(/Shift 1 keer ingedrukt/)).toBeNull();
  });

  it('tells screen reader users how many more Shift presses are needed', () => {
    render(<QuickExit exitUrl={exitUrl} />);
    pressShift();
    expect(screen.getByText('Shift 1 keer ingedrukt. Nog 2 keer om de pagina te verlaten.')).toBeTruthy();
  });

  it('resets the page when the browser shows it again from its back-forward cache', () => {
    render(<QuickExit exitUrl={exitUrl} />);
    fireEvent.click(screen.getByRole('link', { name: /Snel weg/ }));
    expect(hasQuickExitStarted()).toBe(true);
    const event = new Event('pageshow') as PageTransitionEvent;
    Object.defineProperty(event, 'persisted', { value: true });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(document.body.classList.contains('is-leaving')).toBe(false);
    expect(screen.queryByTestId('quick-exit-overlay')).toBeNull();
    expect(hasQuickExitStarted()).toBe(false);
  });
});
