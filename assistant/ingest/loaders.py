"""Turn files into Documents, or into errors that name the file and line.

One loader per format (``.md`` and ``.txt`` may open with front matter, see
``frontmatter.py``: it becomes metadata and the stored text is the body). A loader returns a LoadResult: documents and errors together,
so a file with some bad records (JSONL lines, treatment rows, MedR-Bench cases) keeps
the good ones, and a text file read in a guessed encoding is indexed with a notice that
names the encoding (see ``encoding.py``). A problem with the whole file raises
InputError. Loaders do no I/O beyond reading their one file, so each is tested on a
small real file.
"""

from __future__ import annotations

import functools
import io
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Callable

from assistant.ingest.encoding import decode, decode_text  # noqa: F401 - decode_text re-exported
from assistant.ingest.frontmatter import FrontMatter, split_front_matter
from assistant.ingest.sections import sections_from_headings
from assistant.ingest.treatment import load_treatment_csv, load_treatment_rows
from assistant.ingest.validate import clean_metadata, scalar_text
from assistant.models import Document, InputError, LoadError, LoadResult  # noqa: F401 - LoadResult re-exported

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".html", ".htm", ".docx", ".json", ".jsonl", ".csv")
SKIPPED_NAMES = {"MANIFEST.json", "MANIFEST.csv", "LICENSE", "LICENSE.txt", "README.md"}


def text_loader(parse: Callable[[str, str], LoadResult]) -> Callable[[bytes, str], LoadResult]:
    """Decode the bytes, parse the text; a guessed encoding is reported next to the documents."""

    @functools.wraps(parse)
    def load(data: bytes, rel: str) -> LoadResult:
        decoded = decode(data)
        result = parse(decoded.text, rel)
        if decoded.warning:
            result.errors.insert(0, LoadError(rel, decoded.warning, decoded.line, warning=True))
        return result

    return load


def _title_from_text(text: str, fallback: str) -> str:
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:200]
    return fallback


def _plain_document(rel: str, text: str, title: str, kind: str, sections=None) -> Document:
    if not text.strip():
        raise InputError("no text in file")
    return Document(doc_id=rel, text=text, title=title, metadata={"kind": kind}, sections=sections)


def _with_front_matter(doc: Document, front: FrontMatter | None) -> Document:
    """The front matter's title and facts on the document (its text is already the body)."""
    if front is not None:
        doc.metadata.update(front.metadata())
        doc.title = front.fields.get("title") or doc.title
    return doc


@text_loader
def load_txt(text: str, rel: str) -> LoadResult:
    front, text = split_front_matter(text)
    return LoadResult([_with_front_matter(_plain_document(rel, text, _title_from_text(text, rel), "text"), front)])


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$", re.M)


@text_loader
def load_markdown(text: str, rel: str) -> LoadResult:
    front, text = split_front_matter(text)
    headings = [(m.group(2).strip(), m.start()) for m in _MD_HEADING.finditer(text)]
    title = next((name for name, _ in headings), _title_from_text(text, rel))
    sections = sections_from_headings(text, headings) if headings else None
    return LoadResult([_with_front_matter(_plain_document(rel, text, title, "markdown", sections), front)])


_HEADING_MARK = "\x01"


class _HTMLText(HTMLParser):
    """Visible text of an HTML page; block elements break lines, headings are marked.

    Script, style and other hidden elements are dropped; tags never reach the text, so
    markup in a document is shown as words, not run.
    """

    BLOCKS = {"p", "div", "br", "li", "tr", "table", "section", "article", "ul", "ol", "pre", "blockquote", "dd", "dt", "title"}
    HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
    HIDDEN = {"script", "style", "noscript", "template", "head", "nav", "footer"}  # page furniture; <aside> stays (PMC boxes case summaries in it)
    CELLS = {"td", "th"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.title = ""
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.in_title = self.in_title or tag == "title"
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.HEADINGS:
            self.parts.append("\n" + _HEADING_MARK)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.CELLS and not self.hidden:
            self.parts.append(" | ")  # "Hemoglobin | 10.6 g/dL", not "Hemoglobin10.6 g/dL"
        if tag == "title":
            self.in_title = False
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.HEADINGS or tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        if not self.hidden:
            self.parts.append(re.sub(r"[\s\x00-\x08\x0b-\x1f]+", " ", data))


@text_loader
def load_html(text: str, rel: str) -> LoadResult:
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    lines, headings, pos = [], [], 0
    for line in "".join(parser.parts).split("\n"):
        is_heading = line.startswith(_HEADING_MARK)
        line = " ".join(line.replace(_HEADING_MARK, "").split()).strip(" |")
        if not line:
            continue
        if is_heading:
            headings.append((line, pos))
        lines.append(line)
        pos += len(line) + 1
    body = "\n".join(lines) + "\n"
    title = " ".join(parser.title.split()) or next((n for n, _ in headings), _title_from_text(body, rel))
    return LoadResult([_plain_document(rel, body, title, "html", sections_from_headings(body, headings) if headings else None)])


def load_pdf(data: bytes, rel: str) -> LoadResult:
    if not data.strip():
        raise InputError("empty file")
    if not data.lstrip().startswith(b"%PDF"):
        raise InputError("not a PDF (no %PDF header)")
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise InputError("encrypted PDF; decrypt it first")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except DependencyError:
        # AES encryption: pypdf needs the optional `cryptography` package even to check it.
        raise InputError("encrypted PDF (AES); decrypt it first") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as exc:
        raise InputError(f"corrupt or unreadable PDF ({type(exc).__name__}: {str(exc)[:120]})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise InputError("PDF has no extractable text (scanned image?)")
    meta_title = ""
    try:
        meta_title = (reader.metadata.title or "") if reader.metadata else ""
    except Exception:  # noqa: BLE001 - a broken info dict only costs us the title
        meta_title = ""
    return LoadResult([_plain_document(rel, text + "\n", meta_title.strip() or _title_from_text(text, rel), "pdf")])


def load_docx(data: bytes, rel: str) -> LoadResult:
    if not data.strip():
        raise InputError("empty file")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    text, headings = "", []
    try:
        document = docx.Document(io.BytesIO(data))
        # Parts are parsed lazily, so malformed XML (SyntaxError from lxml) can surface here too.
        for paragraph in document.paragraphs:
            content = paragraph.text.strip()
            if not content:
                continue
            style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
            if style.startswith("heading") or style == "title":
                headings.append((content, len(text)))
            text += content + "\n"
        core_title = document.core_properties.title
    except (zipfile.BadZipFile, KeyError, ValueError, SyntaxError, PackageNotFoundError) as exc:
        raise InputError(f"corrupt or unreadable DOCX ({type(exc).__name__})") from None
    title = (core_title or "").strip() or next((n for n, _ in headings), _title_from_text(text, rel))
    return LoadResult([_plain_document(rel, text, title, "docx", sections_from_headings(text, headings) if headings else None)])


def _corpus_record(obj: Any, where: str) -> Document:
    """A ``{"id", "title", "text", "metadata"}`` record (the corpus JSONL format), checked
    field by field so a bad record is refused here, never half-written later."""
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected an object with id and text")
    doc_id, text = obj.get("id"), obj.get("text")
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
        raise InputError(f"{where}: missing 'id'")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: missing or empty 'text'")
    try:
        doc_id = scalar_text(doc_id, "id")
        title = scalar_text(obj["title"], "title") if obj.get("title") not in (None, "") else ""
        meta = {"kind": "record", **clean_metadata(obj.get("metadata"))}
    except InputError as exc:
        raise InputError(f"{where}: {exc.message}") from None
    text = text.replace("\r\n", "\n")
    # An untitled record stays untitled: its id is not a title, and embedding it as one puts
    # noise in every chunk's vector (shown as its id in the app instead).
    return Document(doc_id=doc_id, text=text, title=title, metadata=meta)


@text_loader
def load_jsonl(text: str, rel: str) -> LoadResult:
    """One document per line; a broken line is reported with its number and skipped."""
    result, seen = LoadResult(), set()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            result.errors.append(LoadError(rel, f"invalid JSON ({exc.msg} at column {exc.colno})", number))
            continue
        except RecursionError:
            result.errors.append(LoadError(rel, "invalid JSON (nested too deeply)", number))
            continue
        try:
            doc = _corpus_record(obj, "record")
        except InputError as exc:
            result.errors.append(LoadError(rel, exc.message.replace("record: ", ""), number))
            continue
        if doc.doc_id in seen:
            result.errors.append(LoadError(rel, f"duplicate id {doc.doc_id!r}", number))
            continue
        seen.add(doc.doc_id)
        doc.line = number
        result.documents.append(doc)
    if not result.documents and not result.errors:
        raise InputError("no records in file")
    return result


def medrbench_document(pmcid: str, record: dict[str, Any]) -> Document:
    """A MedR-Bench case: the article text, then its structured case summary as a section."""
    raw = str(record.get("raw_case") or "").strip()
    if not raw:
        raise InputError(f"case {pmcid}: empty raw_case")
    summary = str((record.get("generate_case") or {}).get("case_summary") or "").strip()
    text = raw + ("\n\nStructured case summary\n\n" + summary if summary else "") + "\n"
    title = raw.split("\n", 1)[0].strip()[:300] or pmcid  # whole titles: search reads their last words
    received = str(record.get("receive_time") or "")
    metadata = {
        "kind": "case-report",
        "case_id": pmcid,
        "diagnoses": sorted({str(d).lower() for d in record.get("checked_rare_disease") or []}),
        "categories": sorted({str(c) for c in (record.get("disorder_category") or []) + (record.get("body_category") or [])}),
        "source": f"PubMed Central {pmcid} via MedR-Bench",
    }
    if received[:4].isdigit():
        metadata["year"] = int(received[:4])
    return Document(doc_id=pmcid, text=text, title=title, metadata=metadata)


@text_loader
def load_json(text: str, rel: str) -> LoadResult:
    """MedR-Bench cases, a treatment record, or a list of corpus records, by shape."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg})", line=exc.lineno) from None
    except RecursionError:
        raise InputError("invalid JSON (nested too deeply)") from None
    if isinstance(obj, dict) and obj and all(isinstance(v, dict) and "raw_case" in v for v in obj.values()):
        result = LoadResult()
        for pmcid, record in obj.items():
            try:
                result.documents.append(medrbench_document(str(pmcid), record))
            except InputError as exc:
                result.errors.append(LoadError(rel, exc.message))
        return result
    if isinstance(obj, dict) and isinstance(obj.get("courses"), list):
        return load_treatment_rows(obj["courses"], rel, case_id=obj.get("case_id"))
    if isinstance(obj, list) and obj and all(isinstance(r, dict) for r in obj):
        if all(("phase" in r or "course" in r) for r in obj):
            return load_treatment_rows(obj, rel)
        if all("text" in r for r in obj):
            return LoadResult([_corpus_record(r, f"record {i + 1}") for i, r in enumerate(obj)])
    raise InputError(
        "unrecognised JSON shape: expected MedR-Bench cases, a treatment record "
        "(a list of courses or {case_id, courses}), or a list of {id, title, text, metadata}"
    )


@text_loader
def load_csv(text: str, rel: str) -> LoadResult:
    return load_treatment_csv(text, rel)


LOADERS: dict[str, Callable[[bytes, str], LoadResult]] = {
    ".txt": load_txt,
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".json": load_json,
    ".jsonl": load_jsonl,
    ".csv": load_csv,
}


def load_file(path: Path, rel: str, max_bytes: int) -> LoadResult:
    """Load one file; every failure becomes a LoadError naming ``rel`` (and the line)."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        return LoadResult(errors=[LoadError(rel, f"unsupported file type {path.suffix or '(none)'}; supported: {', '.join(SUPPORTED_SUFFIXES)}")])
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return LoadResult(errors=[LoadError(rel, f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit, index.max_file_mb)")])
        data = path.read_bytes()
        return loader(data, rel)
    except InputError as exc:
        return LoadResult(errors=[LoadError(rel, exc.message, exc.line)])
    except OSError as exc:
        return LoadResult(errors=[LoadError(rel, f"cannot read file ({exc.strerror or exc})")])
    except Exception as exc:  # noqa: BLE001 - a file a library chokes on must not abort the whole sync
        return LoadResult(errors=[LoadError(rel, f"cannot load file ({type(exc).__name__}: {str(exc)[:120]})")])
