-- Current series and the follow-up that uses them: an indicator names the series it replaces,
-- a plan states the first year it applies to (older values are stale), goal levels and measure
-- notes are bilingual, a measure is a statistic, a gap between two breakdowns or qualitative, and
-- indicators are searched with FTS5.

ALTER TABLE indicators ADD COLUMN predecessors TEXT;  -- ;-separated indicator ids, never spliced with it
ALTER TABLE indicators DROP COLUMN search_text;       -- replaced by indicators_search

ALTER TABLE plans ADD COLUMN start_year INTEGER;  -- the first year the plan applies to

ALTER TABLE goals ADD COLUMN level_en TEXT;

ALTER TABLE goal_indicators RENAME COLUMN note TO note_sv;
ALTER TABLE goal_indicators ADD COLUMN note_en TEXT;
-- statistic: one series; gap: breakdown minus compare_breakdown of one series; qualitative:
-- followed up in words (an activity or a process), never missing data.
ALTER TABLE goal_indicators ADD COLUMN kind TEXT NOT NULL DEFAULT 'statistic' CHECK (kind IN ('statistic', 'gap', 'qualitative'));
ALTER TABLE goal_indicators ADD COLUMN compare_breakdown TEXT;
-- For a statistic without data: what published data would let Måltal follow it.
ALTER TABLE goal_indicators ADD COLUMN data_needed_sv TEXT;
ALTER TABLE goal_indicators ADD COLUMN data_needed_en TEXT;

-- Indicator search: Swedish and English words kept as written (å, ä, ö are letters, not a with
-- marks), prefix queries for Swedish compounds and inflections. `terms` holds the id, the topic and
-- the labels of the indicator's breakdowns; `weight` (not searched) favours current, active series
-- that plans follow (build-database.ts).
CREATE VIRTUAL TABLE indicators_search USING fts5 (
  id UNINDEXED,
  title_sv,
  title_en,
  description_sv,
  description_en,
  terms,
  weight UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 0'
);
