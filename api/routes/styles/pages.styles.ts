/**
 * The style sheets of the pages for people (api/routes/pages): one for the screen, light and dark,
 * from 320 px up; one for printing a plan's follow-up for the council. Files, not <style>, so the
 * pages' Content-Security-Policy can forbid inline styles.
 */

export const PAGES_CSS = `:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1a1a1a; --muted: #545454; --line: #c9ced4; --surface: #f3f5f7; --link: #0a58a8; --focus: #0a58a8;
  --place: #0072b2; --county: #b35000; --country: #4d4d4d;
  --ok-bg: #e3f2e8; --ok-fg: #155a2f; --warn-bg: #fff1d6; --warn-fg: #6b4200; --bad-bg: #fbe7e7; --bad-fg: #8a1c1c; --info-bg: #e8edf5; --info-fg: #2b3a55;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #17181b; --fg: #e9e9ea; --muted: #b4b7bc; --line: #44474d; --surface: #222428; --link: #8cc8ff; --focus: #8cc8ff;
    --place: #56b4e9; --county: #f0a860; --country: #c8c8c8;
    --ok-bg: #183a25; --ok-fg: #a9e5bd; --warn-bg: #3d2e0e; --warn-fg: #f5d28c; --bad-bg: #401b1b; --bad-fg: #f5b5b5; --info-bg: #232b3a; --info-fg: #c5d3ee;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; overflow-wrap: break-word; }
a { color: var(--link); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 1rem 0 0.5rem; }
h2 { font-size: 1.35rem; line-height: 1.25; margin: 2rem 0 0.6rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
p, ul, ol, dl { margin: 0.5rem 0; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.875rem; }
pre { background: var(--surface); border: 1px solid var(--line); padding: 0.6rem; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
.wrap { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
.vh { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: 0.5rem 1rem; z-index: 10; }
.skip:focus { left: 0.5rem; }
.muted, .hint { color: var(--muted); }
.hint { font-size: 0.9rem; }
.lead { font-size: 1.1rem; }

header.site { border-bottom: 1px solid var(--line); background: var(--surface); padding: 0.4rem 0 0.6rem; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1rem; }
.brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; color: var(--fg); }
header.site nav ul { display: flex; flex-wrap: wrap; gap: 0.1rem 0.9rem; list-style: none; margin: 0; padding: 0; }
header.site nav a { display: inline-block; padding: 0.3rem 0; }
.lang-switch { margin-left: auto; padding: 0.3rem 0; }
form.search { margin: 0.4rem 0 0; }
form.search.large { margin: 1rem 0; }
form.search.large label { display: block; font-weight: 600; margin-bottom: 0.3rem; }
.search-row { display: flex; gap: 0.4rem; max-width: 36rem; }
.search-row input[type=search] { flex: 1; min-width: 0; }
input, select, button { font: inherit; color: inherit; }
input[type=search], select { background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; padding: 0.35rem 0.5rem; max-width: 100%; }
button, .button { background: var(--link); color: var(--bg); border: 0; border-radius: 4px; padding: 0.4rem 0.9rem; cursor: pointer; text-decoration: none; display: inline-block; }
.crumbs ol { list-style: none; padding: 0; margin: 0.75rem 0 0; display: flex; flex-wrap: wrap; font-size: 0.9rem; }
.crumbs li + li::before { content: "›"; margin: 0 0.4rem; color: var(--muted); }
footer.site { border-top: 1px solid var(--line); margin-top: 3rem; padding: 1rem 0 2rem; color: var(--muted); font-size: 0.9rem; }

.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0.9rem; padding: 0; list-style: none; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 0.9rem; background: var(--bg); }
.card h3 { font-size: 1rem; margin: 0 0 0.3rem; }
.figure { font-size: 1.6rem; font-weight: 700; line-height: 1.2; margin: 0.2rem 0; }
.figure .unit { font-size: 1rem; font-weight: 600; }
.figure .period { font-size: 0.9rem; font-weight: 400; color: var(--muted); }
.card dl { display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.75rem; font-size: 0.9rem; margin: 0.4rem 0; }
.card dt { color: var(--muted); }
.card dd { margin: 0; }
.card .spark { display: block; margin-top: 0.3rem; }
.links { font-size: 0.9rem; }
.tag { display: inline-block; font-size: 0.8rem; padding: 0 0.4rem; border-radius: 3px; background: var(--info-bg); color: var(--info-fg); }
.tag.warn { background: var(--warn-bg); color: var(--warn-fg); }

.table-scroll { overflow-x: auto; max-width: 100%; margin: 0.5rem 0; container-type: inline-size; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
.table-scroll caption { position: sticky; left: 0; max-width: 100cqw; } /* a table wider than the phone scrolls; its caption stays in view, wrapped */
th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--muted); white-space: nowrap; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.mark th, tr.mark td { background: var(--surface); font-weight: 700; }
#ranking td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
#ranking td.l { text-align: left; white-space: normal; }
/* On a phone the län column gives way, so that the values fit without scrolling sideways. */
@media (max-width: 40rem) { #ranking .l { display: none; } #ranking thead th { white-space: normal; } }
th a.sort { text-decoration: none; }
th a.sort[aria-current] { text-decoration: underline; }
.filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-end; margin: 0.75rem 0; }
.filters label { display: block; font-size: 0.9rem; font-weight: 600; }

.spark polyline { fill: none; stroke: var(--place); stroke-width: 2; stroke-linejoin: round; }
.spark circle { fill: var(--place); }
.chart { display: block; width: 100%; max-width: 30rem; height: auto; margin: 0.5rem 0; }
.chart text { fill: var(--fg); font-size: 11px; }
.chart .axis { stroke: var(--line); stroke-width: 1; }
.chart .zero { stroke: var(--muted); stroke-width: 1; }
.chart polyline { fill: none; stroke-width: 2.5; stroke-linejoin: round; }
.s-place { stroke: var(--place); fill: var(--place); }
.s-county { stroke: var(--county); fill: var(--county); }
.s-country { stroke: var(--country); fill: var(--country); }
polyline.s-county { stroke-dasharray: 7 4; }
polyline.s-country { stroke-dasharray: 2 3; }
.legend { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; list-style: none; padding: 0; margin: 0.2rem 0; font-size: 0.9rem; }
.legend .key { display: inline-block; width: 1.6rem; height: 0; border-top: 3px solid; vertical-align: middle; margin-right: 0.35rem; }
.key.s-place { border-color: var(--place); }
.key.s-county { border-color: var(--county); border-top-style: dashed; }
.key.s-country { border-color: var(--country); border-top-style: dotted; }

.goal { border-top: 2px solid var(--line); margin-top: 1.5rem; }
.goal.depth-1 { margin-left: 0; border-top-width: 1px; }
.sdg { display: inline-block; font-size: 0.8rem; padding: 0.05rem 0.45rem; border-radius: 3px; border: 1px solid var(--line); margin: 0 0.3rem 0.3rem 0; text-decoration: none; }
.measure { border: 1px solid var(--line); border-left-width: 5px; border-radius: 4px; padding: 0.6rem 0.9rem; margin: 0.75rem 0; }
.measure h4 { margin-top: 0; }
.status { display: inline-block; font-size: 0.85rem; font-weight: 600; padding: 0.05rem 0.5rem; border-radius: 3px; }
.status-followed { background: var(--ok-bg); color: var(--ok-fg); }
.status-stale { background: var(--warn-bg); color: var(--warn-fg); }
.status-no_data_yet { background: var(--bad-bg); color: var(--bad-fg); }
.status-qualitative { background: var(--info-bg); color: var(--info-fg); }
.measure.status-followed { border-left-color: var(--ok-fg); background: none; color: inherit; }
.measure.status-stale { border-left-color: var(--warn-fg); background: none; color: inherit; }
.measure.status-no_data_yet { border-left-color: var(--bad-fg); background: none; color: inherit; }
.measure.status-qualitative { border-left-color: var(--info-fg); background: none; color: inherit; }
.counts { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; }
.results { list-style: none; padding: 0; }
.results li { padding: 0.5rem 0; border-bottom: 1px solid var(--line); }
.results .kind { font-size: 0.85rem; color: var(--muted); display: block; }
.notice { border-left: 4px solid var(--warn-fg); background: var(--warn-bg); color: var(--warn-fg); padding: 0.5rem 0.75rem; }
.columns { columns: 16rem; column-gap: 2rem; }
.columns li { break-inside: avoid; }
details { margin: 0.5rem 0; }
summary { cursor: pointer; }
maltal-map, maltal-trend { display: block; margin: 0.75rem 0; }
.fallback { border: 1px dashed var(--line); padding: 0.75rem; }
dl.facts, dl.card-like { display: grid; grid-template-columns: minmax(6rem, max-content) 1fr; gap: 0.2rem 1rem; }
dl.facts dt, dl.card-like dt { color: var(--muted); }
dl.facts dd, dl.card-like dd { margin: 0; }
figure { margin: 0.5rem 0; }
.sdg-title, .sdg-list li { border-left: 8px solid var(--line); padding-left: 0.6rem; }
.sdg-list { list-style: none; padding: 0; }
.sdg-list li { margin: 0.6rem 0; }
/* The official colours of the 17 goals, as a band beside them (the text keeps the page's contrast). */
.sdg-1 { border-left-color: #E5243B; }
.sdg-2 { border-left-color: #DDA63A; }
.sdg-3 { border-left-color: #4C9F38; }
.sdg-4 { border-left-color: #C5192D; }
.sdg-5 { border-left-color: #FF3A21; }
.sdg-6 { border-left-color: #26BDE2; }
.sdg-7 { border-left-color: #FCC30B; }
.sdg-8 { border-left-color: #A21942; }
.sdg-9 { border-left-color: #FD6925; }
.sdg-10 { border-left-color: #DD1367; }
.sdg-11 { border-left-color: #FD9D24; }
.sdg-12 { border-left-color: #BF8B2E; }
.sdg-13 { border-left-color: #3F7E44; }
.sdg-14 { border-left-color: #0A97D9; }
.sdg-15 { border-left-color: #56C02B; }
.sdg-16 { border-left-color: #00689D; }
.sdg-17 { border-left-color: #19486A; }
@media (max-width: 30rem) { dl.facts, dl.card-like { grid-template-columns: 1fr; } dl.facts dd, dl.card-like dd { margin-bottom: 0.3rem; } }
`;

export const PAGES_PRINT_CSS = `@page { margin: 15mm 14mm; }
body { font-size: 10.5pt; background: #fff; color: #000; }
header.site nav, header.site form, .lang-switch, .skip, .crumbs, footer.site, .no-print, .search { display: none !important; }
header.site { background: none; border: 0; padding: 0; }
.wrap { max-width: none; padding: 0; }
a { color: #000; text-decoration: none; }
.doc-link a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; word-break: break-all; }
h1 { font-size: 18pt; }
h2 { font-size: 14pt; break-after: avoid; }
h3, h4 { break-after: avoid; }
.measure, .card, table, figure { break-inside: avoid; }
.measure { border-color: #777; }
.chart { max-width: 120mm; }
.chart text { fill: #000; }
.status, .tag { border: 1px solid #000; background: none !important; color: #000 !important; }
* { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
`;
