import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../../lib/i18n.ts';
import { DraftProblems, describePath, parseDraftJson } from './draft-problems.tsx';

describe('a draft’s problems in words', () => {
  beforeEach(() => {
    initI18n('nl');
  });

  it.each([
    ['steps.1.items.0.title.nl', 'stap 2, onderdeel 1, titel, Nederlands'],
    ['steps.6.key', 'stap 7, sleutel'],
    ['values.2.text.en', 'waarde 3, tekst, Engels'],
    ['lemniscate.0.questions.1', 'lemniscaatdeel 1, vraag 2'],
    ['mission', 'mission'],
    ['', 'Het hele concept'],
  ])('reads %s as "%s"', (path, words) => {
    expect(describePath(path, i18next.t)).toBe(words);
  });

  it('tells JSON from not-JSON', () => {
    expect(parseDraftJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseDraftJson('{a:1}').ok).toBe(false);
  });

  it('lists every problem, counted', () => {
    render(
      <DraftProblems
        problems={[
          { where: 'stap 2, onderdeel 1, titel, Nederlands', message: 'Te kort' },
          { where: 'stap 2, onderdeel 2, sleutel', message: 'Deze sleutel komt al eerder voor.' },
        ]}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Er zijn 2 problemen');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'stap 2, onderdeel 1, titel, Nederlands: Te kort',
      'stap 2, onderdeel 2, sleutel: Deze sleutel komt al eerder voor.',
    ]);
  });
});
