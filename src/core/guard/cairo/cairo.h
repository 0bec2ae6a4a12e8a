/* This header stands in for Cairo in the core library's include path. */
#error "src/core is GLib, SQLite and json-glib only: drawing belongs in src/render"
