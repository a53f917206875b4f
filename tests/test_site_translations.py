"""The Spanish interface catalogue: every string the site shows is in
locale/es/LC_MESSAGES/django.po with a Spanish translation, and the committed
django.mo (what Django reads) says exactly what the .po says.

The .mo is compiled with GNU msgfmt and committed, so neither CI nor a server needs
gettext installed. These checks need only Python: polib reads the .po, the standard
library's gettext reads the .mo.
"""

import gettext
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES"
FIX = (
    "Run: .venv/bin/python manage.py makemessages -l es --no-location --ignore=tests --ignore=bench, "
    "write the Spanish for the new entries in locale/es/LC_MESSAGES/django.po, then "
    "msgfmt -o locale/es/LC_MESSAGES/django.mo locale/es/LC_MESSAGES/django.po, and commit both."
)


@pytest.fixture(scope="module")
def po():
    return polib.pofile(str(LOCALE / "django.po"))


@pytest.fixture(scope="module")
def mo():
    with (LOCALE / "django.mo").open("rb") as handle:
        return gettext.GNUTranslations(handle)


def entries(po):
    return [entry for entry in po if not entry.obsolete]


def test_every_entry_has_spanish_and_none_is_fuzzy(po):
    untranslated = [e.msgid for e in entries(po) if not e.translated()]
    fuzzy = [e.msgid for e in entries(po) if "fuzzy" in e.flags]
    assert untranslated == [] and fuzzy == [], FIX


PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def test_translations_keep_every_placeholder(po):
    for entry in entries(po):
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            found = sorted(PLACEHOLDER.findall(text))
            # A singular form may leave out the count ("una página"), never a name.
            assert set(found) <= set(expected) and set(expected) - set(found) <= {"counter"}, entry.msgid
        assert ("tel:911" in entry.msgid) == all("tel:911" in t for t in translations), entry.msgid


def test_the_compiled_mo_says_what_the_po_says(po, mo):
    for entry in entries(po):
        if entry.msgid_plural:
            for n, index in [(1, 0), (2, 1)]:
                assert mo.ngettext(entry.msgid, entry.msgid_plural, n) == entry.msgstr_plural[index], (FIX, entry.msgid)
        elif entry.msgctxt:
            assert mo.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr, (FIX, entry.msgid)
        else:
            assert mo.gettext(entry.msgid) == entry.msgstr, (FIX, entry.msgid)
    # Nothing in the .mo that the .po no longer has (the header is one extra key).
    catalog_ids = {key if isinstance(key, str) else key[0] for key in mo._catalog}
    po_ids = {e.msgid if not e.msgctxt else f"{e.msgctxt}\x04{e.msgid}" for e in entries(po)}
    assert catalog_ids - {""} == po_ids, FIX


TRANSLATE_TAG = re.compile(r"""{%\s*translate\s+(["'])(.+?)\1""")
BLOCK = re.compile(r"{%\s*blocktranslate(?P<options>[^%]*)%}(?P<body>.*?){%\s*endblocktranslate\s*%}", re.S)
PYTHON_STRING = re.compile(r"""\b(?:_|gettext|gettext_lazy|ngettext)\(\s*"((?:[^"\\]|\\.)+)"\s*[,)]""")


def block_msgid(options, body):
    # Django doubles a literal % in template text (its msgid says "50%% relief").
    body = body.split("{% plural %}")[0].replace("%", "%%")
    body = re.sub(r"{{\s*(\w+)\s*}}", r"%(\1)s", body)
    if "trimmed" in options:
        body = " ".join(line.strip() for line in body.splitlines() if line.strip())
    return body


def source_strings():
    base = Path(settings.BASE_DIR)
    found = []
    # The pain diary's chart is an .svg template (procedures' makemessages reads those too).
    for path in [*(base / "templates").rglob("*.html"), *(base / "templates").rglob("*.svg")]:
        if "admin" in path.parts:
            continue  # the staff admin stays in English
        text = path.read_text()
        found += [(path.name, match[1].replace("%", "%%")) for match in TRANSLATE_TAG.findall(text)]
        found += [(path.name, block_msgid(m["options"], m["body"])) for m in BLOCK.finditer(text)]
    for app in ["procedures", "patients"]:
        for path in (base / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            found += [(path.name, match.replace('\\"', '"')) for match in PYTHON_STRING.findall(path.read_text())]
    return found


def test_every_interface_string_is_in_the_catalogue(po):
    known = {entry.msgid for entry in entries(po)}
    strings = source_strings()
    assert len(strings) > 200  # the scan found the site's strings
    missing = sorted({(where, text) for where, text in strings if text not in known})
    assert missing == [], FIX
