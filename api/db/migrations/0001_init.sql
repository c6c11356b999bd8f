-- Måltal schema, shared by SQLite on Node and D1 on the edge. Built only by scripts/build-db.ts
-- from the dataset packages in datasets/; the API never writes.

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE datasets (
  id TEXT PRIMARY KEY,
  title_sv TEXT NOT NULL,
  title_en TEXT NOT NULL,
  description_sv TEXT NOT NULL,
  description_en TEXT NOT NULL,
  version TEXT NOT NULL,
  updated TEXT NOT NULL,
  publisher TEXT NOT NULL,
  licenses TEXT NOT NULL,          -- JSON array of {name, path, title}
  licence_note_sv TEXT NOT NULL,
  licence_note_en TEXT NOT NULL,
  attribution_sv TEXT NOT NULL,
  attribution_en TEXT NOT NULL,
  caveats TEXT NOT NULL,           -- JSON array of {sv, en}
  example INTEGER NOT NULL CHECK (example IN (0, 1)),
  built_by TEXT NOT NULL,
  content_hash TEXT NOT NULL,      -- sha256 over the package's files, as built
  descriptor TEXT NOT NULL         -- datapackage.json as published in the package
) STRICT;

-- The package files, byte for byte, for download. Chunked so that no row passes D1's row limit.
CREATE TABLE dataset_files (
  dataset_id TEXT NOT NULL REFERENCES datasets (id),
  path TEXT NOT NULL,
  chunk INTEGER NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (dataset_id, path, chunk)
) STRICT;

CREATE TABLE sources (
  dataset_id TEXT NOT NULL REFERENCES datasets (id),
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  path TEXT NOT NULL,
  publisher TEXT NOT NULL,
  retrieved TEXT NOT NULL,
  licence TEXT NOT NULL,
  attribution TEXT,
  note TEXT,
  PRIMARY KEY (dataset_id, id)
) STRICT;

CREATE TABLE geographies (
  code TEXT PRIMARY KEY,
  name_sv TEXT NOT NULL,
  name_en TEXT NOT NULL,
  short_name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('country', 'county', 'municipality', 'area')),
  parent TEXT REFERENCES geographies (code),
  kolada_id TEXT,
  dataset_id TEXT NOT NULL REFERENCES datasets (id)
) STRICT;
CREATE INDEX geographies_type_parent ON geographies (type, parent);
CREATE UNIQUE INDEX geographies_kolada_id ON geographies (kolada_id);

CREATE TABLE sdg_goals (
  goal INTEGER PRIMARY KEY,
  color TEXT NOT NULL,
  short_sv TEXT NOT NULL,
  short_en TEXT NOT NULL,
  title_sv TEXT NOT NULL,
  title_en TEXT NOT NULL,
  sv_source TEXT
) STRICT;

CREATE TABLE sdg_targets (
  target TEXT PRIMARY KEY,
  goal INTEGER NOT NULL REFERENCES sdg_goals (goal),
  text_en TEXT NOT NULL,
  text_sv TEXT,
  short_sv TEXT,
  sv_source TEXT,
  sort INTEGER NOT NULL
) STRICT;

CREATE TABLE sdg_indicators (
  indicator TEXT PRIMARY KEY,
  target TEXT NOT NULL REFERENCES sdg_targets (target),
  goal INTEGER NOT NULL,
  text_en TEXT NOT NULL,
  unsd_code TEXT,
  sort INTEGER NOT NULL
) STRICT;
CREATE INDEX sdg_indicators_target ON sdg_indicators (target);

CREATE TABLE indicators (
  id TEXT PRIMARY KEY,
  dataset_id TEXT NOT NULL REFERENCES datasets (id),
  title_sv TEXT NOT NULL,
  title_en TEXT NOT NULL,
  description_sv TEXT NOT NULL,
  description_en TEXT NOT NULL,
  unit_sv TEXT NOT NULL,
  unit_en TEXT NOT NULL,
  decimals INTEGER NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('increase', 'decrease', 'none')),
  topic TEXT NOT NULL,
  sources TEXT NOT NULL,           -- ;-separated source ids of the dataset
  status TEXT NOT NULL CHECK (status IN ('active', 'discontinued')),
  successors TEXT,                 -- ;-separated indicator ids
  breakdown_dimension TEXT,
  release TEXT,
  caveats_sv TEXT,
  caveats_en TEXT,
  search_text TEXT NOT NULL        -- lower-cased id, titles and descriptions, for q=
) STRICT;
CREATE INDEX indicators_dataset ON indicators (dataset_id);
CREATE INDEX indicators_topic ON indicators (topic);

CREATE TABLE breakdowns (
  dataset_id TEXT NOT NULL REFERENCES datasets (id),
  dimension TEXT NOT NULL,
  code TEXT NOT NULL,
  label_sv TEXT NOT NULL,
  label_en TEXT NOT NULL,
  sort INTEGER NOT NULL,
  PRIMARY KEY (dataset_id, dimension, code)
) STRICT;

CREATE TABLE indicator_sdg (
  indicator_id TEXT NOT NULL REFERENCES indicators (id),
  goal INTEGER NOT NULL REFERENCES sdg_goals (goal),
  target TEXT NOT NULL DEFAULT '',  -- '' where the link is to the goal as a whole
  relation TEXT NOT NULL CHECK (relation IN ('direct', 'proxy', 'context')),
  PRIMARY KEY (indicator_id, goal, target)
) STRICT;
CREATE INDEX indicator_sdg_goal ON indicator_sdg (goal, target);

CREATE TABLE observations (
  indicator_id TEXT NOT NULL REFERENCES indicators (id),
  geo TEXT NOT NULL REFERENCES geographies (code),
  period TEXT NOT NULL,
  gender TEXT NOT NULL CHECK (gender IN ('T', 'K', 'M')),
  breakdown TEXT NOT NULL,
  value REAL,
  status TEXT NOT NULL,
  note TEXT,
  sources TEXT NOT NULL,
  n INTEGER,
  ci_low REAL,
  ci_high REAL,
  PRIMARY KEY (indicator_id, geo, period, gender, breakdown)
) STRICT, WITHOUT ROWID;
CREATE INDEX observations_period ON observations (indicator_id, period, geo);
