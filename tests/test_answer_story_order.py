"""Case-report sequence questions the first timeline answerer missed: routed as lookups,
anchors that are no event (a suspicion, a decision), a duration the question names, the
verb of what was done next, sentences PMC joined without a space, a line of therapy."""

from __future__ import annotations

from assistant.answer import story_order
from assistant.answer.sequence import direction
from assistant.answer.shapes import classify
from assistant.ingest.events import DIAGNOSIS, TREATMENT, classify as event_kinds, course_sentences

REPORT = (
    "Case presentation\n\n"
    "A 60-year-old woman was admitted with a pelvic mass in May 2021. "
    "Endometrial curettage showed fragments of invasive adenocarcinoma (Figure 1).She underwent a radical hysterectomy. "
    "Based on the laboratory results, a viral cause was suspected by the team. "
    "Intravenous acyclovir 10 mg/kg was administered three times a day. "
    "The insurer declined the first request for coverage. "
    "After a peer review, the refusal was overturned. "
    "She received adjuvant proton therapy. "
    "Her blood counts were checked weekly. "
    "After surgery, the patient was recommended to undergo vaginal brachytherapy. "
    "She was kept on second line chemotherapy. "
    "During each cycle she received cisplatin 50 mg and etoposide 100 mg daily. "
    "Seven months after treatment, the patient reported diarrhea, which was treated with mesalamine.\n\n"
    "Discussion\n\nProton therapy is used in many centres.\n"
)


def told():
    return story_order.story("report", REPORT)


def answer_quotes(question: str) -> list[str]:
    return [e.quote for e in story_order.answer_events(question, direction, told())]


def test_sentences_joined_without_a_space_are_cut_apart():
    quotes = [REPORT[a:b] for a, b in course_sentences(REPORT)]
    assert "Endometrial curettage showed fragments of invasive adenocarcinoma (Figure 1)." in quotes
    assert "She underwent a radical hysterectomy." in quotes
    assert "e.g.The" not in " ".join(quotes)  # nothing else moved


def test_a_diagnostic_procedure_and_its_finding_is_an_event():
    assert DIAGNOSIS in event_kinds("Endocervical and endometrial curettage showed fragments of invasive endocervical adenocarcinoma.")[0]
    assert TREATMENT in event_kinds("A cesarean section was conducted at a gestational age of 37 weeks and 2 days.")[0]


def test_before_a_procedure_the_workup_that_preceded_it():
    assert answer_quotes("What came before the radical hysterectomy?")[0].startswith("Endometrial curettage showed")


def test_an_anchor_that_is_no_event_still_orders_the_story():
    # "a viral cause was suspected" is no event; the treatment told after it answers
    quotes = answer_quotes("After a viral cause was suspected, what treatment was given to the woman?")
    assert quotes[0].startswith("Intravenous acyclovir 10 mg/kg") and quotes[1].startswith("Based on the laboratory results")
    # "what happened" after a decision: the sentence the report tells next, event or not
    assert answer_quotes("What happened after the first request for coverage was declined?")[0] == "After a peer review, the refusal was overturned."


def test_the_duration_and_the_verb_the_question_names_pick_the_event():
    assert answer_quotes("What happened seven months after proton therapy?")[0].startswith("Seven months after treatment")
    assert answer_quotes("What was recommended after the radical hysterectomy?")[0].startswith("After surgery, the patient was recommended")


def test_the_participle_after_was_stays_in_the_anchor_words():
    assert direction("What procedure did the boy undergo after cyclosporin A was added?")[1].strip() == "cyclosporin A was added"
    assert direction("After EBV was suspected as the cause, what was given?")[1].strip() == "EBV was suspected as the cause"
    assert direction("What happened after consolidation IV?")[1].strip() == "consolidation IV"


def test_a_line_of_therapy_named_without_its_drugs_is_answered_with_the_sentence_that_gives_them():
    quotes = answer_quotes("What was the second-line chemotherapy?")
    assert quotes == ["During each cycle she received cisplatin 50 mg and etoposide 100 mg daily.", "She was kept on second line chemotherapy."]


def test_sequence_phrasings_that_read_as_lookups_are_routed_to_the_timeline():
    for question in (
        "What was the boy treated with before he developed toxic epidermal necrolysis?",
        "What procedure did the boy with TEN undergo after cyclosporin A was added?",
        "What was recommended after the modified radical hysterectomy in the woman with a pelvic renal transplant?",
        "What was given in the first cycle of chemotherapy for the pregnant woman?",
        "What was the second-line chemotherapy in the infant?",
    ):
        assert classify(question) == "sequence", question
    # a dose during a line of therapy is a lookup; so is a value before a step
    assert classify("What cranial irradiation dose did the blinatumomab-treated ALL patient receive during first-line therapy?") == "lookup"
    assert classify("What was the platelet count at presentation?") == "lookup"


# -- the shipped index: a fixed case report without a treatment record -----------------------

PROTON = "corpus:PMC11483286"  # cervical adenocarcinoma in a pelvic kidney transplant recipient, proton therapy
ARN = "corpus:PMC11510521"  # EBV acute retinal necrosis


def _verbatim(shipped, answer) -> bool:
    texts = shipped.document_texts({c.doc_id for c in answer.citations})
    return all(texts[c.doc_id][c.char_start : c.char_end] == c.quote for c in answer.citations)


def test_shipped_duration_after_proton_therapy(shipped):
    answer = shipped.ask("What happened seven months after proton therapy in the woman with a pelvic kidney transplant and cervical cancer?")
    assert answer.shape == "sequence" and not answer.abstained
    assert answer.citations[0].doc_id == PROTON
    assert answer.citations[0].quote.startswith("Seven months after treatment, the patient reported hematochezia and diarrhea")
    assert _verbatim(shipped, answer)


def test_shipped_recommended_after_the_hysterectomy_routed_and_answered(shipped):
    answer = shipped.ask("What was recommended after the modified radical hysterectomy in the woman with a pelvic renal transplant?")
    assert answer.shape == "sequence" and answer.citations[0].doc_id == PROTON
    assert "adjuvant radiotherapy with intensity modulated proton therapy (IMPT)" in answer.citations[0].quote
    assert _verbatim(shipped, answer)


def test_shipped_anchor_that_is_no_event(shipped):
    answer = shipped.ask("After EBV was suspected as the cause of the acute retinal necrosis, what treatment was given to the 85-year-old man?")
    assert answer.shape == "sequence" and answer.citations[0].doc_id == ARN
    assert answer.citations[0].quote.startswith("An intravitreal ganciclovir injection (2 mg per dose)")
    assert answer.citations[1].quote.startswith("Based on the laboratory results, EBV was suspected")
    assert _verbatim(shipped, answer)


def test_shipped_a_test_of_another_kind_is_the_next_step(shipped):
    # from user_audit22 once read: the MRI shares "abdominal" and "hepatic mass" with the ultrasound, yet is a step of its own
    answer = shipped.ask("Which scan followed the abdominal ultrasound of the 46-year-old man with the liver leiomyosarcoma?")
    assert answer.shape == "sequence" and any(c.quote.startswith("An abdominal MRI revealed a voluminous hepatic mass") for c in answer.citations)
    assert _verbatim(shipped, answer)
    assert classify("Because of her repeated low blood sugars, which test was done once the baby was euglycaemic and feeding fully?") == "sequence"
