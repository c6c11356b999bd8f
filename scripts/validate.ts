/**
 * `npm run validate -- path/to/package [more packages]`: checks dataset packages against the Måltal
 * format and prints every problem as file:line: column 'x': what was expected. References to
 * geographies, Agenda 2030 and indicators are checked against the packages in datasets/. Exits 1
 * when there is any problem, 0 when the packages are valid. Writes nothing.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { readNodeEnv } from '../api/node-env.ts';
import { packageDirs } from './lib/build-database.ts';
import { checkAcrossPackages, formatProblem, loadPackage, type LoadedPackage, type Problem } from './lib/validate-package.ts';

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((d) => resolve(d));
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
// The published packages the checked ones refer to, less any the command line replaces.
const replaced = new Set(checked.map((p) => p.descriptor.name));
// None loaded (no such folder, no descriptor): nothing to check against them, so 22 MB less to read.
const published = checked.length === 0 ? [] : packageDirs(readNodeEnv().datasetsDir)
  .filter((d) => !dirs.includes(d) && !replaced.has(basename(d)))
  .flatMap((d) => loadPackage(d).pkg ?? []);
const checkedFiles = new Set(checked.flatMap((p) => Object.values(p.resources).map((r) => r!.file)));
problems.push(...checkAcrossPackages([...published, ...checked]).filter((p) => checkedFiles.has(p.file) || checked.some((c) => p.file.startsWith(c.dir))));

for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${dirs.length} package(s).`);
  process.exit(1);
}
const counts = checked.map((p) => `${p.descriptor.name} (${Object.entries(p.resources).map(([n, r]) => `${r!.rows.length} ${n}`).join(', ')})`);
console.log(`Valid: ${counts.join('; ')}`);
