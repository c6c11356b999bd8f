/**
 * The `employment` package descriptor: sources as PROVENANCE.md registers them, the terms each
 * publisher states, and the package-level caveats copied from PROVENANCE.
 */
import type { Bilingual, PackageSource } from '../lib/package-format.ts';
import type { DescriptorInput } from '../lib/package-writer.ts';

const RETRIEVED = '2026-11-22';

/** Kolada's terms of use, verbatim from http://kolada.se/om-oss/api ("Användarvillkor"). */
const KOLADA_TERMS_SV =
  "Utnyttjande av data från Koladas API är avgiftsfritt och kräver inget avtal. Om du använder data från Kolada i en tjänst, ska källan anges ('Källa: Kolada'). Gör du egna bearbetningar på vår data, får inte Kolada anges som källa. Det är tillåtet att använda vår data för kommersiella ändamål. Revideringar av data i Kolada kan ske och aviseras inte särskilt.";
const KOLADA_TERMS = `Koladas användarvillkor (http://kolada.se/om-oss/api): "${KOLADA_TERMS_SV}" Ingen licens anges.`;
const SCB_TERMS =
  'SCB publicerar i regel statistik som öppna data med krav på källhänvisning; SCB:s licenssida har inte kunnat kontrolleras. Ingen licens för repositoriet är registrerad i PROVENANCE.';

const gh = (repo: string, commit: string, path: string): string => `https://github.com/${repo}/blob/${commit}/${path}`;

/** Region Halland's analysis unit's graph library; no licence file. Copied 2026-12-03 (PROVENANCE-bas.md, PROVENANCE-education.md). */
const HALLAND = 'Analys-Region-Halland/grafbibliotek';
const HALLAND_RETRIEVED = '2026-12-03';
const HALLAND_LICENCE = 'Ingen licensfil i repositoriet.';

const VEHICLE_FIRES = 'svantepihl/VehicleFires';
const VEHICLE_FIRES_HEAD = '40f76f4f5d68a45ae9a4f4c3c21cb7fe642a673f';

export const SOURCES: PackageSource[] = [
  {
    id: 'S1',
    title: 'Kolada nyckeltal, webbexport för Stockholms läns 26 kommuner (ca april 2020)',
    path: gh(VEHICLE_FIRES, VEHICLE_FIRES_HEAD, 'DATA/MunicipalityData/Kommuner.xlsx'),
    publisher: 'Kolada (RKA)',
    retrieved: RETRIEVED,
    licence: KOLADA_TERMS,
    attribution: 'Källa: Kolada',
    note: 'Blob 318aab07… fanns tidigare som Kommundata/Kommuner.xlsx; filen lades till 2020-04-05 (82d432bc…). Ingen könskolumn.',
  },
  {
    id: 'S2',
    title: 'Kolada-export, Stockholms län 2005–2019',
    path: gh(VEHICLE_FIRES, VEHICLE_FIRES_HEAD, 'DATA/MunicipalityData/Kolada_2005.xlsx'),
    publisher: 'Kolada (RKA)',
    retrieved: RETRIEVED,
    licence: KOLADA_TERMS,
    attribution: 'Källa: Kolada',
    note: 'Blob f5c31a73…. Ingen könskolumn.',
  },
  {
    id: 'S3',
    title: 'KLD (Kolada) export av alla 290 kommuner, ca november 2012 (kld_bakgr.csv)',
    path: gh('LCHansson/KLD_Explorer', 'a5a1fbb71ed9a2209d1bff28e1b9fcb9f0b75082', 'data/kld_bakgr.csv'),
    publisher: 'Kolada (RKA), då KLD',
    retrieved: RETRIEVED,
    licence: KOLADA_TERMS,
    attribution: 'Källa: Kolada',
    note: 'Latin-1, semikolonseparerad; senare borttagen ur repositoriet. Ingen könskolumn.',
  },
  {
    id: 'S4',
    title: 'KLD (Kolada) EOS-export av alla kommuner, kolumner 2000–2013',
    path: gh('LCHansson/KLD_Explorer', '4e7417413eb7b4b13d3d0cd24625152be4434d49', 'data/eos_export22058.xls'),
    publisher: 'Kolada (RKA), då KLD',
    retrieved: RETRIEVED,
    licence: KOLADA_TERMS,
    attribution: 'Källa: Kolada',
    note: 'Värden avrundade till en decimal; senare borttagen ur repositoriet. Ingen könskolumn.',
  },
  {
    id: 'S5',
    title: 'Region Dalarna, uppföljning av Dalastrategin: sysselsatt, arbetsloshet, eftergym, gymnasie, etablering',
    path: `${gh('Region-Dalarna/uppfoljning_dalastrategin', '6571f1810d2d1f4637e6dbdc7ea533a031629429', 'Data/')} (sysselsatt.csv, arbetsloshet.csv, eftergym.csv, gymnasie.csv, etablering.csv)`,
    publisher:
      'Kolada via rKolada (sysselsatt, arbetsloshet, eftergym); Skolverket (gymnasie); SCB integrationsstatistik (etablering); sammanställt av Region Dalarna',
    retrieved: RETRIEVED,
    licence: `Kolada-delarna: ${KOLADA_TERMS} SCB- och Skolverket-delarna: ${SCB_TERMS}`,
    attribution: 'Källa: Kolada; SCB; Skolverket',
    note: 'Filerna togs senare bort ur HEAD; identiska blobbar i c224a90d… (2023-05-20).',
  },
  {
    id: 'S6',
    title: 'Region Dalarna, Läget i Dalarna: andel arbetslösa 2020M01–2022M12 (SCB BAS)',
    path: gh('Region-Dalarna/laget_i_Dalarna', '0dabefd01cc3e7462e7512cf92013bb2ac1d3562', 'Data/andel_arblosa_2020M01_2022M12.xlsx'),
    publisher: 'SCB, Befolkningens arbetsmarknadsstatus (BAS); sammanställt av Region Dalarna',
    retrieved: RETRIEVED,
    licence: SCB_TERMS,
    attribution: 'Källa: SCB',
    note: 'Filen ändrades senast i fee2a8fd… (2023-06-09).',
  },
  {
    id: 'S7',
    title: 'Koladas KPI-katalog, API v3 (rKolada sysdata, ögonblicksbild 2026-03)',
    path: gh('LCHansson/rKolada', '8afe11f93bc8d931f808befe90dd6dfd85db4593', 'R/sysdata.rda'),
    publisher: 'Kolada (RKA)',
    retrieved: RETRIEVED,
    licence: KOLADA_TERMS,
    attribution: 'Källa: Kolada',
    note: 'Används för indikatorernas svenska beskrivningar; inga värden.',
  },
  {
    id: 'S7b',
    title: 'Koladas KPI-katalog, API v2 (rKolada kpi_df, ögonblicksbild 2024-03)',
    path: gh('LCHansson/rKolada', '16718b57aa67a62f800f1ec2beff7b9931245f8a', 'data/kpi_df.rda'),
    publisher: 'Kolada (RKA)',
    retrieved: RETRIEVED,
    licence: KOLADA_TERMS,
    attribution: 'Källa: Kolada',
    note: 'Används för beskrivningar av nyckeltal som saknas i 2026-katalogen (bl.a. N00914); inga värden.',
  },
  {
    id: 'S10',
    title: 'Regionfakta: förvärvsfrekvens i åldersgrupper (Västmanlands län 2024, Hallands län 2022)',
    path: 'http://regionfakta.com/vastmanlands-lan/arbete/forvarvsfrekvens-i-aldersgrupper (uppdaterad 2025-12-02); https://www.regionfakta.com/hallands-lan/arbete/forvarvsfrekvens-i-aldersgrupper/ (uppdaterad 2023-11-30)',
    publisher: 'SCB, Befolkningens arbetsmarknadsstatus (BAS), via Regionfakta',
    retrieved: RETRIEVED,
    licence: `Ingen licens angiven på de sparade sidorna. ${SCB_TERMS}`,
    attribution: 'Källa: SCB (via Regionfakta)',
    note: 'Sparade kopior; bara första delen av varje sida fanns. Värden avskrivna för hand.',
  },
  {
    id: 'S11',
    title:
      'SCB, Befolkningens arbetsmarknadsstatus (BAS), tabell ArRegArbStatus (AM0210D): sysselsättningsgrad, arbetslöshet och arbetskraftsdeltagande 20-64 år efter födelseregion och kön, 2020–2024',
    path: gh(HALLAND, '12dfabfa3aa550b7ccd98c66daf3555d4b9bb115', 'app/public/data/halland-data-arbetsmarknad.json'),
    publisher: 'SCB, Befolkningens arbetsmarknadsstatus (BAS); hämtat ur SCB:s PxWeb-API av Region Hallands analysenhet',
    retrieved: HALLAND_RETRIEVED,
    licence: `${HALLAND_LICENCE} ${SCB_TERMS}`,
    attribution: 'Källa: SCB',
    note: 'SCB:s egna beräknade andelar (innehåll 000002NS, 000002NN, 000002NK); regionens pipeline (R/teman/arbetsmarknad/config.R, commit 9dd6868c…) bearbetar dem inte. Hämtdatum saknas i filen. Värdena skrevs av i bitar om 16 000 tecken och kontrollerades värde för värde (PROVENANCE-bas.md).',
  },
  {
    id: 'S12',
    title:
      'SCB, Befolkningens arbetsmarknadsstatus (BAS), preliminär månadsstatistik, tabell ArbStatusM (AM0210A): sysselsättningsgrad och arbetslöshet 20-64 år, 2020-01–2026-07',
    path: gh(HALLAND, '5115c91092ab6a387cf06842ba8e4d8cbe5a071b', 'app/public/data/halland-data-konjunktur.json'),
    publisher: 'SCB, Befolkningens arbetsmarknadsstatus (BAS); hämtat ur SCB:s PxWeb-API av Region Hallands analysenhet',
    retrieved: HALLAND_RETRIEVED,
    licence: `${HALLAND_LICENCE} ${SCB_TERMS}`,
    attribution: 'Källa: SCB',
    note: 'Innehåll 000006IK och 000006II; perioden skrivs YYYYMM i källan. Preliminära, ej säsongsrensade värden (R/teman/konjunktur/config.R, commit 9dd6868c…).',
  },
  {
    id: 'S13',
    title: 'Kolada: N01982, N01984, N15428 och N17473 för alla kommuner, län och riket, 2015–2025',
    path: gh(HALLAND, '448ed79622bea4fec240e95b9fa06a1a7bc26609', 'app/public/data/halland-data-utbildning.json'),
    publisher: 'Kolada (RKA), med underlag från SCB och Skolverket; hämtat av Region Hallands analysenhet',
    retrieved: HALLAND_RETRIEVED,
    licence: `${HALLAND_LICENCE} ${KOLADA_TERMS}`,
    attribution: 'Källa: Kolada',
    note: 'Regionens pipeline R/teman/utbildning/config.R (commit 12dfabfa…); hämtdatum saknas i filen. Heltal skrivs utan decimaler, som i källan.',
  },
];

/** PROVENANCE.md's caveats for the files in this package, in its words, with a Swedish version. */
const CAVEATS: Bilingual[] = [
  {
    sv: 'Alla värden är kopierade ur publicerade källor och bara omformade (brett → långt, namn → koder); inget är uppskattat, avrundat eller beräknat. Där flera källor ger samma observation lagras den en gång med alla källornas id; inga motsägelser hittades (tolerans 0,05).',
    en: 'Every value was copied from a published source and reshaped only (wide → long, names → codes); nothing was estimated, rounded or recomputed. Where several sources agree on an observation it is stored once, with all their ids; no disagreements were found (tolerance 0.05).',
  },
  {
    sv: 'Exporterna S1–S4 har ingen könskolumn. Deras värden är registrerade som T genom slutledning: Koladas webbexporter visar totalen som standard, och Haninges värden ligger mellan de publicerade avrundade talen för män och kvinnor.',
    en: 'The S1–S4 exports have no gender column. Their values are recorded as T by inference: Kolada web exports default to the total, and the Haninge values lie between the published rounded figures for men and women.',
  },
  {
    sv: 'N00914 har upphört: det finns i Koladas katalog från mars 2024 men inte i den från mars 2026. RAMS ersattes av BAS. Måltals efterföljare är SCB:s BAS-serie scb-bas-sysselsattningsgrad-20-64 (2020–2024, alla kommuner), som inte är jämförbar med N00914 och aldrig skarvas ihop med den. Koladas egna efterföljare (N02267, N02268, N02269, N02243) finns inte hos Måltal. Koladas beskrivning av N00914 anger ett brott från 2019 (KU → AGI).',
    en: "N00914 is discontinued: it is in the March 2024 Kolada catalogue but not in the March 2026 one. RAMS was replaced by BAS. Måltal's successor is SCB's BAS series scb-bas-sysselsattningsgrad-20-64 (2020–2024, every municipality), which is not comparable with N00914 and is never spliced onto it. Kolada's own successors (N02267, N02268, N02269, N02243) are not held by Måltal. Kolada's 2024 N00914 description notes a break from 2019 (KU → AGI).",
  },
  {
    sv: 'SCB:s BAS-värden (S11, S12) och Koladas utbildningsvärden (S13) är kopierade ur Region Hallands publicerade JSON-filer (Analys-Region-Halland/grafbibliotek), som saknar licensfil; siffrorna är SCB:s och Koladas. Arbetslösheten i BAS är SCB:s registerbaserade andel av arbetskraften, inte Arbetsförmedlingens mått. Månadsvärdena är preliminära och inte säsongsrensade.',
    en: "SCB's BAS values (S11, S12) and Kolada's education values (S13) were copied from Region Halland's published JSON files (Analys-Region-Halland/grafbibliotek), which have no licence file; the figures are SCB's and Kolada's. BAS unemployment is SCB's register-based share of the labour force, not the Public Employment Service's measure. The monthly values are preliminary and not seasonally adjusted.",
  },
  {
    sv: 'Där Koladas värden via Region Halland (S13, två decimaler) och en äldre Kolada-export ger samma observation (N15428, Stockholms läns kommuner 2015–2019) skiljer de sig bara i avrundning; det mer precisa värdet behålls och båda källorna anges.',
    en: 'Where Kolada values via Region Halland (S13, two decimals) and an older Kolada export give the same observation (N15428, Stockholm county municipalities 2015–2019), they differ only in rounding; the more precise value is kept and both sources are cited.',
  },
  {
    sv: 'Värdena kommer från exporter gjorda 2012 (S3, S4) och 2020 (S1, S2). Kolada reviderar data utan förvarning och kan ha ändrat dem sedan dess.',
    en: 'Values come from exports made in 2012 (S3, S4) and 2020 (S1, S2). Kolada revises data without notice and may have revised them since.',
  },
  {
    sv: 'EOS-exporten (S4) är avrundad till en decimal; där den överlappar ett mer precist värde behölls det precisa.',
    en: 'The EOS export (S4) is rounded to one decimal; where it overlaps a more precise value, the precise one was kept.',
  },
  {
    sv: 'Titlar som börjar med "U." är Koladas U-nyckeltal (jämförelsenyckeltal). Den gamla titeln "Arbetslöshet, (%)" har ingen definition i källfilerna; slå inte ihop den med nuvarande nyckeltal utan kontroll. Gruppmedelvärden ("ovägt medel") i exporterna togs bort.',
    en: '"U."-prefixed titles are Kolada\'s U-KPIs (comparison KPIs). The old title "Arbetslöshet, (%)" has no definition in the source files; do not merge it with current KPIs without checking. Group averages ("ovägt medel") in the exports were dropped.',
  },
  {
    sv: 'BAS-arbetslösheten per födelseregion (S6) finns bara för Sverige, Dalarnas län och Dalarnas 15 kommuner; andelen antas vara av arbetskraften, men filen anger bara "andel".',
    en: 'The BAS unemployment by birth region (S6) covers only Sweden, Dalarnas län and the 15 Dalarna municipalities; the rate is assumed to be a share of the labour force, but the file gives only "andel".',
  },
  {
    sv: 'Sysselsättning för utrikes födda efter vistelsetid (S5, etablering) är SCB:s integrationsstatistik på länsnivå; originalkolumnen var "Andel förvärvsarbetande (ny definition från och med 2019)" och åldersgruppen anges inte (troligen 20–64).',
    en: 'Employment of the foreign-born by residence time (S5, etablering) is SCB integration statistics at county level; the original column was "Andel förvärvsarbetande (ny definition från och med 2019)" and the age band is not stated (probably 20–64).',
  },
  {
    sv: 'Regionfakta-värdena (S10) är SCB BAS, avskrivna för hand från sparade sidor (decimalkomma → punkt) och dubbelkontrollerade. De är inte Koladas N00914 och får inte skarvas på den serien utan brottmarkering. Västerås saknar åldrar från 50-54 eftersom sidutdraget var avkortat.',
    en: 'The Regionfakta values (S10) are SCB BAS, transcribed by hand from stored pages (decimal comma → point) and double-checked. They are not Kolada N00914 and must not be spliced onto that series without a break marker. Västerås lacks ages from 50–54 because the stored excerpt was truncated.',
  },
  {
    sv: 'Saknas: N00914 för Riket; N00914 för kommuner utanför Stockholms län utom 2008–2010; 2019 för sysselsättningen (varken RAMS- eller BAS-serien här har det året); månadsvärden för kommuner utanför Hallands län.',
    en: 'Not available: N00914 for Riket; N00914 for municipalities outside Stockholms län except 2008–2010; 2019 for employment (neither the RAMS nor the BAS series here has that year); monthly values for municipalities outside Halland.',
  },
];

export const DESCRIPTOR: DescriptorInput = {
  name: 'employment',
  title: 'Arbete, utbildning och försörjning',
  title_en: 'Employment, education and welfare',
  description:
    'Sysselsättningsgrad, arbetslöshet och arbetskraftsdeltagande efter födelseregion och kön för alla kommuner, län och riket 2020–2024 och per månad (SCB BAS), utbildningsnivå och gymnasiebehörighet 2015–2025 (Kolada), samt äldre förvärvsfrekvens, arbetslöshet, ekonomiskt bistånd och inkomst ur Kolada-exporter (2012, 2020), Region Dalarnas sammanställningar och Regionfakta. Värdena är oförändrade från källorna; bara formen och koderna är ändrade.',
  description_en:
    "Employment, unemployment and labour-force participation by birth region and sex for every municipality, county and Sweden 2020–2024 and monthly (SCB BAS), education levels and upper-secondary eligibility 2015–2025 (Kolada), and older employment rates, unemployment, financial assistance and income from Kolada exports (2012, 2020), Region Dalarna's compilations and Regionfakta. Values are unchanged from the sources; only the shape and codes were changed.",
  version: '1.0.0',
  updated: '2026-11-22',
  publisher: 'Måltal',
  licence_note: {
    sv: `Ingen licens. Kolada anger användarvillkor, inte en licens: "${KOLADA_TERMS_SV}" Måltal har bara omformat Kolada-värdena, så de anges med "Källa: Kolada"; egna beräkningar på dem ska anges som "egen bearbetning av data från Kolada", inte med Kolada som källa. SCB publicerar i regel statistik som öppna data med krav på källhänvisning, men SCB:s licensvillkor har inte kontrollerats; bekräfta dem före publicering.`,
    en: `No licence. Kolada states terms of use, not a licence: free of charge, no agreement needed, commercial use allowed; a service must state the source as "Källa: Kolada"; if you process the data yourself (egna bearbetningar), Kolada must not be named as the source; Kolada revises data without notice. Måltal has only reshaped the Kolada values, so they carry "Källa: Kolada"; figures derived from them must be attributed as "own calculation based on Kolada data". SCB generally publishes statistics as open data with a source citation, but SCB's licence terms have not been verified; confirm them before release.`,
  },
  attribution: {
    sv: 'Källa: Kolada; SCB; Skolverket; Regionfakta',
    en: 'Source: Kolada; Statistics Sweden (SCB); Swedish National Agency for Education (Skolverket); Regionfakta',
  },
  sources: SOURCES,
  caveats: CAVEATS,
  example: false,
  built_by: 'scripts/sources/employment.ts',
};
