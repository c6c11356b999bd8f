-- The outline of each kommun and län, as GeoJSON geometry text, for maps. One row per geography.

CREATE TABLE boundaries (
  code TEXT PRIMARY KEY REFERENCES geographies (code),
  type TEXT NOT NULL CHECK (type IN ('municipality', 'county')),
  dataset_id TEXT NOT NULL REFERENCES datasets (id),
  geometry TEXT NOT NULL  -- a GeoJSON Polygon or MultiPolygon, WGS 84
) STRICT;
CREATE INDEX boundaries_type ON boundaries (type, code);
