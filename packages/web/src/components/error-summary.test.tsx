import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../lib/i18n.ts';
import { findRawText } from '../testing/raw-text.ts';
import { ErrorSummary } from './error-summary.tsx';

describe('the error summary', () => {
  beforeEach(async () => {
    await initI18n('nl');
  });

  it('names the field of every server error in Dutch, one entry of a list by its number', () => {
    render(
      <ErrorSummary
        problem={{
          message: 'Wat je stuurde klopt niet.',
          fields: {
            'emails.2': 'Ongeldig: emailadres',
            email: 'Ongeldig: emailadres',
            role: 'Kies een rol.',
          },
        }}
        fields={{ emails: { id: 'invite-emails', label: 'E-mailadressen van de groep' } }}
      />,
    );
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'E-mailadressen van de groep (nummer 3): Ongeldig: emailadres',
      'E-mailadres: Ongeldig: emailadres',
      'Rol: Kies een rol.',
    ]);
    expect(screen.getByRole('link', { name: /nummer 3/ }).getAttribute('href')).toBe('#invite-emails');
    expect(findRawText(document.body.textContent ?? '')).toEqual([]);
  });
});
