-- Vitrine store schema, version 6: the contracts' attention items on a large
-- store.  "Print the three copies" looked at every signed contract's row for
-- its copies_printed (1.5 s on 100,000 contracts with a cold cache, 0.1 s
-- warm, on the main thread after start-up); this index answers it from the
-- few signed contracts with copies still to print.
CREATE INDEX contracts_status_copies ON contracts (status, copies_printed);
