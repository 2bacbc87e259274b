#!/usr/bin/env bash
# Refresh the translation template from every self.tr()/translate() string in the UI.
# Translators copy resources/translations/deskapp_en.ts to deskapp_<lang>.ts, translate it in
# Qt Linguist (pyside6-linguist), and `pyside6-lrelease` turns it into deskapp_<lang>.qm, which
# the app loads for the system locale (deskapp.app.install_translations).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
# strings translated through a helper (_tr("...")) are invisible to lupdate: list them for it
"$BIN/python" packaging/wrapped_strings.py src/deskapp/ui
# services' sentences (deskapp.messages) are outside ui/: list them for lupdate too
"$BIN/python" packaging/service_messages.py
"$BIN/pyside6-lupdate" $(find src/deskapp/ui src/deskapp/app.py -name '*.py' | sort) \
  -ts resources/translations/deskapp_en.ts -no-obsolete
# English needs its plural forms ("1 item", "2 items"); only those are compiled into deskapp_en.qm
"$BIN/python" packaging/english_plurals.py resources/translations/deskapp_en.ts
"$BIN/pyside6-lrelease" resources/translations/deskapp_en.ts -qm resources/translations/deskapp_en.qm
for ts in resources/translations/deskapp_*.ts; do
  [ "$ts" = resources/translations/deskapp_en.ts ] && continue
  "$BIN/pyside6-lupdate" $(find src/deskapp/ui src/deskapp/app.py -name '*.py' | sort) -ts "$ts" \
    -no-obsolete
  # the reviewed mapping (resources/translations/<lang>.json) fills strings lupdate just added
  lang=$(basename "$ts" .ts); lang=${lang#deskapp_}
  if [ -f "resources/translations/$lang.json" ]; then
    "$BIN/python" packaging/fill_translation.py "resources/translations/$lang.json" "$ts"
  fi
  "$BIN/pyside6-lrelease" "$ts"
done
