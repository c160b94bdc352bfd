import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../lib/i18n.ts';
import { fakeServer, renderApp } from '../testing/app.tsx';
import { prerender } from './prerender.tsx';

describe('the home page built into home.html', () => {
  beforeEach(() => initI18n('nl'));

  it('is what the app first shows at /, while it still asks who is signed in, so nothing jumps', async () => {
    fakeServer({ 'GET /api/auth/session': 'never' });
    await renderApp('/');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ervaringskennis als derde bron');
    const built = await prerender();
    expect(built).toContain('href="https://www.buienradar.nl/"');
    expect(document.body.firstElementChild?.innerHTML).toBe(built);
  });
});
