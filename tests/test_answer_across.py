"""Answers across cases on the shipped index: every matching case, one cited line each,
the count, filters honoured, and nothing from discussion-only, negated or relatives' mentions."""

from __future__ import annotations

import re

import pytest

from assistant.answer.across import AcrossCasesAnswerer, question_shape
from assistant.answer.mentions import clean_mention
from assistant.answer.phrase_grammar import form_pattern
from assistant.answer.subjects import subject_terms
from assistant.answer.draft import verify
from assistant.retrieve.filters import Filters
from assistant.models import Answer
from assistant.ui.render import cases_html

RITUXIMAB = {"PMC11509864", "PMC11602322", "PMC11614595", "PMC11648237"}


@pytest.fixture(scope="module")
def across(shipped):
    return AcrossCasesAnswerer(shipped.retriever, shipped.document_texts)


def _assert_verbatim(shipped, draft):
    texts = shipped.document_texts({c.doc_id for c in draft.citations})
    for c in draft.citations:
        assert texts[c.doc_id][c.char_start : c.char_end] == c.quote
    checked = verify(draft, texts)
    assert len(checked.cases) == len(draft.cases) and not checked.flags


def test_rituximab_list_has_every_gold_case_with_a_count(shipped, across):
    draft = across.answer("Which patients were treated with rituximab?")
    assert draft.shape == "list"
    assert {c.case_id for c in draft.cases} == RITUXIMAB
    assert draft.case_count == len(draft.cases) == len(draft.sentences) == len(draft.citations) == 4
    assert [c.n for c in draft.citations] == [1, 2, 3, 4]
    for line, (text, ns) in zip(draft.cases, draft.sentences):
        assert ns == [line.citation] and line.title and text.startswith(line.sentence[:20])
    _assert_verbatim(shipped, draft)


def test_how_many_gives_the_count(across):
    draft = across.answer("How many patients in the case records received rituximab?")
    assert draft.shape == "count" and draft.case_count == 4


def test_a_subject_no_record_mentions_gives_zero(across):
    draft = across.answer("Which cases involve tocilizumab?")
    assert draft.case_count == 0 and not draft.sentences and not draft.cases and draft.abstained


def test_drug_filter_restricts_the_cases(shipped, across):
    filtered = AcrossCasesAnswerer.for_filters(shipped.retriever, shipped.document_texts, Filters(drug="cyclophosphamide"))
    draft = filtered.answer("Which patients were treated with rituximab?")
    unfiltered = {c.case_id for c in across.answer("Which patients were treated with rituximab?").cases}
    registry = shipped.retriever.registry
    assert 0 < draft.case_count < len(unfiltered)
    for c in draft.citations:
        assert "cyclophosphamide" in {d.lower() for d in registry[c.doc_id].drugs}


def test_traps_are_not_counted(across):
    """A dexamethasone suppression test is not treatment; AML = angiomyolipoma in one case;
    relatives' deaths and a deceased donor are not the patient's death."""
    assert "PMC11469216" not in {c.case_id for c in across.answer("Which patients received dexamethasone?").cases}
    assert {c.case_id for c in across.answer("How many AML cases are in the records?").cases} == {"PMC11547072"}
    died = {c.case_id for c in across.answer("Which patients died?").cases}
    assert not died & {"PMC11395475", "PMC11570446", "PMC11608458"}


def test_a_tumour_head_finds_its_kinds(shipped, across):
    # stop 25: "sarcoma" is written "leiomyosarcoma", "angiosarcoma" ...: the chunks holding a kind are read too
    draft = across.answer("Compare how the patients with a sarcoma were treated.")
    assert {"PMC11378089", "PMC11446496", "PMC11503393"} <= {line.case_id for line in draft.cases}
    assert "leiomyosarcoma" in shipped.retriever.lexical.terms_containing("sarcoma")


def test_an_inflammation_finds_its_kinds(shipped, across):
    # stop 26: "sinusitis" is also written "rhinosinusitis"; an osteomyelitis is no myelitis
    assert "seed-blinatumomab-all" in {line.case_id for line in across.answer("Who had sinusitis?").cases}
    assert "rhinosinus" in shipped.retriever.lexical.terms_containing("sinus")
    assert not re.search(form_pattern("myelitis"), "chronic osteomyelitis of the jaw", re.I)


def test_compare_cites_one_line_per_case(shipped, across):
    draft = across.answer("Compare the outcomes of the lymphoma cases.")
    assert draft.shape == "compare" and draft.case_count == len(draft.cases) >= 2
    _assert_verbatim(shipped, draft)
    # Side by side: each case line carries its outcome sentence and that sentence's [n].
    with_outcome = [line for line in draft.cases if line.compared]
    assert len(with_outcome) >= 2
    quotes = {c.n: " ".join(c.quote.split()) for c in draft.citations}
    assert all(" ".join(line.compared.split()).rstrip(".") in quotes[line.compared_citation] for line in with_outcome)
    assert any("remission" in line.compared or "recovery" in line.compared for line in with_outcome)
    answer = Answer(question="q", answer="", abstained=False, citations=draft.citations, passages=[], cases=draft.cases, case_count=draft.case_count)
    html = cases_html(answer, turn=1)
    assert html.count('class="case-compared"') == len(with_outcome) and "Outcome:" in html


def test_compare_names_its_aspect(shipped, across):
    """"Compare the infections ..." puts each case's infection beside it, not its outcome."""
    draft = across.answer("Compare the infections reported in the leukemia and lymphoma patients.")
    seed = next(line for line in draft.cases if line.case_id == "seed-blinatumomab-all")
    assert seed.compared_label == "Infections" and "fungal pneumonia" in seed.compared
    _assert_verbatim(shipped, draft)


def test_subject_and_shape_readings():
    assert question_shape("How many patients died?") == "count"
    assert question_shape("Compare the hydatid cases.") == "compare"
    assert question_shape("Any patients with COVID-19?") == "list"
    patterns = [t.pattern for t in subject_terms("Which patients were treated with intravenous immunoglobulin (IVIG)?")]
    assert any(p.search("gamma globulin therapy") for p in patterns)
    assert not any(p.search("patients treated") for p in patterns)


@pytest.mark.parametrize(
    ("sentence", "clean"),
    [
        ("She was commenced on rituximab 500 mg IV weekly.", True),
        ("No rituximab was given.", False),
        ("Rituximab was not employed in this instance.", False),
        ("Rituximab has been reported by Smith et al. in two patients.", False),
        ("Her father received rituximab for lymphoma.", False),
    ],
)
def test_clean_mention(sentence, clean):
    match = subject_terms("Which patients received rituximab?")[0].pattern.search(sentence)
    assert clean_mention(sentence, match) is clean


@pytest.mark.parametrize(
    ("sentence", "clean"),
    [
        ("He denied any hemoptysis, shortness of breath, chest pain, cough, fevers, night sweats, or nausea.", False),
        ("He presented with cough, dyspnea, chest pain and fevers.", True),
        ("There was no rash, and she had cough, chills and fevers.", True),
    ],
)
def test_a_negation_cue_covers_its_whole_list(sentence, clean):
    match = subject_terms("Which patients had fever?")[0].pattern.search(sentence)
    assert clean_mention(sentence, match) is clean


def test_a_question_ending_in_a_full_stop_finds_the_same_cases(across):
    # "thrombocytopenia." had become the subject's spelling: one case instead of six.
    listed = across.answer("List all cases with thrombocytopenia.")
    assert listed.case_count == across.answer("Which patients had thrombocytopenia?").case_count >= 5


def test_both_intersects_and_plurals_are_read(across):
    both = {c.case_id for c in across.answer("Is there any patient who received both rituximab and cyclophosphamide?").cases}
    assert both and both <= RITUXIMAB
    assert across.answer("Who got splenectomies?").case_count == across.answer("Which patients underwent splenectomy?").case_count > 0


def test_section_filter_applies_to_the_mentions(shipped, across):
    filtered = AcrossCasesAnswerer.for_filters(shipped.retriever, shipped.document_texts, Filters(section="structured case summary"))
    draft = filtered.answer("Which patients were treated with rituximab?")
    assert {c.case_id for c in draft.cases} <= RITUXIMAB
    assert all(c.section.lower() == "structured case summary" for c in draft.citations)


def test_postings_find_every_chunk_with_a_term():
    from assistant.retrieve.lexical import LexicalIndex

    rows = [(f"d{i}::c", f"d{i}", "Case", text) for i, text in enumerate(["rituximab was given", "no drug", "Rituximab 375 mg/m2", "rituximab"] + ["filler"] * 3)]
    index = LexicalIndex.build(rows)
    assert sorted(index.postings("rituximab").tolist()) == [0, 2, 3]
    assert index.postings("absent").tolist() == []


# -- findings asked the way a clinician asks (benchmarks/sets/case_findings.jsonl) ---------------

def _cases(across, question):
    return {c.case_id for c in across.answer(question).cases}


def test_low_platelets_by_name_or_by_value(across):
    """'Low platelets' is thrombocytopenia, by its name or by a count under 150 x 10^9/L written
    with its unit; a normal count (185, 206,000) and platelet-rich plasma are not."""
    found = _cases(across, "Which patients had low platelets?")
    named = {"PMC11488400", "PMC11503393", "PMC11616425", "PMC11625102", "PMC11631872", "PMC11648237"}
    assert named | {"PMC11608958", "PMC11469216", "PMC11595504"} <= found  # 43, 95 and 114 x 10^9/L
    assert not found & {"PMC11620866", "PMC11432800", "PMC11499726", "PMC11608458"}
    assert found == _cases(across, "List all cases with thrombocytopenia.")


def test_fever_by_any_spelling_and_never_when_denied(across):
    fever = _cases(across, "Which patients had fever?")
    assert fever == _cases(across, "Which patients were febrile?") == _cases(across, "List the patients with pyrexia.")
    assert {"PMC11550105", "PMC11453286"} <= fever  # "febrile episodes"; the second patient's "evening fever"
    assert not fever & {"PMC11398847", "PMC11342857", "PMC11573436"}  # denied, afebrile, "did not report ..., including fever"
    assert "PMC11614507" not in fever  # "Rocky Mountain spotted fever" is a test in a work-up


def test_prophylaxis_is_not_the_finding(across):
    assert "PMC11366418" not in _cases(across, "Which patients had pneumonia?")  # prophylaxis against Pneumocystis pneumonia
    seizures = _cases(across, "Which patients had seizures?")
    assert not seizures & {"PMC11497857", "PMC11625102", "PMC11438519"}  # seizure prophylaxis
    assert {"PMC11413548", "PMC11595896"} <= seizures  # infantile spasms on anti-seizure drugs; convulsions
    assert "PMC11620866" not in seizures  # "as she developed seizures": Gavigan et al.'s girl, not this boy (second reader)
    assert "PMC11503393" not in _cases(across, "Which patients developed neutropenia?")  # prophylaxis of febrile neutropenia


def test_intubation_for_surgery_is_not_ventilation(across):
    ventilated = _cases(across, "Which patients needed mechanical ventilation?")
    assert {"PMC11420455", "PMC11427117", "PMC11608958", "PMC11646824"} <= ventilated
    assert not ventilated & {"PMC11439974", "PMC11512705", "PMC11595770", "PMC11617126"}


def test_an_event_asked_of_a_group_needs_both(across):
    assert _cases(across, "How many patients with seizures died?") == {"PMC11395317", "PMC11570475"}
    draft = across.answer("Were there any deaths among the AML patients?")
    assert draft.case_count == 0 and not draft.cases
    assert draft.notices == ["No case in the indexed records reports acute myeloid leukemia and a death (0 cases)."]


def test_a_subject_no_case_has_is_answered_with_zero(shipped):
    """No myeloma case exists: the answer says 0 cases plainly, not a lookup quoting 'effectively
    ruling out multiple myeloma'."""
    answer = shipped.ask("Compare the outcomes of the multiple myeloma cases.")
    assert answer.case_count == 0 and not answer.cases
    assert answer.answer.startswith("No case in the indexed records reports multiple myeloma (0 cases).")
    assert "ruling out" not in answer.answer


def test_a_pronoun_chain_keeps_the_person_a_citation_named():
    import re

    from assistant.answer.mentions import anchored
    from assistant.answer.citations import Candidate
    from assistant.models import Passage

    text = (
        "The first published case report by Gavigan et al. described an 11-year-old female with TEN (40). "
        "She was treated with IV methylprednisolone on hospital days 1-5. "
        "Cyclosporin A was discontinued after three doses as she developed seizures."
    )
    passage = Passage("d::h::0000", "d", text, 0.0, 0, len(text), "Discussion", case_id="c")
    start = text.index("Cyclosporin")
    candidate = Candidate(passage, 0, text[start:], start, len(text))
    assert not anchored(candidate, re.search("seizures", candidate.text), text)  # "she" is Gavigan's patient, two sentences back


@pytest.mark.parametrize(
    "question, gold",
    [
        # The disease is named in the title and the abstract; the case text says "CJD" or "FM".
        ("Compare the outcomes of the two patients with Creutzfeldt-Jakob disease.", {"PMC11614507", "PMC11647126"}),
        ("Compare how the patients with fulminant myocarditis were treated.", {"PMC11551029", "PMC11624525"}),
        # The asked phrase's other words must be said near a mention: 7 hydatid cases, 2 in the thigh.
        ("Compare how the hydatid cysts of the thigh were treated.", {"PMC11447576", "PMC11424762"}),
        ("Compare the outcomes of the two girls with primary intracranial melanoma.", {"PMC11395317", "PMC11621058"}),
        # Neither case writes "intestinal atresia" of its patient: colonic and jejunal atresia.
        ("Compare the outcomes of the newborns with intestinal atresia.", {"PMC11416630", "PMC11543139"}),
    ],
)
def test_a_subject_named_in_the_title_or_qualified_by_the_question(across, question, gold):
    assert set(_cases(across, question)) == gold


def test_a_case_named_by_its_title_shows_the_title_once():
    from assistant.models import CaseLine

    line = CaseLine("c", "Creutzfeldt–Jakob disease: A case report", "Creutzfeldt–Jakob disease: A case report", 1)
    assert line.beyond_title == ""
    assert CaseLine("c", "A title", "She received rituximab.", 1).beyond_title == "She received rituximab."


@pytest.mark.parametrize(
    "question, gold",
    [
        # Each patient a compare names is searched alone: a lay description finds its case too.
        ("Compare how the two young children with a limb injury, the toddler with both elbows pulled out and the 6-year-old girl "
         "with the broken thigh bone, were treated.", ["PMC11569933", "PMC11546049"]),
        ("Compare the outcomes of the boy with Ewing sarcoma of the coracoid and the man with dedifferentiated chondrosarcoma of the finger.",
         ["PMC11625106", "PMC11446496"]),
    ],
)
def test_a_compare_naming_its_patients_compares_those(shipped, question, gold):
    answer = shipped.ask(question)  # through the pipeline: naming two patients restricts the search to neither
    assert [line.case_id for line in answer.cases] == gold and answer.case_count == 2
    assert all(line.compared for line in answer.cases)


def test_named_patients_are_single_patients_of_a_compare():
    from assistant.retrieve.compare_names import named_patients

    assert named_patients("Compare the AFP levels of the babies with an AFP-secreting tumour (the congenital hepatoblastoma and the "
                          "sacrococcygeal yolk sac tumour).") == ["the congenital hepatoblastoma", "the sacrococcygeal yolk sac tumour"]
    assert named_patients("Compare how the obstructive hydrocephalus was treated in the child with choroid plexus carcinoma and the "
                          "teenager with an aqueductal web.") == ["the child with choroid plexus carcinoma", "the teenager with an aqueductal web"]
    assert named_patients("Compare the platelet counts of the ITP patient and the splenic angiosarcoma patient.") == ["the ITP patient", "the splenic angiosarcoma patient"]
    assert named_patients("Compare the outcomes of the AML cases and the ALL cases.") == []  # kinds of patient
    assert named_patients("Compare the treatment and the outcome of the patient with ITP.") == []  # aspects of one
    assert named_patients("Compare how the patients with cervical cancer were treated.") == []
    assert named_patients("What happened to the man with the fistula and the woman with the aneurysm?") == []  # no compare


def test_a_compares_patients_start_at_their_own_determiner():
    from assistant.retrieve.compare_names import named_patients

    # What is compared comes first ("the steroids given to"); each patient starts at "the <noun>".
    assert named_patients("Compare the steroids given to the 73-year-old man with erythroderma after the Pfizer vaccine and the "
                          "29-year-old woman with NIID and a corneal ulcer.") == ["the 73-year-old man with erythroderma after the Pfizer vaccine",
                                                                                   "the 29-year-old woman with NIID and a corneal ulcer"]
    assert named_patients("Compare how things ended for the 33-year-old woman with advanced tongue cancer and the 19-year-old with the "
                          "recurrent brain tumour.") == ["the 33-year-old woman with advanced tongue cancer", "the 19-year-old with the recurrent brain tumour"]
    # "... of the X and of the Y, and how each was treated": the second patient keeps its preposition out, the aspect goes.
    assert named_patients("Compare what was wrong with the front tooth of the 43-year-old woman with the discoloured incisor and of the "
                          "22-year-old man with the obliterated canal, and how each was treated.") == [
        "the 43-year-old woman with the discoloured incisor", "the 22-year-old man with the obliterated canal"]
    # "who had ..." describes the patient; "the thigh collection of the woman" is hers.
    assert named_patients("Compare the blood-thinner decisions for the woman with tongue cancer and the pregnant woman who had both "
                          "breasts removed.")[1] == "the pregnant woman who had both breasts removed"
    assert named_patients("Compare how the thigh collection of the 26-year-old woman after a road accident and the seminal vesicle cyst "
                          "of the 38-year-old man with Zinner syndrome were treated.")[0] == "the thigh collection of the 26-year-old woman after a road accident"


def test_a_named_patient_is_never_a_paper(shipped):
    across = AcrossCasesAnswerer(shipped.retriever, shipped.document_texts)
    hits = across.named_hits(["the boy with Ewing sarcoma of the coracoid", "the man with dedifferentiated chondrosarcoma of the finger"])
    assert [h.case_id for h in hits] == ["PMC11625106", "PMC11446496"]
    assert all(h.case_id and h.mention.passage.case_id == h.case_id for h in hits)


def test_a_fronted_time_clause_still_tells_of_the_patient():
    import re

    from assistant.answer.mentions import anchored
    from assistant.answer.citations import Candidate
    from assistant.models import Passage

    # A narrative the section reader left under "Front matter": "On evaluation, he was found ..." is the patient's.
    text = "A 62-year-old man presented with fatigue. On evaluation, he was found to have pancytopenia and acute kidney injury."
    passage = Passage("d::h::0000", "d", text, 0.0, 0, len(text), "Front matter", case_id="c")
    start = text.index("On evaluation")
    candidate = Candidate(passage, 0, text[start:], start, len(text))
    assert anchored(candidate, re.search("acute kidney injury", candidate.text), text)
    # "In this case, the patient had ...": the discussion telling of the own patient
    said = "In this case, the patient had features such as abdominal pain, weight loss and jaundice."
    told = Candidate(Passage("d::h::0001", "d", said, 0.0, 0, len(said), "Discussion", case_id="c"), 0, said, 0, len(said))
    assert anchored(told, re.search("jaundice", said), said)


@pytest.mark.parametrize(
    ("question", "sentence", "clean"),
    [
        # A test's negative result says the test was done; "not performed" does not.
        ("How many patients had a Coombs test?", "Serology for hepatitis B and C was negative, as was the direct Coombs test.", True),
        ("How many patients had a Coombs test?", "A Coombs test was not performed.", False),
        # An option recommended and refused was not given.
        ("Which patients were given ketamine?", "The team recommended ketamine infusion, but the patient refused.", False),
        ("Which patients were given ketamine?", "Refusal of ketamine infusion therapy.", False),
        # A tentative diagnosis, later excluded, is no diagnosis.
        ("Which patients had acute pancreatitis?", "He was hospitalized with a tentative diagnosis of acute pancreatitis.", False),
    ],
)
def test_done_tests_refused_offers_and_tentative_diagnoses(question, sentence, clean):
    match = next(m for t in subject_terms(question) if (m := t.pattern.search(sentence)))
    assert clean_mention(sentence, match) is clean


def test_a_fetus_named_in_a_later_clause_does_not_make_the_mothers_procedure_someone_elses():
    sentence = "The patient delivered at 39 weeks gestation via C-section due to umbilical cord prolapse and fetal decelerations."
    match = next(m for t in subject_terms("Which women had a C-section?") if (m := t.pattern.search(sentence)))
    assert clean_mention(sentence, match)
    sentence = "Fetal anemia was diagnosed at 30 weeks."
    assert not clean_mention(sentence, subject_terms("Which patients had anemia?")[0].pattern.search(sentence))


def test_a_qualified_subject_is_confirmed_by_a_mention_with_its_qualifier_near(shipped, across):
    draft = across.answer("Whose cancer had spread to the liver (liver mets)?")
    cases = {c.case_id for c in draft.cases}
    assert {"PMC11570109", "PMC11601975", "PMC11378089"} <= cases  # "liver lesions ... metastatic colon cancer", "metastases to the ... liver"
    assert "PMC11492433" not in cases  # "positive for metastatic involvement" of lymph nodes: no liver near it
    _assert_verbatim(shipped, draft)


@pytest.mark.parametrize(
    ("question", "sentence", "clean"),
    [
        ("Who was looked after in intensive care?", "He was born at 35 weeks, requiring admission to the neonatal intensive care unit.", True),
        ("Who was looked after in intensive care?", "He was treated at the Neonatal and Paediatric Intensive Care Unit.", True),
        ("Which patients had sepsis?", "The mother was well, but neonatal sepsis followed.", False),  # the baby's, in the mother's record
    ],
)
def test_the_neonatal_unit_is_a_place_not_another_person(question, sentence, clean):
    match = next(m for t in subject_terms(question) if (m := t.pattern.search(sentence)))
    assert clean_mention(sentence, match) is clean


@pytest.mark.parametrize(
    ("question", "sentence", "clean"),
    [  # a hedge or a guideline elsewhere in the sentence is not about a step told of the patient
        ("Which patients were given levetiracetam?", "Workup was unremarkable aside from concern for epileptic activity on EEG, and the patient was "
         "subsequently started on lacosamide followed by levetiracetam.", True),
        ("Which patients were on mycophenolate?", "We initiated treatment with mycophenolate mofetil and glucocorticoids according to treatment guidelines.", True),
        # a negation cue's scope ends at the verb: the suspicion is of keratitis, acyclovir was given
        ("Which patients were treated with acyclovir?", "Treatments due to the suspicion of herpetic keratitis included acyclovir eye ointment.", True),
        ("Which patients were treated with acyclovir?", "Acyclovir was not given.", False),
        # "CSF studies" are the patient's tests, "previous studies" the literature
        ("Who had a lumbar puncture?", "A lumbar puncture was done and CSF studies showed mildly elevated protein.", True),
        ("Who had a lumbar puncture?", "Previous studies used lumbar puncture to confirm it.", False),
        ("Which patients were given levetiracetam?", "Guidelines suggest levetiracetam may be used.", False),
        # from user_audit22 once read: watched for is not had
        ("How many patients were dehydrated?", "Additionally, the patient was regularly assessed for signs of dehydration and electrolyte imbalance.", False),
        ("How many patients were dehydrated?", "On examination, the patient appeared thin, febrile, dehydrated, hypotensive, and pale.", True),
    ],
)
def test_a_step_told_of_the_patient_is_clean(question, sentence, clean):
    match = next(m for t in subject_terms(question) if (m := t.pattern.search(sentence)))
    assert clean_mention(sentence, match) is clean


def test_an_abstract_telling_the_patients_story_counts(across):
    # stop 28, from user_audit25 once read: the neonate's laparotomy is told only in the abstract, in the past tense
    draft = across.answer("Who had an exploratory laparotomy?")
    assert "PMC11535884" in {c.case_id for c in draft.cases}


def test_an_abstracts_work_up_list_or_general_remark_is_no_story():
    # stop 28: only a story verb next to the mention counts; an abstract's list of what a work-up looked for
    # ("... screening for ..., cystic fibrosis, tuberculosis") and "replacing hysterectomy, which was previously ..." do not
    from assistant.answer.mentions import narrated
    text = "An ileostomy was made after an exploratory laparotomy revealed the presence of a typical MI."
    assert narrated(text, re.search("exploratory laparotomy", text))
    text = "The patient underwent evaluation including chest imaging, screening for immune deficiency disorders, cystic fibrosis, tuberculosis, and fungal pneumonia."
    assert not narrated(text, re.search("tuberculosis", text))
    text = "Embolization has become the preferred treatment, replacing hysterectomy, which was previously the standard approach."
    assert not narrated(text, re.search("hysterectomy", text))
