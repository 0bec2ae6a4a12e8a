#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Test of build-aux/check-po: a complete catalogue passes; a fuzzy message,
# an untranslated one, a message missing from the .po, a msgfmt complaint, a
# stale POTFILES entry and a source file missing from POTFILES each fail,
# and say why.  TAP output.
#
# Usage: check-po-selftest.sh PATH/TO/check-po

set -u

CHECK_PO=${1:?usage: check-po-selftest.sh PATH/TO/check-po}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/check-po-selftest.XXXXXX") || exit 99
trap 'rm -rf "$TMP"' EXIT INT TERM

n=0
failed=0

# A small source tree with a C file, a header-less N_() table and a .ui file.
make_tree () {
  rm -rf "$TMP/tree"
  mkdir -p "$TMP/tree/src/core" "$TMP/tree/ui" "$TMP/tree/po"
  cat > "$TMP/tree/src/core/shop.c" <<'EOF'
#include <glib/gi18n-lib.h>
/* Comments that mention _() do not count. */
static const char *kinds[] = { N_("Counter"), N_("Aisle") };
const char *
shop_title (int n)
{
  return n ? _ ("Floor plan") : g_strdup_printf (_ ("%d counters"), n);
}
EOF
  cat > "$TMP/tree/ui/shop.ui" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<interface>
  <object class="GtkLabel">
    <property name="label" translatable="yes">Suppliers</property>
  </object>
</interface>
EOF
  # Mentions _() only in a comment and a string: not translatable.
  cat > "$TMP/tree/src/core/plain.c" <<'EOF'
/* Strings go through _() elsewhere. */
static const char *doc = "call _( here";
EOF
  printf '# languages\nzh_CN\n' > "$TMP/tree/po/LINGUAS"
  printf '# files with translatable strings\nsrc/core/shop.c\nui/shop.ui\n' \
    > "$TMP/tree/po/POTFILES"
  cat > "$TMP/tree/po/zh_CN.po" <<'EOF'
msgid ""
msgstr ""
"Project-Id-Version: selftest\n"
"Language: zh_CN\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=1; plural=0;\n"

msgid "Counter"
msgstr "柜台"

msgid "Aisle"
msgstr "通道"

msgid "Floor plan"
msgstr "平面图"

#, c-format
msgid "%d counters"
msgstr "%d 个柜台"

msgid "Suppliers"
msgstr "供应商"
EOF
}

# expect STATUS PATTERN DESCRIPTION: run check-po on the tree, expect the exit
# status (0 or non-zero) and, when PATTERN is not empty, a line matching it.
expect () {
  n=$((n + 1))
  "$CHECK_PO" "$TMP/tree/po" > "$TMP/out" 2>&1
  status=$?
  ok=yes
  if [ "$1" = 0 ] && [ $status -ne 0 ]; then ok=no; fi
  if [ "$1" != 0 ] && [ $status -eq 0 ]; then ok=no; fi
  if [ -n "$2" ] && ! grep -q -e "$2" "$TMP/out"; then ok=no; fi
  if [ $ok = yes ]; then
    echo "ok $n - $3"
  else
    echo "not ok $n - $3 (exit status $status)"
    sed 's/^/# /' "$TMP/out"
    failed=$((failed + 1))
  fi
}

echo "1..10"

make_tree
expect 0 '^zh_CN: 5 translated, 0 fuzzy, 0 untranslated' \
  "a complete catalogue passes"

make_tree
sed -i 's/^msgid "Aisle"/#, fuzzy\nmsgid "Aisle"/' "$TMP/tree/po/zh_CN.po"
expect 1 '^FAIL: zh_CN: 1 fuzzy messages' "a fuzzy message fails"

make_tree
sed -i 's/^msgstr "平面图"/msgstr ""/' "$TMP/tree/po/zh_CN.po"
expect 1 '"Floor plan"' "an untranslated message fails and is named"

make_tree
sed -i '/^msgid "Suppliers"/,/^msgstr/d' "$TMP/tree/po/zh_CN.po"
expect 1 '^FAIL: zh_CN: 1 untranslated messages' \
  "a message of the sources missing from the .po fails"

make_tree
sed -i 's/^msgstr "%d 个柜台"/msgstr "%s 个柜台"/' "$TMP/tree/po/zh_CN.po"
expect 1 '^FAIL: zh_CN: msgfmt --check complains' \
  "a format string that does not match fails msgfmt --check"

make_tree
echo 'src/core/gone.c' >> "$TMP/tree/po/POTFILES"
expect 1 '^FAIL: POTFILES lists src/core/gone.c, which does not exist' \
  "a POTFILES entry for a missing file fails"

make_tree
sed -i '/^ui\/shop.ui$/d' "$TMP/tree/po/POTFILES"
expect 1 '^FAIL: ui/shop.ui has translatable strings but is missing from POTFILES' \
  "a .ui file missing from POTFILES fails and is named"

make_tree
sed -i '/^src\/core\/shop.c$/d' "$TMP/tree/po/POTFILES"
expect 1 '^FAIL: src/core/shop.c has translatable strings but is missing from POTFILES' \
  "a C file missing from POTFILES fails and is named"

make_tree
printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n' \
  > "$TMP/tree/po/zh_CN.po"
expect 1 '^FAIL: zh_CN: 5 untranslated messages' \
  "a nearly empty catalogue fails on the untranslated messages"

make_tree
echo 'fr' >> "$TMP/tree/po/LINGUAS"
expect 1 '^FAIL: fr: LINGUAS lists it but fr.po does not exist' \
  "a language without a .po file fails"

[ $failed -eq 0 ]
