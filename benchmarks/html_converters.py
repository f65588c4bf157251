"""Our HTML loader (assistant/ingest/loaders.py: load_html) against maintained converters.

Pages: tests/data/ingest/case.html and case-report pages built here from the shipped
MedR-Bench case reports the way PMC pages look (head with title/style/script, a site
header with nav, the article with h1/h2 sections, inline <em>/<sup> references, a figure,
a lab table, a keyword list, an aside of similar articles, a footer nav, noscript). Four
of them are written to benchmarks/sets/case_html/ to read; speed is measured over all 199.

Criteria, per converter:
  complete   paragraphs of the article found verbatim (whitespace-normalised) in the text;
             a Markdown mark, an escaped character or a dropped word makes a miss, since our
             citations quote the document text verbatim
  leaks      marker strings from script / style / noscript / nav / aside / footer found in the text
  headings   the page's h1/h2 titles recognised as headings with offsets in the plain text
  table      every lab-table row's cells on one line, in order, kept apart by spaces, tabs or '|'
  artefacts  Markdown characters (* # | _ > `) and escapes added beyond those in the visible text
  speed      pages per second over the 199 generated pages

The libraries are not product dependencies; measure in a throwaway venv:
    /tmp/n-venv/bin/pip install html2text inscriptis trafilatura beautifulsoup4 pydantic-settings charset-normalizer
    /tmp/n-venv/bin/python benchmarks/html_converters.py
"""

from __future__ import annotations

import html
import json
import platform
import re
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CASES = ROOT / "corpus" / "case-reports" / "medrbench_cases.json"
PAGES_DIR = ROOT / "benchmarks" / "sets" / "case_html"
OUT = ROOT / "benchmarks" / "results" / "html_converters.json"

LEAK_MARKERS = ["LEAKJS", "LEAKCSS", "LEAKNOSCRIPT", "LEAKNAV", "LEAKASIDE", "LEAKFOOTER"]
# Hand-made lab tables (values from each report's own text) for the four pages written to disk.
TABLES = {
    "PMC11624525": [("LDH", "138.6 U/L", "120–250 U/L"), ("CK-MB", "24 U/L", "0–25 U/L"), ("TSH", "0.045 μIU/mL", "0.27–4.2 μIU/mL"), ("FT4", "26.34 pmol/L", "12–22 pmol/L")],
    "PMC11488400": [("Hemoglobin", "10.6 g/dL", "12.1–15.1 g/dL"), ("Platelets", "110 × 10⁹/L", "150–450 × 10⁹/L"), ("Sodium", "128.9 mmol/L", "135–145 mmol/L"), ("AST", "44.6 U/L", "8–33 U/L")],
    "PMC11635374": [("Free T4", "1.31 ng/dL", "0.7–1.4 ng/dL"), ("Prolactin", "6.3 ng/mL", "2.8–26 ng/mL"), ("Estradiol", "<5 pg/mL", "15–350 pg/mL")],
    "PMC11506781": [("Glucose", "250 mg/dL", "70–140 mg/dL"), ("Insulin dose", "0.01 U/kg/h", "—"), ("Glucose infusion", "2.5 mg/kg/min", "—")],
}
DEFAULT_TABLE = [("Hemoglobin", "11.2 g/dL", "12–16 g/dL"), ("CRP", "48 mg/L", "<5 mg/L")]


def _inline(paragraph: str) -> str:
    """Escape, then add the inline markup PMC uses: superscript references and italic terms."""
    out = html.escape(paragraph, quote=False)
    out = re.sub(r"\[(\d+(?:[,–-]\d+)*)\]", lambda m: f'[<a href="#ref{m.group(1)}" class="usa-link">{m.group(1)}</a>]', out)
    out = re.sub(r"\b(in vitro|in vivo|et al\.)", r"<em>\1</em>", out)
    out = re.sub(r"\b(\d+(?:\.\d+)?) (mg|g|mL|kg)\b", r"\1&nbsp;\2", out)  # &nbsp; between number and unit
    return out


def parse_case(raw: str):
    """Title, then (heading, [paragraphs]) blocks: short lines without a final period are headings."""
    lines = [line.strip() for line in raw.split("\n") if line.strip()]
    title, blocks = lines[0], [("Abstract", [])]
    for line in lines[1:]:
        if len(line) < 60 and not line.endswith((".", ":", ")")) and not re.fullmatch(r"[\d,–\- ]+", line):
            blocks.append((line, []))
        elif re.fullmatch(r"[\d,–\- ]+", line):  # a stray reference number line: part of the paragraph before
            if blocks[-1][1]:
                blocks[-1][1][-1] += line
        else:
            blocks[-1][1].append(line)
    return title, [(h, ps) for h, ps in blocks if ps]


def build_page(case_id: str, raw: str) -> tuple[str, dict]:
    title, blocks = parse_case(raw)
    table = TABLES.get(case_id, DEFAULT_TABLE)
    body = []
    for i, (heading, paragraphs) in enumerate(blocks):
        body.append(f'<section id="s{i}"><h2 class="pmc_sec_title">{html.escape(heading)}</h2>')
        body.extend(f"<p>{_inline(p)}</p>" for p in paragraphs)
        if i == 1:
            body.append('<figure class="fig"><img src="fig1.jpg" alt="LEAKALT image description"><figcaption><p>Fig. 1 Imaging at presentation.</p></figcaption></figure>')
            rows = "".join(f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td><td>{html.escape(c)}</td></tr>" for a, b, c in table)
            body.append(f'<div class="table-wrap"><table><caption>Table 1. Laboratory values</caption><thead><tr><th>Test</th><th>Result</th><th>Reference range</th></tr></thead><tbody>{rows}</tbody></table></div>')
        body.append("</section>")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} - PMC</title>
<style>.usa-banner {{ display: none }} /* LEAKCSS */</style>
<script>window.ncbi = {{pmc: "LEAKJS"}}; document.write("<h2>injected</h2>");</script>
</head><body>
<noscript>LEAKNOSCRIPT: this site needs JavaScript</noscript>
<header class="ncbi-header"><nav aria-label="Primary"><ul><li><a href="/">LEAKNAV Home</a></li><li><a href="/pmc/">PubMed Central</a></li><li><a href="/login">Log in</a></li></ul></nav></header>
<main id="main-content"><article>
<h1 class="content-title">{html.escape(title)}</h1>
<ul class="keywords"><li>Case report</li><li>{html.escape(case_id)}</li></ul>
{chr(10).join(body)}
</article>
<aside class="similar"><h3>Similar articles</h3><ul><li><a href="/x">LEAKASIDE Cited by other articles</a></li></ul></aside>
</main>
<footer><nav><a href="/about">LEAKFOOTER About</a> <a href="/privacy">Privacy</a></nav></footer>
</body></html>
"""
    truth = {
        "title": title,
        "headings": [title] + [h for h, _ in blocks],
        "paragraphs": [p for _, ps in blocks for p in ps] + [" ".join(["Test Result Reference range"])],
        "table_rows": [list(r) for r in table],
        "visible": title + "\n" + "\n".join(h + "\n" + "\n".join(ps) for h, ps in blocks),
    }
    truth["paragraphs"] = truth["paragraphs"][:-1]
    return page, truth


CASE_HTML_TRUTH = {
    "headings": ["Acquired TTP treated with caplacizumab", "Case Description", "Treatment"],
    "paragraphs": ["A 42-year-old woman presented with confusion, platelets of 12 × 109/L and schistocytes ≥ 4%.",
                   "ADAMTS13 activity was <5%. The referral note contained the string <img src=x onerror=alert(1)> which must stay literal text.",
                   "Plasma exchange daily.", "Caplacizumab 10 mg and methylprednisolone."],
    "table_rows": [],
    "leaks": ["var secret", "hidden-style-text", "img-attribute-must-not-appear", "noscript-text-must-not-appear", "Injected heading"],
}


# --- converters: each returns (plain text, heading names found with offsets, or None if it cannot give them) ---

def ours(page: str):
    from assistant.ingest.loaders import load_html

    doc = load_html(page.encode("utf-8"), "page.html").documents[0]
    return doc.text, [s.name for s in (doc.sections or []) if s.name != "Preamble" and doc.text.startswith(s.name, s.start)]


def html2text_md(page: str):
    import html2text

    h = html2text.HTML2Text()
    h.body_width = 0
    h.ignore_links = True
    h.ignore_images = True
    text = h.handle(page)
    return text, None  # headings only as Markdown '#' lines inside the text (artefacts)


def inscriptis_text(page: str):
    from inscriptis import get_annotated_text
    from inscriptis.model.config import ParserConfig

    rules = {f"h{i}": ["heading"] for i in range(1, 7)}
    out = get_annotated_text(page, ParserConfig(annotation_rules=rules))
    text = out["text"]
    return text, [text[s:e].strip() for s, e, label in out["label"] if label == "heading"]


def trafilatura_text(page: str):
    import trafilatura

    text = trafilatura.extract(page, output_format="txt", include_tables=True, include_comments=False, include_images=False) or ""
    return text, None  # heads only in its XML/Markdown output, not with offsets in the text


def bs4_text(page: str):
    from bs4 import BeautifulSoup

    return BeautifulSoup(page, "html.parser").get_text("\n"), None


CONVERTERS = {"ours (load_html)": ours, "html2text": html2text_md, "inscriptis": inscriptis_text, "trafilatura": trafilatura_text, "BeautifulSoup get_text('\\n')": bs4_text}
PACKAGES = {"html2text": "html2text", "inscriptis": "inscriptis", "trafilatura": "trafilatura", "BeautifulSoup get_text('\\n')": "beautifulsoup4"}


def _norm(s: str) -> str:
    return " ".join(s.replace("\u00a0", " ").split())


def evaluate(text: str, headings, truth: dict, leaks: list[str]) -> dict:
    flat = _norm(text)
    found = sum(1 for p in truth["paragraphs"] if _norm(p) in flat)
    lines = [_norm(line) for line in text.split("\n")]
    table_ok = sum(1 for row in truth["table_rows"] if any(re.search(r"[ \t|]+".join(re.escape(_norm(c)) for c in row), line) for line in lines))
    want = [_norm(h) for h in truth["headings"]]
    got = {_norm(h) for h in headings} if headings is not None else set()
    visible = truth.get("visible", " ".join(truth["paragraphs"]))
    marks = sum(text.count(c) for c in "*#|_>`\\") - sum(visible.count(c) for c in "*#|_>`\\")
    return {"paragraphs": len(truth["paragraphs"]), "complete": found, "leaks": [m for m in leaks if m in text],
            "headings": None if headings is None else sum(1 for h in want if h in got), "headings_total": len(want),
            "table_rows_ok": table_ok, "table_rows": len(truth["table_rows"]), "artefacts": max(0, marks)}


def main() -> None:
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    pages = {cid: build_page(cid, case["raw_case"]) for cid, case in cases.items()}
    PAGES_DIR.mkdir(parents=True, exist_ok=True)
    for cid in TABLES:
        (PAGES_DIR / f"{cid}.html").write_text(pages[cid][0], encoding="utf-8")
    fixture = (ROOT / "tests" / "data" / "ingest" / "case.html").read_text(encoding="utf-8")
    sample = [("case.html", fixture, CASE_HTML_TRUTH, CASE_HTML_TRUTH["leaks"])] + [(cid, pages[cid][0], pages[cid][1], LEAK_MARKERS + ["LEAKALT"]) for cid in TABLES]
    results = {}
    for name, convert in CONVERTERS.items():
        try:
            convert(fixture)
        except ImportError as exc:
            print(f"skip {name}: {exc}")
            continue
        per_page, examples = {}, {}
        for page_name, page, truth, leaks in sample:
            text, headings = convert(page)
            per_page[page_name] = evaluate(text, headings, truth, leaks)
            per_page[page_name]["missed"] = [p[:80] for p in truth["paragraphs"] if _norm(p) not in _norm(text)]
            examples[page_name] = text[:1500] + "\n[...]\n" + text[text.find("Table 1") - 200 : text.find("Table 1") + 400]
        seconds = float("inf")
        for _ in range(3):  # best of three: the machine is shared
            t0 = time.perf_counter()
            for page, _ in pages.values():
                convert(page)
            seconds = min(seconds, time.perf_counter() - t0)
        total = {k: sum(p[k] for p in per_page.values()) for k in ("paragraphs", "complete", "table_rows_ok", "table_rows", "artefacts", "headings_total")}
        total["headings"] = None if any(p["headings"] is None for p in per_page.values()) else sum(p["headings"] for p in per_page.values())
        total["leaks"] = sum(len(p["leaks"]) for p in per_page.values())
        total["leak_kinds"] = sorted({m for p in per_page.values() for m in p["leaks"]})
        total["pages_per_s"] = round(len(pages) / seconds, 1)
        results[name] = {"total": total, "per_page": per_page, "example_text": examples}
    print(f"pages: case.html + {len(TABLES)} case-report pages (criteria); speed over {len(pages)} pages")
    print(f"{'converter':30} {'complete':>10} {'leaks':>6} {'headings':>9} {'table':>6} {'artef.':>7} {'pages/s':>8}  leaked")
    for name, r in results.items():
        t = r["total"]
        heads = "-" if t["headings"] is None else f"{t['headings']}/{t['headings_total']}"
        print(f"{name:30} {t['complete']:>4}/{t['paragraphs']:<5} {t['leaks']:>6} {heads:>9} {t['table_rows_ok']:>2}/{t['table_rows']:<3} {t['artefacts']:>7} {t['pages_per_s']:>8}  {','.join(t['leak_kinds'])}")
    versions = {}
    for pkg in PACKAGES.values():
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            pass
    OUT.write_text(json.dumps({"machine": platform.platform(), "python": platform.python_version(), "versions": versions, "results": results}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
