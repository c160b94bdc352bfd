import type { UseQueryResult } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../lib/i18n.ts';
import { QueryState } from './query-state.tsx';

/** The rounds of a loaded query as a list, or the sentence that there are none. */
const renderRounds = (rounds: string[]) =>
  render(
    <QueryState
      query={{ isPending: false, isError: false, data: rounds } as UseQueryResult<string[]>}
      none="Er zijn nog geen rondes."
    >
      {(list) => (
        <ul>
          {list.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </QueryState>,
  );

describe('QueryState', () => {
  beforeEach(() => initI18n('nl'));

  it('says so in one sentence when a list has nothing in it', () => {
    renderRounds([]);
    expect(screen.getByText('Er zijn nog geen rondes.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows the list when it has items', () => {
    renderRounds(['Beginmeting']);
    expect(screen.getByRole('listitem').textContent).toBe('Beginmeting');
    expect(screen.queryByText('Er zijn nog geen rondes.')).toBeNull();
  });
});
