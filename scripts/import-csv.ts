/**
 * `npm run import:csv -- <excel-export.csv> <package>/<resource>.csv`: converts a CSV file as Excel
 * writes it in a Swedish locale (`;` as separator, decimal commas, Windows-1252 or UTF-8 with BOM,
 * CRLF) into a package file (UTF-8, `,`, decimal point, LF), and prints what it changed. The
 * resource is told by the output's name (observations.csv). Anything it cannot convert without
 * guessing is listed by line and nothing is written. Then run `npm run validate` on the package.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { convertExcelCsv, ConvertError } from './lib/excel-csv.ts';
import { isResourceName } from './lib/package-format.ts';

const [input, output] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!input || !output) {
  console.error('usage: npm run import:csv -- <excel-export.csv> <package>/observations.csv');
  process.exit(2);
}
const resource = basename(output, '.csv');
if (!isResourceName(resource)) {
  console.error(`${output}: name the output after its resource, e.g. observations.csv, so that its columns are known`);
  process.exit(2);
}
if (!existsSync(input)) {
  console.error(`${input}: no such file`);
  process.exit(2);
}
try {
  const converted = convertExcelCsv(readFileSync(input), resource);
  writeFileSync(output, converted.text);
  console.log(`Wrote ${output} (${converted.rows} rows of ${resource}) from ${input}.`);
  console.log(
    converted.changes.length > 0
      ? converted.changes.map((c) => `- ${c}`).join('\n')
      : '- nothing to change: it was already in the package format',
  );
  console.log(`Now check the package: npm run validate -- <the package folder>`);
} catch (error) {
  if (!(error instanceof ConvertError)) throw error;
  for (const p of error.problems) console.error(`${input}: ${p}`);
  console.error(`\n${error.message}.`);
  process.exit(1);
}
