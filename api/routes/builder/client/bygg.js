// The embed builder (/bygg): fills the choices from the public API, shows the chosen element live
// and writes the code to copy. Served as /widgets/v1/bygg.js; the page has no inline script.
const $ = (id) => document.getElementById(id);
const origin = location.origin;
const form = $('builder');
const status = $('status');

const LABELS = {};
for (const input of form.querySelectorAll('input[name=element]')) {
  LABELS[input.value] = input.closest('label').querySelector('strong').textContent;
}
const ELEMENT_LABELS_EN = {
  'maltal-trend': 'trend over time',
  'maltal-compare': 'comparison',
  'maltal-figure': 'headline figure',
  'maltal-table': 'table',
  'maltal-map': 'map',
  'maltal-goals': 'goal follow-up',
};

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]);

async function getJson(path) {
  const res = await fetch(origin + path, { headers: { accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.detail || `${res.status} ${path}`);
  return body;
}

/** Every page of a list. */
async function getAll(path) {
  const rows = [];
  let next = path;
  while (next) {
    const body = await getJson(next);
    rows.push(...body.data);
    next = body.links?.next ? body.links.next.replace(/^https?:\/\/[^/]+/, '') : null;
  }
  return rows;
}

let indicators = [];
let geographies = [];
let manifest = { url: '/widgets/v1/maltal.js', integrity: null };

const option = (value, text, selected) => new Option(text, value, selected, selected);

function fillIndicators(filter = '') {
  const select = $('indicator');
  const current = select.value || 'scb-bas-sysselsattningsgrad-20-64';
  const f = filter.trim().toLowerCase();
  select.replaceChildren();
  const byTopic = new Map();
  for (const ind of indicators) {
    if (f && !`${ind.id} ${ind.title_sv} ${ind.title_en}`.toLowerCase().includes(f)) continue;
    if (!byTopic.has(ind.topic)) byTopic.set(ind.topic, []);
    byTopic.get(ind.topic).push(ind);
  }
  for (const [topic, list] of byTopic) {
    const group = document.createElement('optgroup');
    group.label = topic;
    for (const ind of list) {
      // Discontinued indicators keep their published values, so they can still be charted.
      const note = ind.status === 'discontinued' ? ', upphört' : '';
      group.append(option(ind.id, `${ind.title_sv} (${ind.id}${note})`, ind.id === current));
    }
    select.append(group);
  }
  if (select.options.length === 0) select.append(option('', 'Inga mått matchar / no match', true));
}

const TYPE_LABEL = { country: 'Riket', county: 'Län', municipality: 'Kommuner' };

function fillGeographies(filter = '') {
  const select = $('geo');
  const chosen = new Set([...select.selectedOptions].map((o) => o.value).filter(Boolean));
  if (chosen.size === 0 && !select.dataset.filled) ['0136', '0181'].forEach((c) => chosen.add(c));
  select.dataset.filled = 'yes';
  const f = filter.trim().toLowerCase();
  select.replaceChildren();
  for (const type of ['country', 'county', 'municipality']) {
    const group = document.createElement('optgroup');
    group.label = TYPE_LABEL[type];
    for (const g of geographies) {
      if (g.type !== type) continue;
      // Chosen places stay in the list while filtering, so filtering never unselects them.
      if (f && !chosen.has(g.code) && !`${g.code} ${g.name_sv} ${g.name_en}`.toLowerCase().includes(f)) continue;
      group.append(option(g.code, `${g.short_name || g.name_sv} (${g.code})`, chosen.has(g.code)));
    }
    if (group.children.length > 0) select.append(group);
  }
}

/** maltal-goals shows a plan; maltal-map shows every kommun; the others show the chosen places. */
const usesGeo = (element) => element !== 'maltal-goals' && element !== 'maltal-map';

function state() {
  const data = new FormData(form);
  const element = data.get('element');
  const lang = data.get('lang');
  const theme = data.get('theme');
  const geo = [...$('geo').selectedOptions].map((o) => o.value).filter(Boolean);
  const attrs = [];
  if (element === 'maltal-goals') {
    if ($('plan').value) attrs.push(['plan', $('plan').value]);
  } else if ($('indicator').value) {
    attrs.push(['indicator', $('indicator').value]);
  }
  if (geo.length > 0 && usesGeo(element)) attrs.push(['geo', geo.join(',')]);
  attrs.push(['lang', lang]);
  if (theme) attrs.push(['theme', theme]);
  return { element, lang, geo, attrs };
}

function chartTitle({ element, lang, geo, attrs }) {
  const get = (name) => (attrs.find(([n]) => n === name) || [])[1];
  let subject;
  if (element === 'maltal-goals') {
    subject = $('plan').selectedOptions[0]?.textContent || get('plan') || '';
  } else {
    const ind = indicators.find((i) => i.id === get('indicator'));
    subject = ind ? (lang === 'en' ? ind.title_en : ind.title_sv) : get('indicator') || '';
  }
  const places = !usesGeo(element)
    ? []
    : geo.map((code) => {
        const g = geographies.find((x) => x.code === code);
        return g ? (lang === 'en' ? g.name_en : g.short_name) : code;
      });
  const kind = lang === 'en' ? ELEMENT_LABELS_EN[element] : LABELS[element].toLowerCase();
  return [subject + (places.length > 0 ? `, ${places.join(', ')}` : ''), kind, 'Måltal'].join(' – ');
}

function update() {
  const s = state();
  const { element, attrs } = s;
  $('plan-field').hidden = element !== 'maltal-goals';
  $('indicator-field').hidden = element === 'maltal-goals';
  $('geo-field').hidden = !usesGeo(element);
  $('geo-chosen').textContent = s.geo.length === 0 ? 'Ingen plats vald.' : `Valda: ${s.geo.length}.`;

  const preview = document.createElement(element);
  for (const [name, value] of attrs) preview.setAttribute(name, value);
  // Without embed.js the frame keeps its written height: suggest the drawn chart's, with room for
  // text that wraps on a phone.
  preview.addEventListener('maltal-load', () => {
    if (!preview.isConnected) return;
    suggestedHeight = Math.max(200, Math.ceil((preview.getBoundingClientRect().height + 60) / 20) * 20);
    writeIframeCode(s);
  });
  $('preview').replaceChildren(preview);
  if (!customElements.get(element)) {
    const note = document.createElement('p');
    note.textContent = `Elementet ${element} finns inte i den här versionen av widgetpaketet.`;
    $('preview').append(note);
  }

  const attrText = attrs.map(([n, v]) => ` ${n}="${escapeHtml(v)}"`).join('');
  const integrity = manifest.integrity ? ` integrity="${manifest.integrity}"` : '';
  $('code-script').value =
    `<script type="module" src="${origin}${manifest.url}"${integrity} crossorigin="anonymous"></script>\n` +
    `<${element}${attrText}></${element}>`;

  suggestedHeight = DEFAULT_HEIGHTS[element] ?? 460;
  writeIframeCode(s);
}

/** Heights written before the preview has drawn. */
const DEFAULT_HEIGHTS = { 'maltal-figure': 360, 'maltal-map': 760, 'maltal-goals': 800 };
let suggestedHeight = 460;

/**
 * The iframe code: attributes only (a site's CSP that forbids inline style would drop a style=""),
 * full width, the suggested height, no border, and the optional embed.js.
 */
function writeIframeCode(s) {
  const { element, attrs } = s;
  const id = element.replace('maltal-', 'maltal-embed-');
  const params = new URLSearchParams([...attrs, ['id', id]]);
  const src = `${origin}/embed/${element}?${params}`.replace(/%2C/g, ',');
  $('code-iframe').value =
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(chartTitle(s))}" data-maltal="${id}" width="100%" height="${suggestedHeight}" frameborder="0" loading="lazy"></iframe>\n` +
    `<script src="${origin}/widgets/v1/embed.js" defer></script>`;
}

async function copy(id) {
  const text = $(id).value;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    $(id).select();
    document.execCommand('copy');
  }
  status.textContent = 'Koden är kopierad. / Code copied.';
}

async function main() {
  try {
    const [ind, geos, plans, man] = await Promise.all([
      getAll('/v1/indicators?limit=500'),
      getAll('/v1/geographies'),
      getJson('/v1/plans')
        .then((b) => b.data)
        .catch(() => []),
      fetch(`${origin}/widgets/v1/manifest.json`)
        .then((r) => (r.ok ? r.json() : null))
        .catch(() => null),
    ]);
    indicators = ind;
    geographies = geos;
    if (man) manifest = man;
    fillIndicators();
    fillGeographies();
    $('plan').replaceChildren(...plans.map((p, i) => option(p.id, p.title_sv || p.title || p.id, i === 0)));
  } catch (error) {
    status.textContent = `Kunde inte läsa från API:t: ${error.message}`;
    return;
  }
  for (const input of form.querySelectorAll('input[name=element]')) {
    if (!customElements.get(input.value)) {
      input.disabled = true;
      input.closest('label').append(' (finns inte ännu / not available yet)');
    }
  }
  form.addEventListener('change', update);
  $('indicator-filter').addEventListener('input', (e) => {
    fillIndicators(e.target.value);
    update();
  });
  $('geo-filter').addEventListener('input', (e) => {
    fillGeographies(e.target.value);
    update();
  });
  $('copy-script').addEventListener('click', () => copy('code-script'));
  $('copy-iframe').addEventListener('click', () => copy('code-iframe'));
  update();
  document.body.dataset.ready = 'true';
}

main();
