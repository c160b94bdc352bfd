import { render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readTokenFromHash, stripHash, useLinkToken } from './link-token.ts';

const token = `${'a'.repeat(20)}_-${'B9'.repeat(10)}x`; // 43 base64url characters

function Page() {
  const link = useLinkToken();
  return <p>{link?.valid ? `token ${link.token.length}` : 'none'}</p>;
}

describe('link tokens', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('reads a token from the fragment and says whether it has the right shape', () => {
    expect(token).toHaveLength(43);
    expect(readTokenFromHash(`#${token}`)).toEqual({ token, valid: true });
    expect(readTokenFromHash('#kort')).toEqual({ token: 'kort', valid: false });
    expect(readTokenFromHash('#')).toBeNull();
    expect(readTokenFromHash('')).toBeNull();
  });

  it('removes the fragment from the address, keeping the path, query and history state', () => {
    const history = { state: { idx: 3 }, replaceState: vi.fn() } as unknown as History;
    const location = { hash: `#${token}`, pathname: '/uitnodiging', search: '?x=1' } as Location;
    stripHash(location, history);
    expect(history.replaceState).toHaveBeenCalledWith({ idx: 3 }, '', '/uitnodiging?x=1');
  });

  it('leaves the history alone when there is no fragment', () => {
    const history = { state: null, replaceState: vi.fn() } as unknown as History;
    stripHash({ hash: '', pathname: '/', search: '' } as Location, history);
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  it('gives the page the token and takes it out of the address bar at once, also in StrictMode', () => {
    window.history.pushState({ idx: 1 }, '', `/wachtwoord-kiezen#${token}`);
    render(
      <StrictMode>
        <Page />
      </StrictMode>,
    );
    expect(screen.getByText('token 43')).toBeTruthy();
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/wachtwoord-kiezen');
    expect(window.history.state).toEqual({ idx: 1 });
  });
});
