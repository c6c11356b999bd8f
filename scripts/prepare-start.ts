/**
 * Run by `npm start` before the server: builds the database when the datasets changed and the
 * widget bundle when widgets/** changed, so a fresh checkout needs only `npm install && npm start`.
 */
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../api/node-env.ts';
import { ensureWidgets } from './lib/widgets-dist.ts';

const db = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-db.ts', '--if-needed'], { cwd: repoRoot, stdio: 'inherit' });
if (db.status !== 0) process.exit(db.status ?? 1);

const done = ensureWidgets();
console.log(done.length > 0 ? `Widgets: ${done.join(', ')}.` : 'Widgets are current.');
