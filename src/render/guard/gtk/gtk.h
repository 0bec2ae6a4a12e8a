/* This header stands in for GTK in the render library's include path. */
#error "src/render draws with Cairo, Pango and librsvg only: it must not include GTK"
