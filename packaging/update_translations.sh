#!/usr/bin/env bash
# Refresh the translation template from every self.tr()/translate() string in the UI.
# Translators copy resources/translations/deskapp_en.ts to deskapp_<lang>.ts, translate it in
# Qt Linguist (pyside6-linguist), and `pyside6-lrelease` turns it into deskapp_<lang>.qm, which
# the app loads for the system locale (deskapp.app.install_translations).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
"$BIN/pyside6-lupdate" $(find src/deskapp/ui src/deskapp/app.py -name '*.py' | sort) \
  -ts resources/translations/deskapp_en.ts -no-obsolete
# English needs its plural forms ("1 item", "2 items"); only those are compiled into deskapp_en.qm
"$BIN/python" packaging/english_plurals.py resources/translations/deskapp_en.ts
"$BIN/pyside6-lrelease" resources/translations/deskapp_en.ts -qm resources/translations/deskapp_en.qm
for ts in resources/translations/deskapp_*.ts; do
  [ "$ts" = resources/translations/deskapp_en.ts ] && continue
  "$BIN/pyside6-lupdate" $(find src/deskapp/ui src/deskapp/app.py -name '*.py' | sort) -ts "$ts"
  "$BIN/pyside6-lrelease" "$ts"
done
