import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { createQueryClient } from '../../../lib/query-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { adoptionPath, FrameworkVersionNotice } from './framework-version-notice.tsx';

const versions = (...numbers: number[]) => ({
  versions: numbers.map((version) => ({
    id: `v${version}`,
    version,
    publishedAt: '2026-01-01T00:00:00.000Z',
  })),
});

describe('FrameworkVersionNotice', () => {
  const fetchMock = vi.fn();
  beforeEach(() => {
    initI18n('nl');
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => fetchMock.mockReset());

  const show = (current: number) => {
    const client = createQueryClient();
    const view = render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <FrameworkVersionNotice current={current} />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    /** Resolves once the published versions are in and the notice has rendered with them. */
    const loaded = () =>
      waitFor(() => expect(client.getQueryState(queryKeys.framework.versions)?.status).toBe('success'));
    return { ...view, loaded };
  };

  it('links to what a newer published version changes', async () => {
    fetchMock.mockImplementation(async () => new Response(JSON.stringify(versions(2, 1)), { status: 200 }));
    show(1);
    const link = await screen.findByRole('link', { name: 'Bekijk wat versie 2 verandert' });
    expect(link.getAttribute('href')).toBe(adoptionPath);
  });

  it('shows nothing when the roadmap follows the newest version', async () => {
    fetchMock.mockImplementation(async () => new Response(JSON.stringify(versions(2, 1)), { status: 200 }));
    const newest = show(2);
    await newest.loaded();
    expect(screen.queryByRole('link')).toBeNull();
    newest.unmount();
    // The same answer does show the notice to a roadmap on version 1, so the check above can fail.
    const older = show(1);
    await older.loaded();
    expect(screen.getByRole('link')).toBeTruthy();
  });
});
