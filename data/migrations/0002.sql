-- Vitrine store schema, version 2: the search index of suppliers.
--
-- A trigram index answers Chinese substring searches of three characters or
-- more over name, credit code, brands and contact; shorter patterns fall back
-- to LIKE on the base tables (SQLite 3.40's trigram tokenizer finds nothing
-- for them).  rowid = suppliers.id; triggers keep it in step.

CREATE VIRTUAL TABLE supplier_fts USING fts5 (
  name, credit_code, brands, contact,
  tokenize = 'trigram'
);

INSERT INTO supplier_fts (rowid, name, credit_code, brands, contact)
  SELECT s.id, s.name, coalesce (s.credit_code, ''),
         coalesce ((SELECT group_concat (b.name, ' ') FROM brands b WHERE b.supplier_id = s.id), ''),
         s.contact
  FROM suppliers s;

CREATE TRIGGER suppliers_fts_insert AFTER INSERT ON suppliers
BEGIN
  INSERT INTO supplier_fts (rowid, name, credit_code, brands, contact)
  VALUES (new.id, new.name, coalesce (new.credit_code, ''), '', new.contact);
END;

CREATE TRIGGER suppliers_fts_update AFTER UPDATE OF name, credit_code, contact ON suppliers
BEGIN
  UPDATE supplier_fts SET name = new.name, credit_code = coalesce (new.credit_code, ''),
                          contact = new.contact
  WHERE rowid = new.id;
END;

CREATE TRIGGER suppliers_fts_delete AFTER DELETE ON suppliers
BEGIN
  DELETE FROM supplier_fts WHERE rowid = old.id;
END;

CREATE TRIGGER brands_fts_insert AFTER INSERT ON brands WHEN new.supplier_id IS NOT NULL
BEGIN
  UPDATE supplier_fts
  SET brands = coalesce ((SELECT group_concat (name, ' ') FROM brands
                          WHERE supplier_id = new.supplier_id), '')
  WHERE rowid = new.supplier_id;
END;

CREATE TRIGGER brands_fts_update AFTER UPDATE OF name, supplier_id ON brands
BEGIN
  UPDATE supplier_fts
  SET brands = coalesce ((SELECT group_concat (name, ' ') FROM brands
                          WHERE supplier_id = supplier_fts.rowid), '')
  WHERE rowid IN (old.supplier_id, new.supplier_id);
END;

CREATE TRIGGER brands_fts_delete AFTER DELETE ON brands WHEN old.supplier_id IS NOT NULL
BEGIN
  UPDATE supplier_fts
  SET brands = coalesce ((SELECT group_concat (name, ' ') FROM brands
                          WHERE supplier_id = old.supplier_id), '')
  WHERE rowid = old.supplier_id;
END;
