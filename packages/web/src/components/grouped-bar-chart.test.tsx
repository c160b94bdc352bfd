import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GroupedBarChart } from './grouped-bar-chart.tsx';

describe('GroupedBarChart', () => {
  it('draws one bar per figure, none for a hidden one, and hides itself from screen readers', () => {
    render(
      <GroupedBarChart
        max={5}
        series={[
          { key: 'baseline', label: '0-meting' },
          { key: 'now', label: 'Nu' },
        ]}
        groups={[
          { key: 'knowledge', label: 'Kennis', values: [2.5, 4] },
          { key: 'climate', label: 'Veilig klimaat', values: [null, 5] },
        ]}
      />,
    );
    const chart = screen.getByTestId('chart');
    expect(chart.getAttribute('aria-hidden')).toBe('true');
    const fills = [...chart.querySelectorAll('.bar__fill')].map((rect) => rect.getAttribute('width'));
    expect(fills).toEqual(['50', '80', '100']);
    expect(chart.textContent).toContain('Veilig klimaat');
    expect(chart.querySelectorAll('.chart__legend li')).toHaveLength(2);
  });
});
