// Rule: building the widget bundle (first `npm start`, `npm run build:widgets`) prints no timing warnings.
import { join } from 'node:path';
import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/node-env.ts';

describe('vite.config.widgets.ts', () => {
  it("turns off Rolldown's [PLUGIN_TIMINGS] warning", async () => {
    const config = await resolveConfig({ configFile: join(repoRoot, 'vite.config.widgets.ts'), logLevel: 'silent' }, 'build', 'production');
    expect(config.build.rolldownOptions.checks).toMatchObject({ bundlerTimings: false });
  });
});
