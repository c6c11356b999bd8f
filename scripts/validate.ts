/**
 * `npm run validate -- path/to/package [more packages]`: checks dataset packages against the Måltal
 * format and prints every problem as file:line: column 'x': what was expected. References to
 * geographies, Agenda 2030 and indicators are checked against the packages in datasets/. Exits 1
 * when there is any problem, 0 when the packages are valid. Writes nothing.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { readNodeEnv } from '../api/node-env.ts';
import { packageDirs } from './lib/build-database.ts';
import {
  checkAcrossPackages,
  formatProblem,
  indicatorsWithoutValues,
  loadPackage,
  type LoadedPackage,
  type Problem,
} from './lib/validate-package.ts';

const dirs = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'))
  .map((d) => resolve(d));
if (dirs.length === 0) {
  console.error('usage: npm run validate -- path/to/package [more packages]');
  process.exit(2);
}

const problems: Problem[] = [];
const checked: LoadedPackage[] = [];
for (const dir of dirs) {
  if (!existsSync(dir)) {
    problems.push({ file: dir, message: 'no such folder; give the folder that holds datapackage.json' });
    continue;
  }
  const { pkg, problems: found } = loadPackage(dir);
  problems.push(...found);
  if (pkg) checked.push(pkg);
}
// The published packages the checked ones refer to, less any the command line replaces: a checked
// package outside datasets/ stands for the published one of its name (a new version of it); one
// inside datasets/ is built beside the others, so a name it shares with them is a collision.
const datasetsDir = resolve(readNodeEnv().datasetsDir);
const replaced = new Set(checked.filter((p) => dirname(p.dir) !== datasetsDir).map((p) => p.descriptor.name));
// None loaded (no such folder, no descriptor): nothing to check against them, so 22 MB less to read.
const published =
  checked.length === 0
    ? []
    : packageDirs(datasetsDir)
        .filter((d) => !dirs.includes(d) && !replaced.has(basename(d)))
        .flatMap((d) => loadPackage(d).pkg ?? []);
const checkedFiles = new Set(checked.flatMap((p) => Object.values(p.resources).map((r) => r!.file)));
problems.push(
  ...checkAcrossPackages([...published, ...checked]).filter(
    (p) => checkedFiles.has(p.file) || checked.some((c) => p.file.startsWith(c.dir)),
  ),
);

for (const p of checked) {
  const empty = indicatorsWithoutValues(p);
  if (empty.length === 0) continue;
  const shown = empty.length > 5 ? `${empty.slice(0, 5).join(', ')} and ${empty.length - 5} more` : empty.join(', ');
  console.log(
    `Note: ${p.dir}: ${empty.length} indicator(s) have no values yet (${shown}); they are published as measures without figures, and the API and pages say there are no values.`,
  );
}
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${dirs.length} package(s).`);
  process.exit(1);
}
const counts = checked.map(
  (p) =>
    `${p.descriptor.name} (${Object.entries(p.resources)
      .map(([n, r]) => `${r!.rows.length} ${n}`)
      .join(', ')})`,
);
console.log(`Valid: ${counts.join('; ')}`);
if (replaced.size > 0) {
  console.log(
    `Checked in place of the published package(s) of the same name in ${datasetsDir}: ${[...replaced].join(', ')}. Inside that folder, a package needs a name of its own.`,
  );
}
