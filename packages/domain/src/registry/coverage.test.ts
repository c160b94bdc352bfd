import { describe, expect, it } from 'vitest';
import { computeCoverage } from './coverage.ts';

describe('computeCoverage', () => {
  it('shows an empty registry as all gaps', () => {
    const coverage = computeCoverage([]);
    expect(coverage.people).toBe(0);
    expect(coverage.aim.met).toBe(false);
    expect(coverage.aim.gaps).toHaveLength(24);
    expect(coverage.levels.map((row) => row.key)).toEqual([
      'practice',
      'team',
      'management',
      'board',
      'policy',
      'supervisoryBoard',
      'worksCouncil',
      'clientCouncil',
    ]);
    expect(coverage.roles).toHaveLength(10); // 7 expert roles (the guide) and 3 staff roles
  });

  it('counts people per level and phase, each once per row and per phase', () => {
    const coverage = computeCoverage([
      { levels: ['practice'], phases: ['safety', 'recovery'], roles: ['buddy'], count: 3 },
      { levels: ['practice', 'team'], phases: ['recovery'], roles: ['recoveryCoach', 'buddy'], count: 2 },
      { levels: ['board'], phases: [], roles: ['policyRole'], count: 1 },
    ]);
    const practice = coverage.levels.find((row) => row.key === 'practice');
    expect(practice).toEqual({
      key: 'practice',
      byPhase: { safety: 3, riskManagement: 0, recovery: 5 },
      total: 5,
    });
    expect(coverage.levels.find((row) => row.key === 'board')?.total).toBe(1);
    expect(coverage.roles.find((row) => row.key === 'buddy')?.total).toBe(5);
    expect(coverage.phaseTotals).toEqual({ safety: 3, riskManagement: 0, recovery: 5 });
    expect(coverage.people).toBe(6);
    expect(coverage.aim.levelsMissing).toEqual([
      'management',
      'policy',
      'supervisoryBoard',
      'worksCouncil',
      'clientCouncil',
    ]);
    expect(coverage.aim.phasesMissing).toEqual(['riskManagement']);
    expect(coverage.aim.gaps).toContainEqual({ level: 'board', phase: 'safety' });
  });

  it('meets the 2030 aim only when every level the organisation has and every phase has someone', () => {
    const allPhases = ['safety', 'riskManagement', 'recovery'];
    const fiveLevels = ['practice', 'team', 'management', 'board', 'policy'];
    const group = { levels: fiveLevels, phases: allPhases, roles: [], count: 1 };
    // Every level of the framework, but no one in the governance and participation bodies.
    expect(computeCoverage([group]).aim.met).toBe(false);
    // An organisation without a works council or supervisory board: those are not asked for.
    const present = [...fiveLevels, 'clientCouncil'];
    expect(computeCoverage([group], present).aim.levelsMissing).toEqual(['clientCouncil']);
    const reached = computeCoverage([group, { ...group, levels: ['clientCouncil'] }], present);
    expect(reached.aim.met).toBe(true);
    expect(reached.aim.gaps).toEqual([]);
    expect(reached.aim.levelsPresent).toEqual(present);
  });

  it('does not call the aim reached while one level is empty in every phase', () => {
    const present = ['practice', 'management'];
    const coverage = computeCoverage(
      [{ levels: ['practice'], phases: ['safety', 'riskManagement', 'recovery'], roles: [], count: 9 }],
      present,
    );
    expect(coverage.aim.met).toBe(false);
    expect(coverage.aim.levelsMissing).toEqual(['management']);
    expect(coverage.aim.gaps).toHaveLength(3);
  });

  it('ignores keys the framework does not know', () => {
    const coverage = computeCoverage([{ levels: ['attic'], phases: ['dream'], roles: ['wizard'], count: 4 }]);
    expect(coverage.levels.every((row) => row.total === 0)).toBe(true);
    expect(coverage.aim.phasesCovered).toEqual([]);
  });
});
