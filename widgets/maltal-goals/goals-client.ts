/** The API calls of maltal-goals. */
import { ApiClient, type CsvFormat } from '../lib/api-client.ts';
import type { ObservationQuery } from '../lib/types.ts';
import type { FollowUp, SdgGoal } from './goals-data.ts';

/** An ApiClient whose download link is the plan's follow-up as CSV, not an observations query. */
export class PlanClient extends ApiClient {
  constructor(
    base: string,
    readonly plan: string,
  ) {
    super(base);
  }

  override csvUrl(_query: ObservationQuery, format: CsvFormat = 'csv'): string {
    return `${this.base.replace(/\/+$/, '')}/v1/plans/${encodeURIComponent(this.plan)}/follow-up?format=${format}`;
  }

  /** The follow-up with goal levels, notes and data_needed in `lang`. */
  followUp(lang: 'sv' | 'en', signal?: AbortSignal): Promise<FollowUp> {
    return this.getJson<FollowUp>(`/v1/plans/${encodeURIComponent(this.plan)}/follow-up?lang=${lang}`, signal);
  }

  sdgGoals(signal?: AbortSignal): Promise<{ data: SdgGoal[] }> {
    return this.getJson<{ data: SdgGoal[] }>('/v1/sdg/goals', signal);
  }
}
