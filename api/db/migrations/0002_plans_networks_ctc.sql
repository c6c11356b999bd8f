-- Municipal plans and their goal trees, linked to Agenda 2030 and to the indicators that follow
-- them; city networks and their members; the CTC factor catalogue.

CREATE TABLE plans (
  id TEXT PRIMARY KEY,
  dataset_id TEXT NOT NULL REFERENCES datasets (id),
  geo TEXT NOT NULL REFERENCES geographies (code),
  title_sv TEXT NOT NULL,
  title_en TEXT NOT NULL,
  type TEXT NOT NULL,
  adopted_by TEXT,
  adopted TEXT,
  valid_from TEXT,
  valid_until TEXT,
  document TEXT NOT NULL,
  document_url TEXT,
  summary_sv TEXT NOT NULL,
  summary_en TEXT NOT NULL,
  sources TEXT NOT NULL
) STRICT;
CREATE INDEX plans_geo ON plans (geo);

CREATE TABLE goals (
  id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL REFERENCES plans (id),
  parent TEXT REFERENCES goals (id),
  level TEXT NOT NULL,
  number TEXT,
  title_sv TEXT NOT NULL,
  title_en TEXT NOT NULL,
  description_sv TEXT,
  sort INTEGER NOT NULL
) STRICT;
CREATE INDEX goals_plan ON goals (plan_id, parent, sort);

CREATE TABLE goal_sdg (
  goal_id TEXT NOT NULL REFERENCES goals (id),
  sdg_goal INTEGER NOT NULL REFERENCES sdg_goals (goal),
  sdg_target TEXT NOT NULL DEFAULT '',  -- '' where the document names the goal only
  PRIMARY KEY (goal_id, sdg_goal, sdg_target)
) STRICT;

CREATE TABLE goal_indicators (
  goal_id TEXT NOT NULL REFERENCES goals (id),
  sort INTEGER NOT NULL,
  basis TEXT NOT NULL CHECK (basis IN ('document', 'maltal')),
  measure_sv TEXT NOT NULL,
  measure_en TEXT NOT NULL,
  indicator_id TEXT REFERENCES indicators (id),  -- NULL: no data yet
  geo TEXT REFERENCES geographies (code),
  gender TEXT,
  breakdown TEXT,
  direction TEXT NOT NULL CHECK (direction IN ('increase', 'decrease', 'none')),
  target_value REAL,
  target_period TEXT,
  desired_outcome_sv TEXT,
  note TEXT,
  PRIMARY KEY (goal_id, sort)
) STRICT;
CREATE INDEX goal_indicators_indicator ON goal_indicators (indicator_id);

CREATE TABLE networks (
  id TEXT PRIMARY KEY,
  dataset_id TEXT NOT NULL REFERENCES datasets (id),
  name TEXT NOT NULL,
  description_sv TEXT NOT NULL,
  description_en TEXT NOT NULL,
  organiser TEXT NOT NULL,
  launched TEXT,
  url TEXT,
  member_count_indicator TEXT REFERENCES indicators (id),
  sources TEXT NOT NULL
) STRICT;

CREATE TABLE network_members (
  network_id TEXT NOT NULL REFERENCES networks (id),
  name TEXT NOT NULL,
  government_type TEXT NOT NULL,
  country TEXT NOT NULL,
  geo TEXT REFERENCES geographies (code),
  status TEXT NOT NULL,
  joined TEXT,
  joined_basis TEXT,
  sources TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (network_id, name)
) STRICT;

CREATE TABLE ctc_factors (
  id TEXT PRIMARY KEY,
  dataset_id TEXT NOT NULL REFERENCES datasets (id),
  domain TEXT NOT NULL,
  domain_sv TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('risk', 'protective')),
  name_en TEXT NOT NULL,
  name_sv TEXT,
  item_info TEXT,
  indicator_id TEXT REFERENCES indicators (id),
  sources TEXT NOT NULL
) STRICT;
