import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defaultApiBase, type ApiClient, type CsvFormat } from '../lib/api-client.ts';
import { MaltalElement, type WidgetData } from '../lib/base-element.ts';
import { baseStyles } from '../lib/base.styles.ts';
import { paletteStyles } from '../lib/palette.ts';
import { styleProperties } from '../lib/style-properties.ts';
import { fire } from '../lib/events.ts';
import { changeUnit, formatNumber, formatPeriod, formatSigned, formatValue } from '../lib/format.ts';
import type { IndicatorMeta, ObservationsResponse } from '../lib/types.ts';
import { PlanClient } from './goals-client.ts';
import {
  countAssessments,
  shownAssessment,
  type FollowUp,
  type FollowUpGoal,
  type FollowUpLink,
  type GoalSdgRef,
  type SdgGoal,
  type Shown,
} from './goals-data.ts';
import { goalsStrings } from './goals-text.ts';
import { textOn } from './sdg-icon.ts';
import { goalsStyles } from './maltal-goals.styles.ts';

const SHOWN_ORDER: Shown[] = ['improving', 'stable', 'worsening', 'not_enough_data', 'not_assessed', 'stale', 'no_data_yet', 'qualitative'];

/**
 * A municipality's plan follow-up, the hållbarhetsbokslut view: the plan's goals in document order,
 * each with its Agenda 2030 goals (squares in the official colours, with number and name) and its
 * measures: the latest value and period, the change, and the assessment in words with an icon
 * (förbättras, oförändrat, försämras, för lite data, inga data ännu). Whether a measure is the
 * document's own or a related series Måltal linked is written out, and the method note says how
 * the assessment is made. Each goal's title is a heading one level below the element's title, so a
 * screen reader can jump between goals; the counts of each assessment stand under the title. Tab to
 * the list, then the arrow keys move between the goals.
 *
 * @summary Follow-up of a municipal plan's goals.
 * @tag maltal-goals
 *
 * @attr plan - The plan id, e.g. `malmo-kf-mal-2024` (required); see /v1/plans.
 *
 * @fires maltal-load - When the follow-up is drawn. Detail: `{ response, rows }` (rows: the number of measures).
 * @fires maltal-error - When the follow-up cannot be shown. Detail: `{ message, status }`.
 * @fires maltal-point-focus - When a goal gets keyboard focus. Detail: `{ geo, period, value, status }` with `geo` the goal id.
 *
 * @csspart goals - The list of goals.
 * @csspart goal - Each goal.
 * @csspart sdg - Each Agenda 2030 goal square.
 * @csspart measure - Each measure under a goal.
 * @csspart assessment - The assessment of a measure (icon and words).
 * @csspart method - The method note.
 * @csspart counts - The line counting the measures of each assessment.
 * @csspart comparisons - The county and Riket beside a measure, each with the difference.
 *
 * @cssprop --maltal-improving-color - Colour of the "förbättras" icon (default: palette green).
 * @cssprop --maltal-worsening-color - Colour of the "försämras" icon (default: palette vermillion).
 * @cssprop --maltal-sdg-size - Size of the Agenda 2030 squares (default 1.6em).
 */
export class MaltalGoals extends MaltalElement {
  static override styles = [baseStyles, paletteStyles, goalsStyles];

  static override properties = {
    ...MaltalElement.properties,
    plan: { type: String },
    followUp: { state: true },
    active: { state: true },
  };

  declare plan: string;
  /** The loaded follow-up answer. */
  declare followUp: FollowUp | undefined;
  /** Index of the goal with the roving tabindex. */
  declare active: number;

  #sdg = new Map<number, SdgGoal>();
  #abortGoals: AbortController | undefined;

  constructor() {
    super();
    this.plan = '';
    this.followUp = undefined;
    this.active = 0;
  }

  protected override get client(): ApiClient {
    return new PlanClient(this.api || defaultApiBase(), this.plan.trim());
  }

  protected override get dataProperties(): string[] {
    return [...super.dataProperties, 'plan'];
  }

  protected override downloadUrl(_data: WidgetData, format: CsvFormat): string {
    return (this.client as PlanClient).csvUrl({ indicator: '', geo: [] }, format);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('followUp')) this.active = 0;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abortGoals?.abort();
  }

  /** Fetches the plan's follow-up and the Agenda 2030 goals (a plan needs no indicator or geo). */
  override async reload(): Promise<void> {
    this.#abortGoals?.abort();
    const abort = new AbortController();
    this.#abortGoals = abort;
    const s = goalsStrings(this.language);
    const plan = (this.plan ?? '').trim();
    if (!plan) return this.fail({ kind: 'setup', status: 0, retry: false, message: s.noPlan, detail: 'the plan attribute is missing' });
    this.state = 'loading';
    this.failure = undefined;
    const client = this.client as PlanClient;
    try {
      const [followUp, sdg] = await Promise.all([
        client.followUp(this.language, abort.signal),
        client.sdgGoals(abort.signal).catch(() => ({ data: [] as SdgGoal[] })),
      ]);
      if (abort.signal.aborted) return;
      this.#sdg = new Map(sdg.data.map((g) => [g.goal, g]));
      this.followUp = followUp;
      this.data = this.#widgetData(followUp);
      const title = this.language === 'en' ? followUp.plan.title_en : followUp.plan.title_sv;
      if (followUp.goals.length === 0) {
        this.message = s.noGoals(title);
        this.state = 'empty';
      } else {
        this.state = 'ready';
      }
      await this.updateComplete;
      fire(this, 'maltal-load', { response: this.data.response, rows: followUp.meta.count });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.fail(error, { plan });
    }
  }

  /** The follow-up in the shape the base draws the title and footer from. */
  #widgetData(followUp: FollowUp): WidgetData {
    const indicator: IndicatorMeta = {
      id: followUp.plan.id,
      title_sv: followUp.plan.title_sv,
      title_en: followUp.plan.title_en,
      unit_sv: '',
      unit_en: '',
      decimals: 0,
      direction: 'none',
    };
    const response: ObservationsResponse = {
      data: [],
      meta: {
        count: followUp.meta.count,
        next_cursor: null,
        indicators: [indicator],
        datasets: followUp.meta.datasets,
        notices: followUp.meta.notices ?? [],
      },
    };
    return { query: { indicator: '', geo: [followUp.plan.geo] }, response, indicator, geographies: new Map(), series: [] };
  }

  protected override renderContent(): TemplateResult {
    const followUp = this.followUp!;
    const s = goalsStrings(this.language);
    const title = this.titleAndUnit().title;
    const active = Math.min(this.active, followUp.goals.length - 1);
    const bases = new Set(followUp.goals.flatMap((g) => g.links.map((l) => l.basis)));
    return html`${this.renderTitle()} ${this.#renderCounts(followUp)}
      <p class="subtitle">${[...bases]
        .sort()
        .map((b) => s.basisExplained[b])
        .join(' ')} <span class="hint">${s.keyboardHint}</span></p>
      <ul class="goals${this.width && this.width < 480 ? ' narrow' : ''}" part="goals" aria-label=${s.listLabel(title)} @keydown=${this.#onKeydown} @focusin=${this.#onFocus}>
        ${followUp.goals.map((goal, i) => this.#renderGoal(goal, i, i === active))}
      </ul>
      <details class="method" part="method">
        <summary>${s.method}</summary>
        <p>${this.language === 'en' ? followUp.method.en : followUp.method.sv}</p>
      </details>`;
  }

  #renderGoal(goal: FollowUpGoal, index: number, active: boolean): TemplateResult {
    const lang = this.language;
    const s = goalsStrings(lang);
    const titleId = `goal-${index}`;
    return html`<li part="goal" class="goal depth-${Math.min(goal.depth, 3)}" data-index=${index} tabindex=${active ? 0 : -1} aria-labelledby=${titleId}>
      <div class="goal-title" id=${titleId} role="heading" aria-level=${Math.min(6, this.titleLevel + 1 + Math.min(goal.depth, 2))}>
        <span class="level">${goal.level}${goal.number ? ` ${goal.number}` : ''}</span>
        <span class="goal-text">${lang === 'en' ? goal.title_en : goal.title_sv}</span>
      </div>
      ${
        goal.sdg.length
          ? html`<ul class="sdgs" aria-label=${s.sdgGroup}>
            ${goal.sdg.map((ref) => this.#renderSdg(ref))}
          </ul>`
          : nothing
      }
      ${
        goal.links.length
          ? html`<ul class="measures" aria-label=${s.measures}>
            ${goal.links.map((link) => this.#renderLink(link))}
          </ul>`
          : nothing
      }
    </li>`;
  }

  #renderSdg(ref: GoalSdgRef): TemplateResult {
    const lang = this.language;
    const official = this.#sdg.get(ref.goal);
    const color = official?.color ?? ref.color;
    const name = official ? (lang === 'en' ? official.title_en : official.short_sv) : lang === 'en' ? ref.short_en : ref.short_sv;
    const label = goalsStrings(lang).sdgName(ref.goal, name) + (ref.target ? ` (${ref.target})` : '');
    return html`<li class="sdg-item">
      <span part="sdg" class="sdg" role="img" aria-label=${label} title=${label} ${styleProperties({ 'background-color': color, color: textOn(color) })}>${ref.goal}</span>
    </li>`;
  }

  /** A value of the measure in its unit: the indicator's, or percentage points for a gap of a share. */
  #value(link: FollowUpLink, value: number): string {
    const unit = (this.language === 'en' ? link.unit_en : link.unit_sv) ?? '';
    return formatValue(value, link.indicator?.decimals ?? 1, unit, this.language);
  }

  /** A value in the indicator's own unit (the parts of a gap). */
  #indicatorValue(link: FollowUpLink, value: number): string {
    const unit = link.indicator ? (this.language === 'en' ? link.indicator.unit_en : link.indicator.unit_sv) : '';
    return formatValue(value, link.indicator?.decimals ?? 1, unit, this.language);
  }

  #renderLink(link: FollowUpLink): TemplateResult {
    const lang = this.language;
    const s = goalsStrings(lang);
    const shown = shownAssessment(link);
    const decimals = link.indicator?.decimals ?? 1;
    const unit = (lang === 'en' ? link.unit_en : link.unit_sv) ?? '';
    const label = (l: { sv: string; en: string } | null | undefined) => (l ? (lang === 'en' ? l.en : l.sv) : '');
    const parts = link.latest?.parts;
    const baseYear = link.base ? formatPeriod(link.base.period, lang) : '';
    return html`<li part="measure" class="measure basis-${link.basis} status-${link.status}">
      <p class="measure-name">
        <span class="basis">${s.basis[link.basis]}</span>
        ${lang === 'en' ? link.measure_en : link.measure_sv}
        ${link.example ? html`<span class="badge" part="badge">${this.t.example}</span>` : nothing}
      </p>
      <p class="measure-facts">
        <span part="assessment" class="assessment ${shown}"><span class="icon" aria-hidden="true">${s.icons[shown]}</span> <span class="words">${s.assessments[shown]}</span></span>
        ${link.latest ? html`<span class="latest">${s.latest(this.#value(link, link.latest.value), formatPeriod(link.latest.period, lang))}</span>` : nothing}
        ${
          parts && link.series
            ? html`<span class="parts"
              >${s.gapParts(
                label(link.series.breakdown_label),
                this.#indicatorValue(link, parts.breakdown),
                label(link.series.compare_label),
                this.#indicatorValue(link, parts.compare),
              )}</span
            >`
            : nothing
        }
        ${
          link.change !== null && link.base
            ? html`<span class="change">${s.changeSince(formatSigned(link.change, decimals, lang), changeUnit(unit, lang), baseYear)}</span>`
            : nothing
        }
        ${link.rank ? html`<span class="rank">${lang === 'en' ? link.rank.text_en : link.rank.text_sv}</span>` : nothing}
        ${link.target_value !== null ? html`<span class="target">${s.target(this.#value(link, link.target_value), link.target_period)}</span>` : nothing}
      </p>
      ${
        link.kind === 'gap' && link.history && link.history.length > 1
          ? html`<p class="history">${s.history}: ${link.history.map((v) => `${formatPeriod(v.period, lang)} ${formatNumber(v.value, decimals, lang)}`).join(' · ')}</p>`
          : nothing
      }
      ${
        link.comparisons.some((c) => c.latest)
          ? html`<ul class="comparisons" part="comparisons">
            ${link.comparisons
              .filter((c) => c.latest)
              .map((c) => {
                const name = lang === 'en' ? c.name_en : c.name_sv;
                // With a direction the words say better or worse, so the size is enough; without one the sign tells.
                const size = c.difference === null ? 0 : c.position ? Math.abs(c.difference) : c.difference;
                const number = c.position ? formatNumber(size, decimals, lang) : formatSigned(size, decimals, lang);
                const difference = c.difference === null ? '' : `${number}${changeUnit(unit, lang) ? ` ${changeUnit(unit, lang)}` : ''}`;
                const trend = c.gap_trend && link.base ? `; ${s.gapTrend[c.gap_trend](name, baseYear)}` : '';
                return html`<li>${s.comparison(name, this.#value(link, c.latest!.value), difference, c.position)}${trend}</li>`;
              })}
          </ul>`
          : nothing
      }
      ${
        link.status === 'stale' && link.latest && this.followUp
          ? html`<p class="note">${s.stale(formatPeriod(link.latest.period, lang), this.followUp.plan.start_year)}</p>`
          : nothing
      }
      ${link.status === 'no_data_yet' && link.data_needed ? html`<p class="note">${s.dataNeeded(link.data_needed)}</p>` : nothing}
      ${link.status === 'qualitative' && link.note ? html`<p class="note">${link.note}</p>` : nothing}
      ${link.series_break ? html`<p class="note">${s.seriesBreak}</p>` : nothing}
    </li>`;
  }

  /** "Förbättras: 3, Oförändrat: 2 …": the follow-up at a glance, for everyone. */
  #renderCounts(followUp: FollowUp): TemplateResult {
    const s = goalsStrings(this.language);
    const counts = countAssessments(followUp.goals);
    const parts = SHOWN_ORDER.filter((k) => counts[k] > 0).map((k) => `${s.assessments[k]}: ${counts[k]}`);
    const measures = followUp.goals.reduce((n, g) => n + g.links.length, 0);
    return html`<p class="counts" part="counts">${s.summary(followUp.goals.length, measures, parts.join(', '))}</p>`;
  }

  #focusGoal(index: number): void {
    this.active = index;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`li.goal[data-index="${index}"]`)?.focus());
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const count = this.followUp?.goals.length ?? 0;
    if (count === 0 || !(event.target as Element).matches?.('li.goal')) return;
    const current = Math.min(this.active, count - 1);
    const moves: Record<string, number> = {
      ArrowDown: Math.min(count - 1, current + 1),
      ArrowRight: Math.min(count - 1, current + 1),
      ArrowUp: Math.max(0, current - 1),
      ArrowLeft: Math.max(0, current - 1),
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.#focusGoal(next);
  };

  #onFocus = (event: FocusEvent): void => {
    const item = (event.target as Element).closest?.('li.goal');
    const index = Number(item?.getAttribute('data-index'));
    const goal = this.followUp?.goals[index];
    if (!goal) return;
    if (index !== this.active) this.active = index;
    const first = goal.links.find((l) => l.latest);
    fire(this, 'maltal-point-focus', {
      geo: goal.id,
      period: first?.latest?.period ?? '',
      value: first?.latest?.value ?? null,
      status: first ? shownAssessment(first) : 'no_data_yet',
    });
  };
}

customElements.define('maltal-goals', MaltalGoals);

declare global {
  interface HTMLElementTagNameMap {
    'maltal-goals': MaltalGoals;
  }
}
