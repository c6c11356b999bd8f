// Rule: maltal-goals shows "inga data ännu" for a measure without a series, "inaktuellt" for figures
// older than the plan and "följs upp i ord" for a qualitative measure, and counts each once; its texts
// name every assessment in Swedish.
import { describe, expect, it } from 'vitest';
import { countAssessments, shownAssessment, type FollowUpGoal, type FollowUpLink } from '../../widgets/maltal-goals/goals-data.ts';
import { goalsStrings } from '../../widgets/maltal-goals/goals-text.ts';

const link = (status: FollowUpLink['status'], assessment: FollowUpLink['assessment']) => ({ status, assessment }) as FollowUpLink;
const goal = (links: FollowUpLink[]) => ({ links }) as FollowUpGoal;

describe('shownAssessment and countAssessments', () => {
  it("shows the status where there are no current figures, else the API's assessment", () => {
    expect(shownAssessment(link('no_data_yet', null))).toBe('no_data_yet');
    expect(shownAssessment(link('qualitative', null))).toBe('qualitative');
    expect(shownAssessment(link('stale', 'not_assessed'))).toBe('stale');
    expect(shownAssessment(link('followed', 'worsening'))).toBe('worsening');
  });

  it('counts every measure once', () => {
    const counts = countAssessments([
      goal([link('followed', 'improving'), link('no_data_yet', null), link('qualitative', null)]),
      goal([link('followed', 'improving'), link('followed', 'not_enough_data'), link('stale', 'not_assessed')]),
    ]);
    expect(counts).toEqual({
      improving: 2,
      stable: 0,
      worsening: 0,
      not_enough_data: 1,
      not_assessed: 0,
      stale: 1,
      no_data_yet: 1,
      qualitative: 1,
    });
  });

  it('words every assessment in Swedish', () => {
    expect(goalsStrings('sv').assessments).toMatchObject({
      improving: 'Förbättras',
      stable: 'Oförändrat',
      worsening: 'Försämras',
      not_enough_data: 'För lite data',
      stale: 'Inaktuellt: äldre än planen',
      no_data_yet: 'Inga data ännu',
      qualitative: 'Följs upp i ord',
    });
  });
});
