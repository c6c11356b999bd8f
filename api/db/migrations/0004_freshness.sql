-- Freshness: when the source last published an indicator's figures and when it plans to publish
-- next, where the source says (Kolada publication_date / prel_publication_date, JSON-stat updated).
-- Added at the end of the table, so the builder's positional insert lists them last.
ALTER TABLE indicators ADD COLUMN last_published TEXT;
ALTER TABLE indicators ADD COLUMN next_publication TEXT;
