/**
 * `npm run build:datasets`: writes every dataset package in datasets/ again from the published
 * files in ../shared/sources (or MALTAL_SOURCES). The packages are committed; this shows how each
 * was made and remakes them when a source file changes. The CTC example package is made by the
 * importer instead: npm run import:ctc -- scripts/sources/ctc-example-input.csv --package ctc-example --example
 */
import { buildAgenda2030 } from './agenda-2030.ts';
import { buildBoundaries } from './boundaries.ts';
import { buildClimate } from './climate.ts';
import { buildCtc } from './ctc.ts';
import { buildEmployment } from './employment.ts';
import { buildGeographies } from './geographies.ts';
import { buildMalmoCommitment } from './malmo-commitment.ts';
import { buildPlanHallstahammar2021 } from './plans/plan-hallstahammar-2021.ts';
import { buildPlanHaninge2020 } from './plans/plan-haninge-2020.ts';
import { buildPlanMalmo2024 } from './plans/plan-malmo-2024.ts';
import { buildPlanSodertalje2017 } from './plans/plan-sodertalje-2017.ts';
import { buildPopulation } from './population.ts';

const builders = [
  buildGeographies,
  buildAgenda2030,
  buildBoundaries,
  buildPopulation,
  buildClimate,
  buildEmployment,
  buildMalmoCommitment,
  buildCtc,
  buildPlanMalmo2024,
  buildPlanHaninge2020,
  buildPlanHallstahammar2021,
  buildPlanSodertalje2017,
];
for (const build of builders) {
  console.log(`wrote ${build()}`);
}
