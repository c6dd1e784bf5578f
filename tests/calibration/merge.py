#!/usr/bin/env python3
"""Merges the answerers' files (answers/K1-A.ron, K1-B.ron, …) into one assessment per
vignette (K1.ron …), the way the calibration test reads them. Answers are copied as they
are, notes included; the seats are those of the first answerer (A). Run from this folder:
python3 merge.py. It never changes an answer."""
import glob, os, re

TITLES = {}
for line in open("expected.ron", encoding="utf-8"):
    m = re.match(r'\s*\(id: "(K\d+)", title: "([^"]*)"', line)
    if m:
        TITLES[m.group(1)] = m.group(2)

for vignette in sorted(TITLES, key=lambda k: int(k[1:])):
    files = sorted(glob.glob(f"answers/{vignette}-*.ron"))
    if not files:
        continue
    respondents, answers, seats = [], [], None
    for path in files:
        text = open(path, encoding="utf-8").read()
        label = re.search(r'label:\s*"([^"]+)"', text).group(1)
        respondents.append(
            f'        Respondent(label: "{label}", name: None, domain: Other, organisation: None, role: "antwoorder {label}"),'
        )
        for m in re.finditer(r"Answer\((.*?)\),?\s*$", text, re.M):
            body = m.group(1).strip().rstrip(",")
            q = re.search(r'question:\s*"([^"]+)"', body).group(1)
            v = re.search(r"value:\s*(Level\(\d\)|DontKnow|NotApplicable)", body).group(1)
            n = re.search(r'note:\s*"((?:[^"\\]|\\.)*)"', body)
            note = n.group(1) if n else ""
            answers.append(
                f'        Answer(respondent: "{label}", question: "{q}", round: 1, value: {v}, note: "{note}"),'
            )
        if seats is None:
            block = re.search(r"seats:\s*\[(.*)\]\s*,?\s*\)\s*$", text, re.S)
            seats = [
                "        " + s.strip().rstrip(",") + ","
                for s in re.findall(r'Seat\((?:[^()"]|"(?:[^"\\]|\\.)*")*\)', block.group(1) if block else "")
            ]
    out = f"""Assessment(
    schema_version: 1,
    meta: Meta(
        region: "{vignette} — {TITLES[vignette]}",
        iza_region: "Kalibratie (fictief)",
        date: "2026-12-02",
        facilitator: "",
        mode: Workshop,
        form: Full,
        framework: FrameworkRef(id: "routekaart-iza", version: "1.1"),
        privacy: Privacy(show_names: false, show_domains: false),
        example: true,
        notes: "Kalibratie: {len(files)} antwoorders, elk alleen met de feiten van de beschrijving en de vragenlijst (zie README.md). Zetels van antwoorder A.",
    ),
    seats: [
{chr(10).join(seats or [])}
    ],
    respondents: [
{chr(10).join(respondents)}
    ],
    answers: [
{chr(10).join(answers)}
    ],
)
"""
    open(f"{vignette}.ron", "w", encoding="utf-8").write(out)
    print(vignette, len(files), "answerers,", len(answers), "answers")
