-- Versions of each dataset and the changes to its values, from the packages' versions and changes
-- resources: what /v1/changes lists and what as_of= undoes.

CREATE TABLE dataset_versions (
  dataset_id TEXT NOT NULL REFERENCES datasets (id),
  version TEXT NOT NULL,
  date TEXT NOT NULL,
  new INTEGER NOT NULL,
  revised INTEGER NOT NULL,
  deleted INTEGER NOT NULL,
  PRIMARY KEY (dataset_id, version)
) STRICT;

CREATE TABLE observation_changes (
  dataset_id TEXT NOT NULL REFERENCES datasets (id),
  version TEXT NOT NULL,
  date TEXT NOT NULL,
  indicator_id TEXT NOT NULL,  -- no reference: a deleted value may belong to a removed indicator
  geo TEXT NOT NULL,
  period TEXT NOT NULL,
  gender TEXT NOT NULL,
  breakdown TEXT NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('new', 'revised', 'deleted')),
  old_value REAL,
  new_value REAL,
  old_status TEXT,
  new_status TEXT,
  PRIMARY KEY (dataset_id, version, indicator_id, geo, period, gender, breakdown)
) STRICT;
CREATE INDEX observation_changes_date ON observation_changes (date, indicator_id);
CREATE INDEX observation_changes_series ON observation_changes (indicator_id, geo, date);
