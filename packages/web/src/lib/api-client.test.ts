import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getJson, postAnonymously, sendForm, sendJson, setCsrfToken } from './api-client.ts';
import { initI18n } from './i18n.ts';

const fetchMock = vi.fn<typeof fetch>();

function answer(status: number, body?: unknown) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
  });
}

const sentHeaders = (call = 0) => new Headers(fetchMock.mock.calls[call]?.[1]?.headers);

describe('api client', () => {
  beforeEach(() => {
    initI18n('nl');
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => fetchMock.mockReset());

  it('sends the session’s CSRF token and a JSON body on a POST', async () => {
    setCsrfToken('token-123');
    fetchMock.mockResolvedValue(answer(200, { ok: true }));
    await expect(sendJson('POST', '/api/things', { name: 'a' })).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/things');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"name":"a"}');
    expect(init?.credentials).toBe('same-origin');
    expect(sentHeaders().get('x-csrf-token')).toBe('token-123');
    expect(sentHeaders().get('content-type')).toBe('application/json');
  });

  it('sends the token on PATCH and DELETE too, and no content type without a body', async () => {
    setCsrfToken('token-456');
    fetchMock.mockResolvedValueOnce(answer(200, {})).mockResolvedValueOnce(answer(204));
    await sendJson('PATCH', '/api/things/1', { name: 'b' });
    await expect(sendJson('DELETE', '/api/things/1')).resolves.toBeNull();
    expect(sentHeaders(0).get('x-csrf-token')).toBe('token-456');
    expect(sentHeaders(1).get('x-csrf-token')).toBe('token-456');
    expect(sentHeaders(1).has('content-type')).toBe(false);
    expect(fetchMock.mock.calls[1]?.[1]?.body).toBeUndefined();
  });

  it('sends no token when there is no session, and never on a GET', async () => {
    fetchMock.mockResolvedValue(answer(200, {}));
    await sendJson('POST', '/api/auth/sign-in', {});
    expect(sentHeaders(0).has('x-csrf-token')).toBe(false);
    setCsrfToken('token-789');
    await getJson('/api/auth/session');
    expect(sentHeaders(1).has('x-csrf-token')).toBe(false);
  });

  it('surfaces the server’s message, code and field details', async () => {
    fetchMock.mockResolvedValue(
      answer(400, {
        code: 'INVALID_INPUT',
        message: 'Wat je stuurde klopt niet.',
        details: [{ field: 'body.email', message: 'Ongeldig: emailadres' }],
      }),
    );
    const error = await sendJson('POST', '/api/auth/sign-in', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'INVALID_INPUT',
      message: 'Wat je stuurde klopt niet.',
      details: [{ field: 'body.email', message: 'Ongeldig: emailadres' }],
    });
  });

  it('surfaces a GET error the same way', async () => {
    fetchMock.mockResolvedValue(answer(403, { code: 'FORBIDDEN', message: 'Geen toegang.' }));
    await expect(getJson('/api/organisations')).rejects.toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      message: 'Geen toegang.',
      details: [],
    });
  });

  it('says in the user’s language when the server cannot be reached', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(getJson('/api/auth/session')).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK',
      message: expect.stringContaining('internetverbinding'),
    });
  });

  it('keeps the whole error answer, such as the current state after a conflict', async () => {
    const current = { itemKey: 'vision', version: 3 };
    fetchMock.mockResolvedValue(answer(409, { code: 'CONFLICT', message: 'Iemand anders…', current }));
    const error = await sendJson('PATCH', '/api/things/1', { version: 2 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409, code: 'CONFLICT', body: { current } });
  });

  it('posts a form with files with the CSRF token and lets the browser set the content type', async () => {
    setCsrfToken('token-789');
    fetchMock.mockResolvedValue(answer(201, { id: 'e1' }));
    const form = new FormData();
    form.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'visie.pdf');
    await expect(sendForm('/api/things/1/file', form)).resolves.toEqual({ id: 'e1' });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(form);
    expect(sentHeaders().get('x-csrf-token')).toBe('token-789');
    expect(sentHeaders().has('content-type')).toBe(false);
  });

  it('posts a respondent’s request without cookies and without the CSRF token, even when signed in', async () => {
    setCsrfToken('token-of-a-member');
    fetchMock.mockResolvedValue(answer(201, { stored: true }));
    await expect(postAnonymously('/api/respond/submit', { token: 't' })).resolves.toEqual({ stored: true });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('omit');
    expect(init?.body).toBe('{"token":"t"}');
    expect(sentHeaders().has('x-csrf-token')).toBe(false);
    expect(sentHeaders().get('content-type')).toBe('application/json');
  });
});
