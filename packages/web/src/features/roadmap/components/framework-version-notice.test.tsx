import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../../lib/api-client.ts';
import { initI18n } from '../../../lib/i18n.ts';
import { createQueryClient } from '../../../lib/query-client.ts';
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

  const show = (props: { current: number; canEdit: boolean }) =>
    render(
      <QueryClientProvider client={createQueryClient()}>
        <FrameworkVersionNotice orgId="o1" {...props} />
      </QueryClientProvider>,
    );

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
    fetchMock.mockResolvedValue(new Response(JSON.stringify(versions(1)), { status: 200 }));
    show({ current: 1, canEdit: true });
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(screen.queryByRole('button')).toBeNull();
    fetchMock.mockResolvedValue(new Response(JSON.stringify(versions(2, 1)), { status: 200 }));
    show({ current: 1, canEdit: false });
    expect(screen.queryByRole('button')).toBeNull();
  });
});
