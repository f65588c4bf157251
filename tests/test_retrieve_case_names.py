"""A question naming one case by description ("the AML case", "the ITP patient") is searched
in that case alone: pure tests of ``retrieve.case_names`` and, on the shipped corpus, the
answers it changes (the AML case's karyotype is not the Down-syndrome boy's)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from assistant.retrieve.case_names import CaseNames, DocNames, naming_terms, possessed_terms, without_names


@dataclass
class Record:
    doc_id: str
    case_id: str
    title: str
    diagnoses: list[str] = field(default_factory=list)
    drugs: list[str] = field(default_factory=list)


RECORDS = [
    Record("aml", "c-aml", "Acute Myeloid Leukemia as a Trigger for Hemolytic–Uremic Syndrome", ["acute myeloid leukemia"], ["eculizumab"]),
    Record("itp", "c-itp", "A case report of refractory immune thrombocytopenia", ["immune thrombocytopenia"], ["rituximab"]),
    Record("down", "c-down", "Atypical motor development in a patient with the mosaic form of Down syndrome", ["down syndrome"]),
    Record("thigh", "c-thigh", "Intramuscular Hydatid Cyst of the Thigh: A Rare Presentation in an Elderly Patient", ["cystic echinococcosis"]),
    Record("thigh2", "c-thigh2", "Primary intermuscular hydatid cyst of the thigh", ["cystic echinococcosis"]),
    Record("adrenal", "c-adrenal", "Primary adrenal hydatid cyst: A rare entity", ["cystic echinococcosis"]),
    Record("tsc", "c-tsc", "Uterine lymphangioleiomyomatosis in a woman with tuberous sclerosis", ["tuberous sclerosis"]),
    Record("mers-paper", "mers-paper", "Middle East respiratory syndrome coronavirus in dromedary camels"),  # a paper: its own case id
]
TEXTS = {
    "aml": "A 54-year-old woman was admitted with fever.",
    "thigh": "A 71-year-old man presented with a painless swelling of the thigh.",
    "thigh2": "A 34-year-old man noticed a swelling of the right thigh.",
    "itp": "She was diagnosed with immune thrombocytopenic purpura (ITP) two years ago.",
    "tsc": "CT showed bilateral renal angiomyolipomas (AML).",  # AML here is no leukemia, and not in the title
    "mers-paper": "Middle East respiratory syndrome (MERS) was first reported in 2012.",
}
NAMES = CaseNames.of(DocNames.of(r, TEXTS.get(r.doc_id, "")) for r in RECORDS)


@pytest.mark.parametrize(
    "question, case",
    [
        ("What was the karyotype in the AML case?", "c-aml"),  # the title's acronym, not the angiomyolipoma
        ("When was the ITP patient splenectomized?", "c-itp"),  # a short form the case's text defines
        ("What was the karyotype of the patient with Down syndrome?", "c-down"),  # "Down" is a name, not a stop word
        ("How large was the cyst of the 71-year-old patient with the hydatid cyst of the thigh?", "c-thigh"),
        ("Which eltrombopag dose did the young woman with refractory ITP receive?", "c-itp"),  # an age group names no case
        ("How large was the swelling of the 34-year-old man with the hydatid cyst of the thigh?", "c-thigh2"),  # the age tells two apart
        ("What was the creatinine of the 54-year-old woman with AML?", "c-aml"),  # the age names no case
        ("What did the patient on eculizumab develop?", "c-aml"),  # a drug tag
        ("Which mutation did the woman with acute myeloid leukaemia carry?", "c-aml"),  # British spelling; "carry" asks
        ("How large was the swelling of the elderly man with the hydatid cyst of the thigh?", "c-thigh"),  # an age group tells two apart
        ("How large was the swelling of the young man with the hydatid cyst of the thigh?", "c-thigh2"),
    ],
)
def test_a_described_case_is_named(question, case):
    assert NAMES.matching(question) == [case]


@pytest.mark.parametrize(
    "question",
    [
        "What was the size of the hydatid cyst in the patient?",  # three hydatid cyst cases fit: none is named
        "How large was the cyst of the man with the hydatid cyst of the thigh?",  # two fit
        "Was the patient transplanted?",  # no description
        "What was the MRD status after cycle 1?",
        "What was the platelet count of the patient with lupus?",  # a description no case has
        "What was the fatality rate in the case of MERS?",  # a paper is no patient
    ],
)
def test_no_case_or_several_is_no_name(question):
    assert len(NAMES.matching(question)) != 1  # none, or several: no one case is named


def test_a_paper_is_named_only_when_it_is_a_case_record():
    as_case = CaseNames.of([DocNames.of(Record("mers-paper", "mers-case", RECORDS[-1].title), TEXTS["mers-paper"])])
    assert as_case.matching("What was the fatality rate in the case of MERS?") == ["mers-case"]  # the same words name a case record


def test_a_woman_is_not_named_by_a_mans_title():
    records = [
        Record("whipple-man", "c-man", "Duodenal GIST treated with the Whipple procedure in a young man"),
        Record("whipple-woman", "c-woman", "Duodenal adenocarcinoma managed by pancreaticoduodenectomy"),
    ]
    texts = {"whipple-man": "A 30-year-old man presented with melena. He underwent a Whipple procedure; his recovery was quick.",
             "whipple-woman": "A 62-year-old woman presented with jaundice. She underwent a Whipple procedure and her recovery was slow."}
    names = CaseNames.of(DocNames.of(r, texts[r.doc_id]) for r in records)
    assert names.matching("What was the CA 19-9 of the woman who had the Whipple procedure?") == ["c-woman"]  # not him: her report says Whipple
    assert names.matching("What was the CA 19-9 of the man who had the Whipple procedure?") == ["c-man"]


def test_a_description_only_one_report_holds_names_it_when_no_title_does():
    records = [
        Record("sinusitis", "c-sinus", "Neurological and orbital complication of acute sinusitis in pediatric patient"),
        Record("rcc", "c-rcc", "Renal Cell Carcinoma Presenting As Isolated Malignant Pleural Effusion"),
        Record("hand", "c-hand", "Salvage of a circumferential injury of the hand"),
    ]
    texts = {
        "sinusitis": "A 13-year-old boy had sinusitis; MRI showed an epidural empyema. He was drained.",
        "rcc": "A 58-year-old man had a pleural effusion from renal cell carcinoma. His LENT score was 5.",
        "hand": "A 40-year-old man had a degloved hand after a machine injury. He received cefazolin.",
    }
    names = CaseNames.of(DocNames.of(r, texts[r.doc_id]) for r in records)
    assert names.matching("What was the CRP of the 13-year-old boy with the epidural empyema?") == ["c-sinus"]  # its report, not its title
    assert names.matching("What was the LENT score of the man whose renal cell carcinoma presented as a pleural effusion?") == ["c-rcc"]
    assert names.matching("Which antibiotics did the man with the degloved hand receive?") == ["c-hand"]  # "the degloved hand" describes


def test_naming_terms_stop_where_the_asked_thing_starts():
    assert naming_terms("What was the karyotype in the AML case?") == ["aml"]
    assert naming_terms("What antibiotics did the patient with Burkholderia receive at admission?") == ["burkholderia"]
    assert naming_terms("What was the creatinine in the 79-year-old woman with CML?") == ["cml"]
    assert naming_terms("What was the lymphocyte count of the 10-year-old with toxic epidermal necrolysis?") == ["toxic", "epiderm", "necrolysi"]  # an age is a noun too


def test_the_describing_words_leave_the_search_query():
    assert without_names("When was the ITP patient splenectomized?") == "When was the patient splenectomized?"
    assert without_names("What did the patient on dasatinib develop?") == "What did the patient develop?"
    assert without_names("Did the baby with congenital hepatoblastoma end up with a liver transplant?") == "Did the baby end up with a liver transplant?"
    assert without_names("What was the karyotype of the patient with Down syndrome?") == "What was the karyotype of the patient?"
    assert without_names("Was the woman with tongue cancer and a congenital syndrome a smoker?") == "Was the woman a smoker?"  # "a smoker" is asked
    assert without_names("Did the woman with the recurrent TCF3::BEND2 tumour die?") == "Did the woman die?"  # "::" joins one name
    assert without_names("Which tooth was extracted before the woman with FCOD came in with jaw pain?") == "Which tooth was extracted before the woman came in with jaw pain?"
    assert without_names("Were the blood tests of the woman with the high frenum abnormal?") == "Were the blood tests of the woman abnormal?"
    assert without_names("Was the woman with tongue cancer on a blood thinner?") == "Was the woman on a blood thinner?"


# -- on the shipped corpus ---------------------------------------------------------------


def test_a_detail_the_named_case_lacks_is_not_taken_from_another_case(shipped):
    answer = shipped.ask("What was the karyotype in the AML case?")
    assert answer.filters.get("case_id") == "PMC11547072"
    assert any("Acute Myeloid Leukemia as a Trigger" in n for n in answer.notices)
    assert all(c.case_id == "PMC11547072" for c in answer.citations)  # never the Down-syndrome boy's "47, XY+21"
    assert answer.abstained and "Acute Myeloid Leukemia as a Trigger" in answer.answer


def test_the_named_case_answers_with_the_sentence_that_answers(shipped):
    answer = shipped.ask("When was the ITP patient splenectomized?")
    assert answer.citations and answer.citations[0].case_id == "PMC11648237"
    assert "two months after hospital admission" in answer.citations[0].quote


def test_a_question_naming_a_case_overrides_the_case_in_focus(shipped):
    first = shipped.ask("What dose of eculizumab was given to the woman with AML-triggered HUS?")
    assert first.focus_case == "PMC11547072"
    second = shipped.ask("What about the ITP patient, when was she splenectomized?", history=[first])
    assert second.filters.get("case_id") == "PMC11648237"
    assert "two months after hospital admission" in second.citations[0].quote


def test_a_word_many_reports_hold_names_no_case(shipped):
    # One title says "pregnant patient"; 29 reports mention a pregnancy, the brodifacoum one among them.
    question = "What blood brodifacoum concentration was measured in the pregnant woman?"
    assert not shipped.retriever.case_names().matching(question)  # the words name no case ...
    answer = shipped.ask(question)  # ... the question's search does: the brodifacoum report holds its best passages
    assert not answer.abstained and "ng/mL" in answer.short_answer


def test_a_description_several_cases_fit_is_answered_as_before_and_says_so(shipped):
    answer = shipped.ask("What antibiotics did the patient with Burkholderia receive?")  # thailandensis and pseudomallei
    assert not answer.filters.get("case_id")
    notice = next(n for n in answer.notices if "cases fit" in n)
    assert notice.startswith("2 cases fit") and "Burkholderia thailandensis" in notice and "Burkholderia pseudomallei" in notice


def test_a_new_generation_reads_only_the_records_that_changed(tmp_path, embedder):
    from assistant.index.sync import sync
    from assistant.pipeline import Assistant
    from tests.conftest import make_settings

    folder = tmp_path / "records"
    folder.mkdir()
    record = "---\ncase_id: {id}\ntitle: {title}\n---\n{title}\n\nCase presentation\n\n{body}\n"
    (folder / "okapi.md").write_text(record.format(id="okapi", title="Okapi keeper with zoonotic brucellosis", body="A 41-year-old keeper had fever; blood cultures grew Brucella."), encoding="utf-8")
    settings = make_settings(tmp_path / "index")
    assert not sync([folder], settings, embedder=embedder).errors
    assistant = Assistant(settings, embedder=embedder)
    assert assistant.named_case("What did the blood cultures of the brucellosis patient grow?")[0][0] == "okapi"
    ((_, first),) = assistant.retriever._doc_names.values()  # the one record's part
    (folder / "lemur.md").write_text(record.format(id="lemur", title="Lemur handler with psittacosis", body="A 29-year-old handler had pneumonia."), encoding="utf-8")
    assert not sync([folder], settings, embedder=embedder).errors
    assistant.retriever.refresh()
    assert assistant.named_case("Which antibiotic did the psittacosis patient receive?")[0][0] == "lemur"
    assert any(part is first for _, part in assistant.retriever._doc_names.values())  # the unchanged record was not read again


def test_a_rare_description_that_one_title_and_another_report_hold_names_both():
    records = [
        Record("sih", "c-sih", "Spontaneous Intracranial Hypotension and Dural Ectasia in Marfan Syndrome"),
        Record("lvad", "c-lvad", "Left ventricular assist device thrombosis in a young woman"),
        *RECORDS,
    ]
    texts = {**TEXTS, "sih": "A 52-year-old woman with Marfan syndrome had headaches.",
             "lvad": "A 38-year-old woman with Marfan syndrome had an LVAD implanted."}
    names = CaseNames.of(DocNames.of(r, texts.get(r.doc_id, "")) for r in records)
    assert names.matching("What was the INR of the woman with Marfan syndrome?") == ["c-lvad", "c-sih"]
    assert names.matching("What was the INR of the woman with the LVAD and Marfan syndrome?") == ["c-lvad"]
    assert names.matching("What was the karyotype in the AML case?") == ["c-aml"]  # an acronym is never widened


def test_a_patient_called_by_an_occupation_or_an_age_is_described():
    assert naming_terms("What was the EF on echo in the farmer with melioidosis?") == ["melioidosi"]


def test_a_possessive_or_a_past_verb_describes_the_patient():
    from assistant.retrieve.case_names import asked_ages

    # "the 37-year-old woman's gallbladder wall": what is hers names her, and so does her age.
    question = "How big was the ectopic pancreatic nodule in the 37-year-old woman's gallbladder wall?"
    assert possessed_terms(question) == ["gallbladd", "wall"] and asked_ages(question) == {"37 year"}
    assert asked_ages("On what date did the 32-year-old surgeon's ankle pain begin?") == {"32 year"}
    # "the 53-year-old who fainted on the toilet": the verb is the description, and leaves the query.
    question = "What was the ejection fraction on the echo of the 53-year-old who fainted on the toilet?"
    assert naming_terms(question) == ["faint"] and asked_ages(question) == {"53 year"}
    assert without_names(question) == "What was the ejection fraction on the echo of the 53-year-old on the toilet?"
    # An event told by an irregular past ("who fell"), and an obstetric patient ("the G3P0020").
    assert naming_terms("Was the 24-year-old man who fell from a train taken to theatre?")[:2] == ["fell", "train"]
    assert naming_terms("Did the 29-year-old G3P0020 with the first-trimester ectopia cordis smoke?") == ["trimest", "ectopia", "cordi"]
    assert naming_terms("Was the AVM embolised in the woman who kept bleeding?") == []  # "kept" takes a complement: no description


def test_a_patient_named_by_occupation_is_described():
    assert without_names("What was the BMI of the surgeon with proximal peroneal tendinopathy?") == "What was the BMI of the surgeon?"
    assert "tendinopathi" in naming_terms("What was the BMI of the surgeon with proximal peroneal tendinopathy?")


def test_a_description_no_title_holds_names_the_case_its_search_finds(shipped):
    # No title, tag or record holds "big" "baby" "hyperinsulinism" all together: the question's
    # own search gives all but one of its best passages to one case record.
    question = "What starting dose of diazoxide was the big baby with hyperinsulinism given?"
    assert not shipped.retriever.case_names().matching(question)
    assert [(n.case_id, n.searched) for n in shipped.named_case(question)] == [("PMC11484256", True)]
    assert shipped.named_case("Which patients had intravascular leiomyomatosis?") == []  # a list names no case


def test_the_verb_after_a_description_is_no_part_of_it(shipped):
    # "lose" ends the description: the woman's age and her disease name her case.
    question = "How much blood did the 47-year-old woman with intravascular leiomyomatosis lose during the operation?"
    assert shipped.retriever.case_names().matching(question) == ["PMC11429645"]
    answer = shipped.ask(question)
    assert answer.notices and answer.notices[0].startswith("Read as about the case the question names")
    assert "700 ml" in answer.answer and not answer.abstained


def test_a_description_one_word_astray_names_the_one_record_holding_the_rest(shipped):
    # "taught" is what is asked, caught in the description, and the report says "periodontal
    # pockets" nowhere near "deep": only one record holds "deep", "gum" and "pocket".
    question = "What toothbrushing technique was the 36-year-old woman with deep gum pockets taught?"
    names = shipped.retriever.case_names()
    assert names.matching(question) == [] and names.nearly_matching(question) == ["PMC11434143"]
    assert [n.case_id for n in shipped.named_case(question)] == ["PMC11434143"]
    assert names.nearly_matching("Which drug did the man with HHT and asthma and gout take?") == []  # two words astray


def test_the_words_after_the_description_are_still_asked():
    assert without_names("Was the preemie with generalized arterial calcification sent home on aspirin?") == "Was the preemie sent home on aspirin?"
    assert without_names("Was the woman on peritoneal dialysis with peritonitis still on any steroids?") == "Was the woman still on any steroids?"



def test_a_lookup_inside_a_named_case_answers_under_the_case_threshold(shipped):
    # Every sentence of the named case is about her: its own, lower threshold decides (the
    # not-reported check still refuses a typed attribute the case never states).
    question = "What induction chemotherapy did the woman with AML and hemolytic-uremic syndrome receive?"
    answer = shipped.ask(question)
    settings = shipped.settings.answer
    assert settings.case_abstain_threshold <= answer.evidence_score < settings.abstain_threshold
    assert not answer.abstained and "azacitidine and venetoclax" in answer.answer


def test_an_age_in_words_names_the_patient():
    from assistant.retrieve.case_names import asked_ages
    from assistant.retrieve.compare_names import named_patients

    # from user_audit21/22 once read: "two-and-a-half-year-old" is one patient, not two, and an age
    question = ("Compare what the 68-year-old woman with the optic nerve glioblastoma and the two-and-a-half-year-old boy with the COL4A1 "
                "mutation were first thought to have.")
    assert named_patients(question) == ["the 68-year-old woman with the optic nerve glioblastoma", "the two-and-a-half-year-old boy with the COL4A1 mutation"]
    assert asked_ages("Did anyone in the family of the three-week-old girl with lipoid CAH lose a newborn?") == {"3 week"}
    assert without_names("Did the eye examination of the two-and-a-half-year-old boy with the COL4A1 mutation find cataracts?") == \
        "Did the eye examination of the boy find cataracts?"


def test_what_is_asked_of_a_described_patient_follows_the_description():
    from assistant.retrieve.case_names import asked_of_patient

    assert asked_of_patient("Did the man with HCC and a colorectal liver metastasis drink alcohol?").strip() == "drink alcohol?"
    assert asked_of_patient("Had the 28-year-old primigravida noticed a lump?").strip() == "noticed a lump?"
    assert asked_of_patient("Was the 24-year-old man who fell from a train drunk at the time?").strip() == "drunk at the time?"
    assert asked_of_patient("Which patients smoked?") is None and asked_of_patient("Did the biopsy show amyloid?") is None



def test_a_description_after_what_the_patient_has_and_in_organ_words(shipped):
    # stop 26, from user_audit23 once read: "the <disease> of the <patient>" describes her as "the
    # <patient> with the <disease>" does; a report's "buccal" is the question's "cheek", and
    # "inside" says where, naming nothing
    question = "What TNM stage did the authors give the urethral clear cell adenocarcinoma of the 42-year-old woman?"
    assert [n.case_id for n in shipped.named_case(question)] == ["PMC11626717"]
    question = "Did the 51-year-old man with the swelling inside his cheek recall any injury (trauma) to the area?"
    assert [n.case_id for n in shipped.named_case(question)] == ["PMC11364916"]
