/* This header stands in for GTK in the core library's include path. */
#error "src/core is GLib, SQLite and json-glib only: it must not include GTK (see DESIGN.md, layers)"
