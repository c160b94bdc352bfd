import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../../lib/api-client.ts';
import { initI18n } from '../../../lib/i18n.ts';
import { createQueryClient } from '../../../lib/query-client.ts';
import { queryKeys } from '../../../lib/query-keys.ts';
import { FrameworkVersionNotice } from './framework-version-notice.tsx';

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
    setCsrfToken('csrf');
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => fetchMock.mockReset());

  const show = (props: { current: number; canEdit: boolean }) => {
    const client = createQueryClient();
    const view = render(
      <QueryClientProvider client={client}>
        <FrameworkVersionNotice orgId="o1" {...props} />
      </QueryClientProvider>,
    );
    /** Resolves once the published versions are in and the notice has rendered with them. */
    const loaded = () =>
      waitFor(() => expect(client.getQueryState(queryKeys.framework.versions)?.status).toBe('success'));
    return { ...view, loaded };
  };

  it('offers editors the move to a newer published version, and sends it with the CSRF token', async () => {
    fetchMock.mockImplementation(async (_url: string, init?: RequestInit) =>
      init?.method === 'POST'
        ? new Response(JSON.stringify({ frameworkVersion: 2, added: [], retired: [] }), { status: 200 })
        : new Response(JSON.stringify(versions(2, 1)), { status: 200 }),
    );
    show({ current: 1, canEdit: true });
    const button = await screen.findByRole('button', { name: 'Overstappen naar versie 2' });
    fireEvent.click(button);
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    const [url, init] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect(url).toBe('/api/organisations/o1/roadmap/framework-version');
    expect(JSON.parse(String(init.body))).toEqual({ version: 2 });
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('csrf');
  });

  it('shows nothing when the roadmap follows the newest version, or to someone who cannot edit', async () => {
    // Each case waits for the versions to arrive: asserting before they do would pass whatever
    // the notice does with them.
    fetchMock.mockResolvedValue(new Response(JSON.stringify(versions(1)), { status: 200 }));
    const newest = show({ current: 1, canEdit: true });
    await newest.loaded();
    expect(screen.queryByRole('button')).toBeNull();
    newest.unmount();

    fetchMock.mockResolvedValue(new Response(JSON.stringify(versions(2, 1)), { status: 200 }));
    const reader = show({ current: 1, canEdit: false });
    await reader.loaded();
    expect(screen.queryByRole('button')).toBeNull();
    reader.unmount();

    // The same answer does offer the move to an editor, so the checks above can fail.
    fetchMock.mockResolvedValue(new Response(JSON.stringify(versions(2, 1)), { status: 200 }));
    const editor = show({ current: 1, canEdit: true });
    await editor.loaded();
    expect(screen.getByRole('button', { name: 'Overstappen naar versie 2' })).toBeTruthy();
  });
});
