/**
 * The one script of the pages, served as a file (/assets/sidor.js) so that the pages' CSP allows
 * no inline script. It only enhances what works without it: suggestions in the search box as you
 * type (from /v1/search), and the ranking table sorted and filtered in place instead of by a new
 * page. It writes text and attributes only, never HTML.
 */
export const PAGES_SCRIPT = String.raw`'use strict';
(function () {
  var lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
  var withLang = function (path) { return lang === 'en' ? path + (path.indexOf('?') < 0 ? '?' : '&') + 'lang=en' : path; };

  // Search suggestions: the hits of /v1/search in the input's datalist; choosing one opens its page.
  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var pages = new Map();
    var timer = 0;
    var asked = '';
    input.addEventListener('input', function () {
      var q = input.value.trim();
      if (pages.has(q)) { window.location.assign(pages.get(q)); return; }
      clearTimeout(timer);
      if (q.length < 2 || q === asked) return;
      timer = setTimeout(function () {
        asked = q;
        var limit = input.getAttribute('data-kinds') ? 20 : 8;
        fetch(input.getAttribute('data-suggest') + '?limit=' + limit + '&q=' + encodeURIComponent(q), { headers: { accept: 'application/json' } })
          .then(function (res) { return res.ok ? res.json() : { data: [] }; })
          .then(function (body) {
            if (input.value.trim() !== q) return;
            pages.clear();
            var kinds = input.getAttribute('data-kinds');
            var hits = body.data.filter(function (hit) { return !kinds || kinds.split(',').indexOf(hit.kind) >= 0; });
            list.replaceChildren.apply(list, hits.map(function (hit) {
              var title = lang === 'en' ? hit.title_en : hit.title_sv;
              var option = document.createElement('option');
              option.value = title;
              option.label = lang === 'en' ? hit.detail_en : hit.detail_sv;
              if (!kinds && !pages.has(title)) pages.set(title, withLang(hit.page));
              return option;
            }));
          })
          .catch(function () {});
      }, 200);
    });
    input.form.addEventListener('submit', function (event) {
      var page = pages.get(input.value.trim());
      if (page) { event.preventDefault(); window.location.assign(page); }
    });
  });

  // The ranking: the column links sort the rows in place, the län list filters them; the address follows.
  var table = document.getElementById('ranking');
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var collator = new Intl.Collator(lang);
  var name = function (row) { return row.cells[row.querySelector('th') ? row.querySelector('th').cellIndex : 0].textContent; };
  // The cells as numbers: "−1 234,5" (Swedish) or "-1,234.5" (English); "–" is no value.
  var column = function (label) { var th = table.querySelector('thead a[data-sort^="' + label + '"]'); return th ? th.closest('th').cellIndex : -1; };
  var columns = { r: column('rang'), v: column('varde'), c: column('forandring') };
  var num = function (row, key, missing) {
    if (columns[key] < 0) return missing;
    var text = row.cells[columns[key]].textContent.replace(/[\s*\u00a0]/g, '').replace('\u2212', '-');
    text = lang === 'en' ? text.replace(/,/g, '') : text.replace(',', '.');
    var value = Number(text);
    return text === '' || text === '\u2013' || Number.isNaN(value) ? missing : value;
  };
  var orders = {
    rang: function (a, b) { return num(a, 'r', Infinity) - num(b, 'r', Infinity) || collator.compare(name(a), name(b)); },
    namn: function (a, b) { return collator.compare(name(a), name(b)); },
    varde: function (a, b) { return num(b, 'v', 0) - num(a, 'v', 0) || collator.compare(name(a), name(b)); },
    'varde-upp': function (a, b) { return num(a, 'v', 0) - num(b, 'v', 0) || collator.compare(name(a), name(b)); },
    forandring: function (a, b) { return num(b, 'c', -Infinity) - num(a, 'c', -Infinity) || collator.compare(name(a), name(b)); },
    'forandring-upp': function (a, b) { return num(a, 'c', Infinity) - num(b, 'c', Infinity) || collator.compare(name(a), name(b)); }
  };
  var pairs = { rang: 'rang', namn: 'namn', varde: 'varde-upp', 'varde-upp': 'varde', forandring: 'forandring-upp', 'forandring-upp': 'forandring' };
  var links = table.querySelectorAll('thead a.sort');
  var sortBy = function (sort) {
    rows.sort(orders[sort]);
    body.replaceChildren.apply(body, rows);
    links.forEach(function (a) {
      var own = a.getAttribute('data-sort');
      var current = own === sort || pairs[own] === sort;
      var th = a.closest('th');
      if (current) { th.setAttribute('aria-sort', sort.slice(-4) === '-upp' || sort === 'rang' || sort === 'namn' ? 'ascending' : 'descending'); a.setAttribute('aria-current', 'true'); }
      else { th.removeAttribute('aria-sort'); a.removeAttribute('aria-current'); }
      a.setAttribute('data-sort', current ? pairs[sort] : own.replace(/-upp$/, ''));
    });
    var url = new URL(window.location.href);
    url.searchParams.set('sort', sort);
    history.replaceState(null, '', url.pathname + url.search.replace(/%2C/gi, ',') + '#rangordning');
  };
  links.forEach(function (a) {
    a.addEventListener('click', function (event) { event.preventDefault(); sortBy(a.getAttribute('data-sort')); });
  });
  // A ranking the server already filtered holds only that län's rows: then the form asks the server.
  var lan = document.getElementById('choice-lan');
  var map = document.querySelector('maltal-map');
  if (lan && !new URL(window.location.href).searchParams.get('lan')) lan.addEventListener('change', function () {
    rows.forEach(function (row) { row.hidden = lan.value !== '' && row.getAttribute('data-lan') !== lan.value; });
    if (map) { if (lan.value) map.setAttribute('county', lan.value); else map.removeAttribute('county'); }
    var url = new URL(window.location.href);
    if (lan.value) url.searchParams.set('lan', lan.value); else url.searchParams.delete('lan');
    history.replaceState(null, '', url.pathname + url.search.replace(/%2C/gi, ',') + '#rangordning');
  });
})();
`;
