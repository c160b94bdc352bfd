import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readTokenFromHash, stripHash, useLinkToken } from './link-token.ts';

const token = `${'a'.repeat(20)}_-${'B9'.repeat(10)}x`; // 43 base64url characters

function Page() {
  const link = useLinkToken();
  return <p>{link?.valid ? `token ${link.token.length}` : 'none'}</p>;
}

/** Shows the token itself, to tell one link from another. */
function TokenPage() {
  const link = useLinkToken();
  return <p>{link ? `${link.valid ? 'valid' : 'invalid'} ${link.token}` : 'none'}</p>;
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

  it('takes the token of another link opened in the same tab, where only the fragment changes', async () => {
    /** What the browser does when a link differs only in its fragment: no new page, a hashchange. */
    const openInSameTab = (hash: string) =>
      act(async () => {
        window.history.replaceState(null, '', `/vragenlijst#${hash}`);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
    window.history.pushState(null, '', `/vragenlijst#${token}`);
    render(<TokenPage />);
    expect(screen.getByText(`valid ${token}`)).toBeTruthy();
    const other = `${'c'.repeat(42)}d`;
    await openInSameTab(other);
    expect(screen.getByText(`valid ${other}`)).toBeTruthy();
    expect(window.location.hash).toBe('');
    await openInSameTab('kort');
    expect(screen.getByText('invalid kort')).toBeTruthy();
  });
});
