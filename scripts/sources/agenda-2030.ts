/**
 * Builds the `agenda-2030` package: the 17 goals with colours, the 169 targets and the UN global
 * indicators, in English and, where a Swedish publisher's wording was found, in Swedish. Nothing is
 * translated here: a Swedish field without a published wording stays empty. Notes the sources attach
 * to single rows (UN footnotes, alternative wordings) have no column in the schema, so they are kept
 * as package caveats rather than dropped.
 */
import { fileURLToPath } from 'node:url';
import type { Bilingual } from '../lib/package-format.ts';
import { readSourceCsv, writePackage, type DescriptorInput, type Row } from '../lib/package-writer.ts';

const UPDATED = '2026-11-22';

function fail(message: string): never {
  throw new Error(`agenda-2030: ${message}`);
}

/** Publishers of a goal's short Swedish title, in the order of preference: SCB, then Regeringen, then other. */
const SHORT_SV_COLUMNS = [
  { column: 'short_sv_scb', publisher: 'SCB' },
  { column: 'short_sv_regeringen', publisher: 'Regeringskansliet' },
  { column: 'short_sv_other', publisher: 'other (secondary: municipal or consultancy page)' },
] as const;

export function goalRows(caveats: Bilingual[]): Row[] {
  const rows: Row[] = [];
  for (const [i, g] of readSourceCsv('sdg_goals.csv').entries()) {
    const pick = SHORT_SV_COLUMNS.find((c) => (g[c.column] ?? '') !== '');
    if (!pick) fail(`sdg_goals.csv line ${i + 2}: goal ${g.goal} has no Swedish short title`);
    const goal = g.goal ?? '';
    rows.push({
      goal,
      color: g.color_hex ?? '',
      short_sv: g[pick.column] ?? '',
      short_en: g.short_en ?? '',
      title_sv: g.title_sv ?? '',
      title_en: g.title_en ?? '',
      sv_source: `short_sv: ${pick.publisher}; title_sv: ${g.title_sv_source ?? ''}`,
    });
    // Where SCB and Regeringen word the short title differently, the one not chosen is kept as a caveat.
    const scb = g.short_sv_scb ?? '';
    const reg = g.short_sv_regeringen ?? '';
    if (scb !== '' && reg !== '' && scb !== reg) {
      caveats.push({
        sv: `Mål ${goal}: SCB skriver "${scb}", Regeringskansliet "${reg}"; short_sv följer SCB.`,
        en: `Goal ${goal}: SCB writes "${scb}", Regeringskansliet "${reg}"; short_sv follows SCB.`,
      });
    }
    if (g.note) caveats.push({ sv: `Mål ${goal} (anmärkning i källan, på engelska): ${g.note}`, en: `Goal ${goal}: ${g.note}` });
  }
  if (rows.length !== 17) fail(`expected 17 goals, found ${rows.length}`);
  return rows;
}

export function targetRows(caveats: Bilingual[]): Row[] {
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const [i, t] of readSourceCsv('sdg_targets.csv').entries()) {
    const target = t.target ?? '';
    if (seen.has(target)) fail(`sdg_targets.csv line ${i + 2}: target '${target}' appears twice`);
    seen.add(target);
    rows.push({
      target,
      goal: t.goal ?? '',
      text_en: t.text_en ?? '',
      text_sv: t.text_sv ?? '',
      short_sv: t.short_sv ?? '',
      sv_source: t.sv_source ?? '',
    });
    if (t.note) caveats.push({ sv: `Delmål ${target} (anmärkning i källan, på engelska): ${t.note}`, en: `Target ${target}: ${t.note}` });
  }
  if (rows.length !== 169) fail(`expected 169 targets, found ${rows.length}`);
  return rows;
}

/**
 * One row per indicator id (the primary key). A repeated id keeps its first row and is named in a
 * caveat; the same indicator under several ids (identical text) is also listed, since UN counts
 * those once.
 */
export function indicatorRows(caveats: Bilingual[]): Row[] {
  const byId = new Map<string, Row>();
  const targetsOf = new Map<string, string[]>();
  const idsOfText = new Map<string, string[]>();
  const source = readSourceCsv('sdg_indicators.csv');
  for (const r of source) {
    const id = r.indicator ?? '';
    const text = r.text_en ?? '';
    targetsOf.set(id, [...(targetsOf.get(id) ?? []), r.target ?? '']);
    if (byId.has(id)) continue;
    byId.set(id, { indicator: id, target: r.target ?? '', goal: r.goal ?? '', text_en: text, unsd_code: r.unsd_indicator_code ?? '' });
    idsOfText.set(text, [...(idsOfText.get(text) ?? []), id]);
    if (r.note) caveats.push({ sv: `Indikator ${id} (FN:s fotnot, på engelska): ${r.note}`, en: `Indicator ${id}: ${r.note}` });
  }
  const repeatedIds = [...targetsOf].filter(([, t]) => t.length > 1);
  if (repeatedIds.length > 0) {
    const list = repeatedIds.map(([id, t]) => `${id} (${t.join(', ')})`).join('; ');
    caveats.push({
      sv: `Indikator-id som står under flera delmål i källan; bara första raden är med: ${list}.`,
      en: `Indicator ids listed under more than one target in the source; only the first row is kept: ${list}.`,
    });
  }
  const sameText = [...idsOfText.values()].filter((ids) => ids.length > 1);
  if (sameText.length > 0) {
    const list = sameText.map((ids) => ids.join(' = ')).join('; ');
    caveats.push({
      sv: `${source.length} rader med ${byId.size} olika indikator-id. Samma indikator (identisk text) står under flera id och delmål: ${list}. FN räknar 231 unika indikatorer.`,
      en: `${source.length} rows with ${byId.size} distinct indicator ids. The same indicator (identical text) appears under several ids and targets: ${list}. The UN counts 231 unique indicators.`,
    });
  }
  return [...byId.values()];
}

const SCB_TERMS =
  'Not stated on the stored pages. SCB reports state "Det är tillåtet att kopiera och på annat sätt mångfaldiga innehållet" with attribution "Källa: SCB".';

export function agendaDescriptor(caveats: Bilingual[]): DescriptorInput {
  return {
    name: 'agenda-2030',
    title: 'Agenda 2030: mål, delmål och FN:s indikatorer',
    title_en: 'Agenda 2030: goals, targets and UN indicators',
    description:
      'De 17 globala målen med färger, de 169 delmålen och FN:s globala indikatorer (ramverket efter 2023 års översyn). ' +
      'Engelska texter från FN; svenska texter från SCB, Regeringskansliet och globalamalen.se där de publicerats.',
    description_en:
      'The 17 Sustainable Development Goals with their colours, the 169 targets and the UN global indicators ' +
      '(framework after the 2023 refinement). English text from the UN; Swedish text from SCB, Regeringskansliet and ' +
      'globalamalen.se where published.',
    version: '1.0.0',
    updated: UPDATED,
    publisher: 'Måltal',
    licence_note: {
      sv:
        'Ingen licens anges av FN, SCB eller Regeringskansliet för texterna i det lagrade materialet, så ingen licens anges här. ' +
        'Färgerna och de engelska korttitlarna kommer från open-sdg (MIT-licens). SCB:s rapporter tillåter kopiering med "Källa: SCB".',
      en:
        'No licence is stated by the UN, SCB or Regeringskansliet for the texts in the stored material, so none is given here. ' +
        'Colours and English short titles come from open-sdg (MIT licence). SCB reports allow copying with "Källa: SCB".',
    },
    attribution: {
      sv: 'Källa: FN (UNSD), SCB, Regeringskansliet, globalamalen.se; färger och engelska korttitlar: open-sdg',
      en: 'Source: United Nations (UNSD), Statistics Sweden (SCB), Government Offices of Sweden, globalamalen.se; colours and English short titles: open-sdg',
    },
    sources: [
      {
        id: 'UNSD',
        title:
          'Global indicator framework for the Sustainable Development Goals and targets of the 2030 Agenda (A/RES/71/313 Annex, after 2023 refinement), English workbook',
        path: 'https://github.com/do-me/SDG/blob/2a3803236e62c42dbf053ab0cbbccd451f3e245c/Global%20Indicator%20Framework%20after%202023%20refinement.English.xlsx',
        publisher: 'United Nations Statistics Division (UNSD)',
        retrieved: UPDATED,
        licence:
          'No licence stated by the UN in the stored material; the do-me/SDG repository is MIT-licensed, which covers the repository, not the UN content.',
        attribution: 'Source: United Nations',
        note: 'Goal and target titles (en), indicator texts and UNSD codes. Footnote markers removed from goal 13, target 14.6 and indicators 10.4.2 and 17.6.1; footnotes kept as caveats.',
      },
      {
        id: 'OPEN-SDG-TR',
        title: 'sdg-translations, translations/en/global_goals.yml (N-short)',
        path: 'https://github.com/open-sdg/sdg-translations/blob/0cda585851a5c6f04040a9a2755fbb4496c4eead/translations/en/global_goals.yml',
        publisher: 'open-sdg',
        retrieved: UPDATED,
        licence: 'MIT',
        attribution: 'open-sdg',
        note: 'English short goal titles (short_en).',
      },
      {
        id: 'OPEN-SDG-COL',
        title: "open-sdg chartColors.js, colour set 'sdg'",
        path: 'https://github.com/open-sdg/open-sdg/blob/a4bda9d2f024a2002a5438e7914986548b0a0f76/_includes/assets/js/chartColors.js',
        publisher: 'open-sdg',
        retrieved: UPDATED,
        licence: 'MIT',
        attribution: 'open-sdg',
        note: 'Goal colours. The same 17 values appear in independent repositories labelled official UN colours; not checked against the UN DGC logo guidelines (May 2020) themselves.',
      },
      {
        id: 'SCB',
        title: 'SCB: Agenda 2030, mål- och delmålssidor',
        path: 'https://www.scb.se/hitta-statistik/temaomraden/agenda-2030/',
        publisher: 'SCB (Statistiska centralbyrån)',
        retrieved: UPDATED,
        licence: SCB_TERMS,
        attribution: 'Källa: SCB',
        note: 'Swedish goal titles and target texts; the page of each row is in sv_source.',
      },
      {
        id: 'REGERINGEN',
        title: 'Regeringskansliet: Globala målen och Agenda 2030, målsidor',
        path: 'https://www.regeringen.se/regeringens-politik/globala-malen-och-agenda-2030/',
        publisher: 'Regeringskansliet',
        retrieved: UPDATED,
        licence: 'Not stated on the stored pages.',
        attribution: 'Källa: Regeringskansliet',
        note: 'Swedish short goal titles where SCB gives none; the page of each row is in sv_source.',
      },
      {
        id: 'GLOBALAMALEN',
        title: 'globalamalen.se: Om globala målen',
        path: 'https://www.globalamalen.se/om-globala-malen/',
        publisher: 'globalamalen.se (run by UNDP Sweden, according to SCB)',
        retrieved: UPDATED,
        licence: 'Not stated on the stored pages.',
        attribution: 'Källa: globalamalen.se',
        note: 'Swedish target wordings; the page of each row is in sv_source.',
      },
      {
        id: 'SECONDARY-SV',
        title: 'Sekundära svenska målformuleringar (mål 7 och 13)',
        path: 'http://actinate.se/7-hallbar-energi-for-alla/ ; https://lerum.hallbarometern.se/mal-13-bekampa-klimatforandringarna',
        publisher: 'actinate.se (consultancy); Lerums kommun, Hållbarometern',
        retrieved: UPDATED,
        licence: 'Not stated on the stored pages.',
        note: 'Used only for goals 7 and 13, whose SCB and Regeringskansliet pages were not in the stored material.',
      },
    ],
    caveats: [
      {
        sv: 'Ramverket är det efter 2023 års översyn; FN:s statistikkommissions översyn 2025 ingår inte. Kontrollera mot UNSD:s aktuella lista före publicering.',
        en: "This is the framework after the 2023 refinement; the 2025 comprehensive review (UN Statistical Commission 2025) is not reflected. Check against UNSD's current list before publishing.",
      },
      {
        sv: 'Svenska delmålstexter finns bara där de publicerats: 33 delmål har svenskt kortnamn, 28 har svensk fulltext; övriga lämnas tomma och har inte översatts. Där den lagrade sidan var avklippt finns bara kortnamnet.',
        en: 'Swedish target texts only where published: 33 targets have a Swedish short name and 28 a Swedish full text; the rest are empty and were not translated. Where the stored page was cut off, only the short name is given.',
      },
      {
        sv: 'De svenska långa titlarna för mål 7 och 13 och deras korttitlar kommer från sekundära sidor (actinate.se, lerum.hallbarometern.se), eftersom SCB:s och Regeringskansliets sidor för dessa mål inte fanns i det lagrade materialet.',
        en: 'The Swedish long and short titles of goals 7 and 13 come from secondary pages (actinate.se, lerum.hallbarometern.se), because the SCB and Regeringskansliet pages for those goals were not in the stored material.',
      },
      {
        sv: 'Svenska korttitlar skiljer sig mellan utgivare; sv_source anger vems formulering som används. Svenska indikatornamn har inte samlats in.',
        en: 'Swedish short titles differ between publishers; sv_source says whose wording is used. Swedish indicator names were not collected.',
      },
      {
        sv: 'Källans gruppering av mål 17:s indikatorer (Finance, Technology, Capacity-building, Trade, Systemic issues) har ingen kolumn i formatet och är inte med.',
        en: "The source's grouping of goal 17 indicators (Finance, Technology, Capacity-building, Trade, Systemic issues) has no column in the format and is not included.",
      },
      ...caveats,
    ],
    example: false,
    built_by: 'scripts/sources/agenda-2030.ts',
  };
}

/** Writes datasets/agenda-2030 and returns its folder. */
export function buildAgenda2030(): string {
  const caveats: Bilingual[] = [];
  const goals = goalRows(caveats);
  const targets = targetRows(caveats);
  const indicators = indicatorRows(caveats);
  const known = new Set(targets.map((t) => t.target));
  const orphan = indicators.find((r) => !known.has(r.target ?? ''));
  if (orphan) fail(`indicator ${orphan.indicator} refers to unknown target '${orphan.target}'`);
  const dir = writePackage(agendaDescriptor(caveats), { 'sdg-goals': goals, 'sdg-targets': targets, 'sdg-indicators': indicators });
  console.log(`agenda-2030: ${goals.length} goals, ${targets.length} targets, ${indicators.length} indicators → ${dir}`);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildAgenda2030();
