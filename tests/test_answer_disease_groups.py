"""Questions asked by a kind of disease ("the primary liver cancers", "a germ cell tumour",
"vasculitis"): the group's member diagnoses are its terms, a phrase naming one member asks for
that member only ("giant cell arteritis"), the question's other words qualify the group as they
do a diagnosis ("pancreatic neuroendocrine tumours"), and the guards keep tests and other
meanings out. The shipped-index cases below were found by grepping the corpus for every member
and reading each hit (benchmarks/sets/disease_groups.jsonl)."""

from __future__ import annotations

import re

import pytest

from assistant.answer.across import AcrossCasesAnswerer
from assistant.answer.mentions import find_mention
from assistant.answer.subjects import subject_groups, subject_label
from assistant.text.concepts import CONCEPTS
from assistant.text.disease_groups import DISEASE_GROUPS


def _label(question: str) -> str:
    return subject_label(subject_groups(question)[0])


def _finds(question: str, text: str) -> bool:
    return find_mention(text, subject_groups(question)[0], lambda term, short: True) is not None


@pytest.mark.parametrize("question, member", [
    ("Compare how the primary liver cancers were treated.", "A congenital hepatoblastoma was confirmed on biopsy."),
    ("Compare how the primary liver cancers were treated.", "Intrahepatic cholangiocarcinoma was treated with SIRT."),
    ("Which patients had a germ cell tumour?", "Histology confirmed a malignant yolk sac tumor."),
    ("Which patients had a germ cell tumor?", "A left ovarian dysgerminoma was resected."),
    ("List the vascular tumours.", "Biopsy confirmed hemangiopericytoma."),
    ("List the vascular tumours.", "A lobular capillary haemangioma of the lip."),
    ("How many patients had a neuroendocrine tumour?", "A right adrenal phaeochromocytoma was removed."),
    ("Which patients had gestational trophoblastic disease?", "Ultrasound suggested a complete hydatidiform mole."),
    ("Which patients had vasculitis?", "She was diagnosed with granulomatosis with polyangiitis."),
    ("Which patients had congenital heart disease?", "Echocardiography showed tetralogy of Fallot."),
    ("Which patients had an autoimmune disease?", "She had systemic lupus erythematosus."),
    ("Which patients had a haematological malignancy?", "He was treated for diffuse large B-cell lymphoma."),
    ("Which patients had a parasitic infection?", "Stool microscopy showed Strongyloides larvae; strongyloidiasis was treated."),
    ("Which patients had a zoonosis?", "Serology confirmed brucellosis."),
    ("Which patients had a fungal infection?", "BAL grew Aspergillus; invasive aspergillosis was treated."),
    ("Which patients had a mycobacterial infection?", "Cultures grew Mycobacterium abscessus."),
    ("Which patients had a congenital anomaly of the kidney?", "Ultrasound showed a left multicystic dysplastic kidney."),
    ("Which patients had inflammatory bowel disease?", "She had Crohn's disease since age 12."),
    ("Which patients had head and neck cancer?", "A 58-year-old male with squamous cell carcinoma of the floor of mouth."),  # "and" joins the name
])
def test_a_group_question_reads_its_members(question, member):
    assert _label(question) in DISEASE_GROUPS, question
    assert _finds(question, member)


def test_a_member_asked_by_name_is_that_member_only():
    assert _label("Which patients had giant cell arteritis?") not in DISEASE_GROUPS
    assert _label("Which patients had IgA vasculitis?") not in DISEASE_GROUPS
    assert _label("Which patients had mycosis fungoides?") != "fungal infection"
    assert _label("Which patients had hepatocellular carcinoma?") == "hepatocellular carcinoma"
    assert _label("Which patients had a sarcoma?") == "sarcoma" and _label("Which patients had a soft tissue sarcoma?") == "soft tissue sarcoma"
    assert _label("Which patients got antifungal therapy?") == "antifungal"


def test_the_other_words_of_the_question_qualify_the_group():
    terms = subject_groups("Which patients had a pancreatic neuroendocrine tumour?")[0]
    assert subject_label(terms) == "neuroendocrine tumor" and all(t.qualifiers for t in terms)
    assert not any(t.qualifiers for t in subject_groups("Compare how the primary liver cancers were treated.")[0])


@pytest.mark.parametrize("question, kept, dropped", [
    ("Which patients had an autoimmune disease?", "She was treated for lupus nephritis.", "The lupus anticoagulant was positive."),
    ("Which patients had a neuroendocrine tumour?", "Biopsy showed small cell carcinoma of the lung.", "Biopsy showed non-small cell carcinoma."),
    ("Which patients had a germ cell tumour?", "The testicular mass was a choriocarcinoma.", "Placental histology showed an intraplacental choriocarcinoma."),
    ("Which patients had a fungal infection?", "Oral candidiasis was treated.", "Skin biopsy confirmed mycosis fungoides."),
    ("Which patients had a congenital anomaly of the kidney?", "A left ectopic kidney was seen.", "The transplanted ectopic kidney was spared."),
    ("Which patients had a zoonosis?", "Rabies was confirmed at autopsy.", "Post-exposure rabies vaccination was given after the dog bite."),
    ("Which patients had a zoonosis?", "He was treated for bubonic plague.", "She had been plagued by headaches."),
])
def test_group_guards_keep_other_meanings_out(question, kept, dropped):
    assert _finds(question, kept) and not _finds(question, dropped)


def test_every_group_is_a_concept_tried_first():
    names = list(CONCEPTS)
    assert names[: len(DISEASE_GROUPS)] == list(DISEASE_GROUPS) and len(DISEASE_GROUPS) >= 30
    for name, g in DISEASE_GROUPS.items():
        assert g.keys and g.members and all(k == k.lower() for k in g.keys), name
        assert not set(g.keys) & {"leukemia", "lymphoma", "sarcoma", "glioma", "lung cancer"}, name  # heads the vocabulary groups
        if g.exclude:
            re.compile(g.exclude)
    assert {"germ cell tumor", "germ cell tumour"} <= set(DISEASE_GROUPS["germ cell tumor"].keys)  # both spellings


# -- on the shipped index -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def across(shipped):
    return AcrossCasesAnswerer(shipped.retriever, shipped.document_texts)


def _cases(across, question):
    return {c.case_id for c in across.answer(question).cases}


def test_tumour_groups_on_the_shipped_cases(across):
    liver = _cases(across, "Compare how the primary liver cancers were treated.")
    assert {"PMC11431636", "PMC11456881", "PMC11570109"} <= liver  # cholangiocarcinoma, hepatoblastoma, HCC
    assert not liver & {"PMC11439622", "PMC11456792", "PMC11513519"}  # literature table, differential, general statement
    germ = _cases(across, "Which patients had a germ cell tumour?")
    assert {"PMC11488400", "PMC11541951"} <= germ  # yolk sac tumour, mature cystic teratoma
    assert not germ & {"PMC11544788", "PMC11525124", "PMC11396497"}  # gestational choriocarcinoma, differentials
    vascular = _cases(across, "List the patients with a vascular tumour.")
    assert {"PMC11364916", "PMC11452711", "PMC11503393"} <= vascular


def test_other_groups_on_the_shipped_cases(across):
    vasculitis = _cases(across, "Which patients had vasculitis?")
    assert {"PMC11509864", "PMC11513519", "PMC11585469"} <= vasculitis  # GPA, ANCA vasculitis, Behcet
    assert not vasculitis & {"PMC11479900", "PMC11614507"}  # negated, differential
    assert _cases(across, "How many patients had inflammatory bowel disease?") == {"PMC11483286", "PMC11491600", "PMC11614595"}
    assert {"PMC11414668", "PMC11635708"} <= _cases(across, "Which patients had a congenital anomaly of the kidney?")
