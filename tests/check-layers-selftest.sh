#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Test of build-aux/check-layers: it passes on a copy of src/ as it is, and
# fails, naming the file, when the copy breaks a layer rule.  TAP output.
#
# Usage: check-layers-selftest.sh PATH/TO/check-layers SRCDIR CC [CC ARGS...]

set -u

CHECK_LAYERS=${1:?usage: check-layers-selftest.sh CHECK-LAYERS SRCDIR CC...}
SRCDIR=${2:?usage: check-layers-selftest.sh CHECK-LAYERS SRCDIR CC...}
shift 2
[ $# -gt 0 ] || { echo "Bail out! no compiler given"; exit 99; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/check-layers-selftest.XXXXXX") || exit 99
trap 'rm -rf "$TMP"' EXIT INT TERM

n=0
failed=0

make_tree () {
  rm -rf "$TMP/tree"
  mkdir -p "$TMP/tree"
  cp -R "$SRCDIR/src" "$TMP/tree/src"
}

# expect STATUS PATTERN DESCRIPTION
expect () {
  n=$((n + 1))
  "$CHECK_LAYERS" "$TMP/tree" -- "$@" > "$TMP/out" 2>&1
  status=$?
  ok=yes
  if [ "$want" = 0 ] && [ $status -ne 0 ]; then ok=no; fi
  if [ "$want" != 0 ] && [ $status -eq 0 ]; then ok=no; fi
  if [ -n "$pattern" ] && ! grep -q -e "$pattern" "$TMP/out"; then ok=no; fi
  if [ $ok = yes ]; then
    echo "ok $n - $what"
  else
    echo "not ok $n - $what (exit status $status)"
    sed 's/^/# /' "$TMP/out"
    failed=$((failed + 1))
  fi
}

echo "1..8"

make_tree
want=0 pattern='^check-layers: the layers hold' what="the source tree as it is passes"
expect "$@"

make_tree
echo '#include <gtk/gtk.h>' >> "$TMP/tree/src/core/vt-error.c"
want=1 pattern='^FAIL: src/core/vt-error.c includes <gtk/gtk.h>' what="core including GTK fails"
expect "$@"

make_tree
echo '#include <cairo.h>' >> "$TMP/tree/src/core/vt-error.h"
want=1 pattern='^FAIL: src/core/vt-error.h includes <cairo.h>' what="core including Cairo fails"
expect "$@"

make_tree
echo '#include <librsvg/rsvg.h>' >> "$TMP/tree/src/core/vt-error.c"
want=1 pattern='^FAIL: src/core/vt-error.c includes <librsvg/rsvg.h>' \
  what="core including librsvg fails"
expect "$@"

make_tree
echo '#include <adwaita.h>' >> "$TMP/tree/src/render/vt-render-text.c"
want=1 pattern='^FAIL: src/render/vt-render-text.c includes <adwaita.h>' \
  what="render including libadwaita fails"
expect "$@"

make_tree
printf 'static int f (void) { return sqlite3_exec (0, 0, 0, 0, 0); }\n' \
  >> "$TMP/tree/src/core/vt-error.c"
want=1 pattern='^FAIL: src/core/vt-error.c calls sqlite3_exec()' \
  what="sqlite3_ call outside the store module fails"
expect "$@"

make_tree
printf '/* Like sqlite3_backup_init (), see <gtk/gtk.h>. */\n' >> "$TMP/tree/src/core/vt-error.c"
want=0 pattern='^check-layers: the layers hold' \
  what="sqlite3_ and GTK named only in a comment pass"
expect "$@"

make_tree
rm "$TMP/tree/src/render/guard/gtk/gtk.h"
want=1 pattern='^FAIL: src/render/guard/gtk/gtk.h has no #error message' \
  what="render without its GTK guard fails"
expect "$@"

[ $failed -eq 0 ]
