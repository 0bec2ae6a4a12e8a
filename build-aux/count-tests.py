#!/usr/bin/env python3
"""Counts test cases over meson test logs.

Each argument is a meson-logs/testlog*.json file.  A TAP test contributes one
case per `ok` / `not ok` line (SKIP directives count as skipped); a test that
speaks no TAP counts as one case.  A TAP test that crashed before reporting
its failure counts one failure more.  Prints the failing cases, then the line
`N passed, N failed, N skipped`, and exits 1 when anything failed.
"""
import json
import re
import sys

TAP = re.compile(r'^(not ok|ok)\b\s*\d*\s*-?\s*(.*)$')


def count(path, totals, failures):
    with open(path, encoding='utf-8') as log:
        for line in log:
            line = line.strip()
            if not line:
                continue
            entry = json.loads(line)
            name = entry.get('name', '?')
            result = entry.get('result', '')
            stdout = entry.get('stdout') or ''
            seen_tap = False
            failed_here = 0
            for out in stdout.splitlines():
                m = TAP.match(out)
                if not m:
                    continue
                seen_tap = True
                status, rest = m.groups()
                if '# SKIP' in rest.upper():
                    totals['skipped'] += 1
                elif status == 'ok' or '# TODO' in rest.upper():
                    totals['passed'] += 1
                else:
                    totals['failed'] += 1
                    failed_here += 1
                    failures.append('%s: %s' % (name, rest))
            ok = result in ('OK', 'EXPECTEDFAIL')
            if not seen_tap:
                if result == 'SKIP':
                    totals['skipped'] += 1
                elif ok:
                    totals['passed'] += 1
                else:
                    totals['failed'] += 1
                    failures.append('%s: %s' % (name, result))
            elif not ok and failed_here == 0 and result != 'SKIP':
                totals['failed'] += 1
                failures.append('%s: %s (the test stopped early)' % (name, result))


def main():
    totals = {'passed': 0, 'failed': 0, 'skipped': 0}
    failures = []
    for path in sys.argv[1:]:
        count(path, totals, failures)
    for failure in failures:
        print('FAILED', failure)
    print('%d passed, %d failed, %d skipped'
          % (totals['passed'], totals['failed'], totals['skipped']))
    return 1 if totals['failed'] or totals['passed'] == 0 else 0


if __name__ == '__main__':
    sys.exit(main())
