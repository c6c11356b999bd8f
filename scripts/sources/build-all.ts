/**
 * `npm run build:datasets`: writes every dataset package in datasets/ again from the published
 * files in ../shared/sources (or MALTAL_SOURCES). The packages are committed; this shows how each
 * was made and remakes them when a source file changes.
 */
import { buildAgenda2030 } from './agenda-2030.ts';
import { buildClimate } from './climate.ts';
import { buildEmployment } from './employment.ts';
import { buildGeographies } from './geographies.ts';
import { buildPopulation } from './population.ts';

for (const build of [buildGeographies, buildAgenda2030, buildPopulation, buildClimate, buildEmployment]) {
  console.log(`wrote ${build()}`);
}
