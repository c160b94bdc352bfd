import { render, screen, within } from '@testing-library/react';
import i18n from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../lib/i18n.ts';
import { columnsUnder, DataTable } from './data-table.tsx';

describe('DataTable', () => {
  beforeEach(() => initI18n('nl'));

  it('heads its columns with the texts of their keys under one section, a figure right-aligned', () => {
    render(
      <DataTable
        caption="Rondes"
        columns={columnsUnder(i18n.t, 'monitor.rounds', ['round', { figure: 'scored' }])}
      >
        <tr>
          <td>Begin</td>
          <td>3</td>
        </tr>
      </DataTable>,
    );
    const headers = within(screen.getByRole('table', { name: 'Rondes' })).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Meting', 'Scores']);
    expect(headers.map((header) => header.className)).toEqual(['', 'table__number']);
  });
});
