-- Vitrine store schema, version 4: the place an ad registration asks for.
--
-- A registration's place is picked on the form's small floor plan (or left for
-- later) while it is still a draft; it becomes an ad on the floor only when
-- the registration is published (AD-7), so it cannot live in the ads table
-- until then.  All three are NULL while no place has been picked.
ALTER TABLE ad_registrations ADD COLUMN place_floor_id INTEGER
  REFERENCES floors (id) ON DELETE SET NULL;
ALTER TABLE ad_registrations ADD COLUMN place_x_mm INTEGER;
ALTER TABLE ad_registrations ADD COLUMN place_y_mm INTEGER;
ALTER TABLE ad_registrations ADD COLUMN place_rotation_deg REAL NOT NULL DEFAULT 0;
