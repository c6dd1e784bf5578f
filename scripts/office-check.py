#!/usr/bin/env python3
"""Checks what LibreOffice made of Routekaart's Office files.

  office-check.py words REPORT.pdf WORD-AS.pdf
      The text of the Word report (converted to PDF by LibreOffice) says what the PDF
      report says: the two word sequences agree (difflib ratio >= 0.95) once the running
      header and page numbers are left out. Chart labels are in the PDF's text but in the
      Word report's pictures, so the ratio cannot be 1.
  office-check.py rows WORKBOOK-SHEET1.csv N
      The first sheet of the comparison workbook, converted to CSV by LibreOffice, has N
      assessment rows under its header row, and the stage and mean columns hold numbers.
  office-check.py parts A.docx B.docx
      Two Office files hold the same parts with the same bytes (their zip headers may name
      different systems, as the Windows and Linux builds' do).
"""
import csv
import difflib
import re
import subprocess
import sys
import zipfile


def words(pdf):
    text = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True, text=True).stdout
    kept = [
        line
        for line in text.splitlines()
        if not re.match(r"^\s*((pagina|page) \d+ (van|of) \d+|Routekaart · .*|\d{1,2} \w+ \d{4}|\w+ \d{1,2}, \d{4})\s*$", line)
    ]
    return re.findall(r"\w+", " ".join(kept))


def check_words(report, word):
    a, b = words(report), words(word)
    ratio = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    print(f"words: PDF {len(a)}, Word {len(b)}, agreement {ratio:.3f}")
    if ratio < 0.95:
        sys.exit(f"{word}: the Word report's text differs from the PDF's ({ratio:.3f} < 0.95)")


def check_rows(sheet, expected):
    with open(sheet, newline="", encoding="utf-8", errors="replace") as f:
        rows = list(csv.reader(f))
    header = next(i for i, r in enumerate(rows) if r and r[0] in ("Bestand", "File"))
    data = [r for r in rows[header + 1 :] if any(r)]
    names = rows[header]
    stage = names.index("Fase" if names[0] == "Bestand" else "Stage")
    mean = next(i for i, n in enumerate(names) if n.endswith(": gemiddeld") or n.endswith(": mean"))
    for r in data:
        if r[stage]:
            int(r[stage])
        if r[mean]:
            float(r[mean].replace(",", "."))
    print(f"rows: {len(data)}; stage and mean columns are numbers")
    if len(data) != expected:
        sys.exit(f"{sheet}: {len(data)} rows, expected {expected}")


def check_parts(a, b):
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        names_a, names_b = za.namelist(), zb.namelist()
        if names_a != names_b:
            sys.exit(f"{a} and {b} hold different parts: {sorted(set(names_a) ^ set(names_b))}")
        differing = [n for n in names_a if za.read(n) != zb.read(n)]
    if differing:
        sys.exit(f"{a} and {b} differ in {differing}")


if __name__ == "__main__":
    if sys.argv[1] == "words":
        check_words(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "rows":
        check_rows(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == "parts":
        check_parts(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
