-- Vitrine store schema, version 3: indexes the pages found they need on a
-- large store.
-- One settlement sheet's lines in order, without scanning every month's lines.
CREATE INDEX settlement_lines_settlement ON settlement_lines (settlement_id, position);
-- The Overview's counts of contracts in force and brands on sale.
CREATE INDEX contracts_status_ends ON contracts (status, ends_on);
CREATE INDEX brands_stage ON brands (stage);
