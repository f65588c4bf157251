"""Simple filter tags (diagnoses, drugs, year) read off a document's text.

A small curated vocabulary, weighted to hematology and oncology, is enough for the
filters a clinician reaches for ("only AML cases", "cases given rituximab"); it is
not coding (no ICD/RxNorm), and the docs say so.
"""

from __future__ import annotations

import re

# label -> (long form, matched case-insensitively; acronym, matched case-sensitively)
DIAGNOSES: dict[str, tuple[str, str | None]] = {
    "acute lymphoblastic leukemia": (r"acute lymphoblastic leuka?emia", r"\bB-ALL\b|\bT-ALL\b|\bALL\b(?= (?:in|relapse|onset|patients?)\b)"),
    "acute myeloid leukemia": (r"acute myeloid leuka?emia", r"\bAML\b"),
    "acute promyelocytic leukemia": (r"acute promyelocytic leuka?emia", r"\bAPL\b"),
    "chronic myeloid leukemia": (r"chronic myeloid leuka?emia", r"\bCML\b"),
    "chronic lymphocytic leukemia": (r"chronic lymphocytic leuka?emia", r"\bCLL\b"),
    "multiple myeloma": (r"multiple myeloma", None),
    "plasmacytoma": (r"plasmacytoma", None),
    "hodgkin lymphoma": (r"(?<!non-)hodgkin(?:'s)? lymphoma", None),
    "non-hodgkin lymphoma": (r"non-hodgkin(?:'s)? lymphoma", None),
    "diffuse large b-cell lymphoma": (r"diffuse large b-cell lymphoma", r"\bDLBCL\b"),
    "large b-cell lymphoma": (r"large b-cell lymphoma", None),
    "malt lymphoma": (r"malt lymphoma|mucosa-associated lymphoid tissue", None),
    "t-cell lymphoma": (r"t-cell lymphoma", r"\bAITL\b"),
    "lymphoma": (r"lymphoma", None),
    "leukemia": (r"leuka?emia", None),
    "myelodysplastic syndrome": (r"myelodysplastic", r"\bMDS\b"),
    "myeloproliferative neoplasm": (r"myeloproliferative|polycythemia vera|essential thrombocytha?emia|myelofibrosis", None),
    "immune thrombocytopenia": (r"immune thrombocytop[a-z]*", r"\bITP\b"),
    "thrombotic thrombocytopenic purpura": (r"thrombotic thrombocytopenic purpura", r"\bTTP\b"),
    "hemolytic-uremic syndrome": (r"ha?emolytic[- ]ura?emic syndrome", r"\ba?HUS\b"),
    "hemophagocytic lymphohistiocytosis": (r"ha?emophagocytic lymphohistiocytosis", r"\bHLH\b"),
    "aplastic anemia": (r"aplastic ana?emia", None),
    "hemolytic anemia": (r"ha?emolytic ana?emia", None),
    "sickle cell disease": (r"sickle cell", None),
    "thalassemia": (r"thalassa?emia", None),
    "hemophilia": (r"ha?emophilia", None),
    "disseminated intravascular coagulation": (r"disseminated intravascular coagulation", r"\bDIC\b"),
    "venous thromboembolism": (r"venous thromboembolism|deep vein thrombosis|pulmonary embolism", r"\bDVT\b"),
    "amyloidosis": (r"amyloidosis", None),
    "histiocytosis": (r"histiocytosis", None),
    "sepsis": (r"\bsepsis\b|septic shock", None),
    "tuberculosis": (r"tuberculosis", None),
    "covid-19": (r"covid-19|sars-cov-2", None),
    "breast cancer": (r"breast (?:cancer|carcinoma)", None),
    "lung cancer": (r"lung (?:cancer|adenocarcinoma|carcinoma)|non-small cell lung", None),
    "colorectal cancer": (r"colorectal (?:cancer|carcinoma)|colon (?:cancer|adenocarcinoma)", None),
    "cholangiocarcinoma": (r"cholangiocarcinoma", None),
    "hepatocellular carcinoma": (r"hepatocellular carcinoma", None),
    "melanoma": (r"melanoma", None),
    "sarcoma": (r"sarcoma", None),
    "glioma": (r"glioma|glioblastoma", None),
}

DRUGS = """
blinatumomab inotuzumab methotrexate cytarabine dexamethasone prednisone prednisolone
methylprednisolone hydrocortisone vincristine daunorubicin doxorubicin idarubicin
cyclophosphamide ifosfamide etoposide asparaginase pegaspargase mercaptopurine
thioguanine fludarabine bendamustine chlorambucil busulfan melphalan carboplatin cisplatin
oxaliplatin gemcitabine capecitabine fluorouracil paclitaxel docetaxel irinotecan
rituximab obinutuzumab brentuximab daratumumab bortezomib carfilzomib lenalidomide
pomalidomide thalidomide imatinib dasatinib nilotinib ponatinib bosutinib ibrutinib
acalabrutinib zanubrutinib venetoclax azacitidine decitabine hydroxyurea ruxolitinib
midostaurin gilteritinib sorafenib all-trans retinoic acid tretinoin arsenic trioxide
eculizumab ravulizumab caplacizumab romiplostim eltrombopag avatrombopag
immunoglobulin ivig tacrolimus cyclosporine mycophenolate sirolimus tocilizumab
alemtuzumab emicizumab heparin enoxaparin warfarin apixaban rivaroxaban dabigatran
alteplase tranexamic acid filgrastim pembrolizumab nivolumab ipilimumab atezolizumab
trastuzumab bevacizumab cetuximab erlotinib osimertinib vancomycin meropenem
piperacillin ceftriaxone amoxicillin azithromycin levofloxacin ciprofloxacin
metronidazole linezolid doxycycline trimethoprim voriconazole posaconazole
amphotericin fluconazole caspofungin acyclovir valacyclovir ganciclovir oseltamivir
remdesivir rifampicin isoniazid insulin metformin
""".split()

_MULTIWORD_DRUGS = ["all-trans retinoic acid", "arsenic trioxide", "tranexamic acid"]
_DRUG_WORDS = [d for d in DRUGS if d not in {w for m in _MULTIWORD_DRUGS for w in m.split()}]
# Long forms are matched against the lowercased text (one lower() per document instead
# of a case-insensitive scan per pattern: several times faster on long reports).
_DIAGNOSIS_RES = {
    label: (re.compile(long_form), re.compile(acronym) if acronym else None)
    for label, (long_form, acronym) in DIAGNOSES.items()
}
_YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


_SINGLE_DRUGS = frozenset(_DRUG_WORDS)
_WORD = re.compile(r"[a-z][a-z-]+")


def find_drugs(text: str) -> list[str]:
    """Drugs named in the text, lowercase, sorted (a set lookup per word: fast on long reports)."""
    lowered = text.lower()
    found = set(_SINGLE_DRUGS.intersection(_WORD.findall(lowered)))
    found.update(m for m in _MULTIWORD_DRUGS if m in lowered)
    return sorted(found)


def find_diagnoses(text: str) -> list[str]:
    """Diagnosis labels whose pattern occurs in the text, sorted."""
    lowered = text.lower()
    return sorted(
        label
        for label, (long_form, acronym) in _DIAGNOSIS_RES.items()
        if long_form.search(lowered) or (acronym is not None and acronym.search(text))
    )


def find_year(text: str) -> int | None:
    """The latest plausible year mentioned: for a case report that is close to its publication year."""
    years = [int(y) for y in _YEAR_RE.findall(text)]
    return max(years) if years else None


TAGS_VERSION = "1"


def tag_document(text: str, year: int | None = None) -> dict[str, object]:
    """Metadata tags for filters; an explicit year (from the source record) wins over the text."""
    return {"diagnoses": find_diagnoses(text), "drugs": find_drugs(text), "year": year or find_year(text) or 0}


def _values(given: object) -> set[str]:
    """Loader-given tags as a set: a single value (a string in JSONL metadata) is one tag, not its letters."""
    values = given if isinstance(given, (list, tuple, set)) else [given]
    return {str(v) for v in values if v is not None and str(v).strip()}


def enrich(metadata: dict, text: str) -> dict:
    """Metadata with tags merged in: loader-given diagnoses/drugs/year are kept and extended.

    Run only on documents that are (re)indexed, so an unchanged re-sync never pays for it.
    """
    tags = tag_document(text, int(metadata["year"]) if str(metadata.get("year", "")).isdigit() and int(metadata["year"]) else None)
    out = dict(metadata)
    out["diagnoses"] = sorted(set(tags["diagnoses"]) | _values(metadata.get("diagnoses")))
    out["drugs"] = sorted(set(tags["drugs"]) | _values(metadata.get("drugs")))
    out["year"] = tags["year"]
    return out
