-- Vitrine store schema, version 5: the brand pipeline's columns on a large
-- store.  Each column lists the newest brands of one stage: read them from an
-- index in order instead of sorting every brand; the latest panel review of
-- each brand is found by its own index instead of a scan per brand.
CREATE INDEX brands_stage_entered ON brands (stage, entered_on DESC, name, id);
DROP INDEX IF EXISTS brands_stage;   -- a prefix of the index above
CREATE INDEX brand_reviews_brand ON brand_reviews (brand_id, id);
