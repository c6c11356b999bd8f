import { html, type TemplateResult } from 'lit';
import { baseStyles } from '../lib/base.styles.ts';
import { formatPeriod } from '../lib/format.ts';
import { paletteStyles } from '../lib/palette.ts';
import { MaltalSeriesElement } from '../lib/series-element.ts';
import { tableStyles } from './maltal-table.styles.ts';
import { sortRows, tableRows, type SortKey } from './table-rows.ts';

/**
 * An accessible, sortable data table: named by its title (a heading), column and row headers with
 * `scope`, one column per geography, status in words, `aria-sort` on the sorted column. Column
 * headers are buttons, so sorting works with the keyboard (Tab, Enter or Space; again to reverse).
 * Compact enough for three places on a 320 px phone; wider tables scroll sideways inside the element.
 *
 * @summary Sortable data table.
 * @tag maltal-table
 *
 * @attr sort - Initial sort column: `period` (default) or a geography code from `geo`.
 * @attr order - Initial sort order: `descending` (default, newest first) or `ascending`.
 *
 * @csspart table - The table.
 * @csspart sort-button - The sort buttons in the column headers.
 */
export class MaltalTable extends MaltalSeriesElement {
  static override styles = [baseStyles, paletteStyles, tableStyles];

  static override properties = {
    ...MaltalSeriesElement.properties,
    sort: { type: String },
    order: { type: String },
    sortKey: { state: true },
    sortOrder: { state: true },
  };

  declare sort: string | undefined;
  declare order: string | undefined;
  /** The column sorted by after the reader sorted (`period` or a series index); undefined: the `sort` attribute. */
  declare sortKey: SortKey | undefined;
  /** The sort order after the reader sorted; undefined: the `order` attribute. */
  declare sortOrder: 'ascending' | 'descending' | undefined;

  constructor() {
    super();
    this.sortKey = undefined;
    this.sortOrder = undefined;
  }

  #currentKey(): SortKey {
    if (this.sortKey !== undefined) return this.sortKey;
    const index = this.data?.series.findIndex((s) => s.geo === this.sort) ?? -1;
    return index >= 0 ? index : 'period';
  }

  #currentOrder(): 'ascending' | 'descending' {
    return this.sortOrder ?? (this.order === 'ascending' ? 'ascending' : 'descending');
  }

  #sortBy(key: SortKey): void {
    const order = this.#currentOrder();
    this.sortOrder = this.#currentKey() === key ? (order === 'ascending' ? 'descending' : 'ascending') : 'descending';
    this.sortKey = key;
  }

  protected override renderContent(): TemplateResult {
    const data = this.data!;
    const t = this.t;
    const lang = this.language;
    const key = this.#currentKey();
    const order = this.#currentOrder();
    const rows = sortRows(tableRows(data.series), key, order);
    const header = (label: string, column: SortKey) => {
      const sorted = key === column;
      const icon = sorted ? (order === 'ascending' ? '▲' : '▼') : '↕';
      return html`<th scope="col" aria-sort=${sorted ? order : 'none'}>
        <button type="button" part="sort-button" @click=${() => this.#sortBy(column)}>
          ${label}<span class="sort-icon" aria-hidden="true">${icon}</span>
        </button>
      </th>`;
    };
    return html`${this.renderTitle()}
      <div class="scroll">
        <table class="data" part="table" aria-labelledby="maltal-title">
          <thead>
            <tr>
              ${header(t.period, 'period')}
              ${data.series.map((s, i) => header(s.name, i))}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr>
                <th scope="row">${formatPeriod(row.period, lang)}</th>
                ${row.cells.map(
                  (cell) => html`<td>
                    ${cell && cell.value !== null ? this.formatValue(cell.value, false) : '–'}
                    ${cell && cell.status !== 'final' ? html`<span class="status">${t.statuses[cell.status] ?? cell.status}</span>` : ''}
                  </td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

customElements.define('maltal-table', MaltalTable);

declare global {
  interface HTMLElementTagNameMap {
    'maltal-table': MaltalTable;
  }
}
