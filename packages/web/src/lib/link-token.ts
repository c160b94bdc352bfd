import { useEffect, useState } from 'react';

/**
 * The token of an e-mailed link (`/uitnodiging#<token>`). It travels in the fragment, which the
 * browser never sends to a server; reading it has no side effects, so it is safe to call twice.
 * Returns null when there is none; `valid` says whether it has the shape of a token at all.
 */
export function readTokenFromHash(hash: string): { token: string; valid: boolean } | null {
  const token = decodeURIComponent(hash.replace(/^#/, '')).trim();
  if (!token) return null;
  return { token, valid: /^[A-Za-z0-9_-]{43}$/.test(token) };
}

/** Removes the fragment from the address bar and the current history entry, keeping the router's state. */
export function stripHash(location: Location = window.location, history: History = window.history) {
  if (!location.hash) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/**
 * Takes the token from the address, then removes it at once so that it does not stay in the
 * history, a bookmark or a screen share. The token stays in memory only for as long as the page.
 * Another link opened in the same tab changes only the fragment, so the page stays where it is:
 * its token then replaces the first (else the page would go on with the link it had before).
 */
export function useLinkToken() {
  const [token, setToken] = useState(() => readTokenFromHash(window.location.hash));
  useEffect(() => {
    stripHash();
    const onHashChange = () => {
      const next = readTokenFromHash(window.location.hash);
      if (next) setToken(next);
      stripHash();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return token;
}
