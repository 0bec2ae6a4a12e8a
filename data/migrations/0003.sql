-- Vitrine store schema, version 3: an index for reading one settlement
-- sheet's lines in order, without scanning every month's lines.
CREATE INDEX settlement_lines_settlement ON settlement_lines (settlement_id, position);
