"""Outcome and summary questions about one case, answered from the case's own sections of
its whole document (answer/case_summary.py), on the real shipped index."""

from __future__ import annotations

from assistant.answer.aspects import OUTCOME
from assistant.answer.case_summary import PRESENTATION, SUMMARY, TREATMENT, asked_aspects, names_the_case


def test_which_questions_ask_for_aspects():
    assert asked_aspects("Tell me about the patient with dasatinib-induced chylothorax.") == SUMMARY
    assert asked_aspects("Summarize the case of the woman with refractory ITP") == SUMMARY
    assert asked_aspects("What was the outcome of the boy with toxic epidermal necrolysis?") == [OUTCOME]
    assert asked_aspects("What happened to the patient?") == [OUTCOME]
    assert asked_aspects("What was the cause of death in the splenic angiosarcoma case?") == [OUTCOME]  # the death as the record tells it
    assert asked_aspects("Compare the outcomes of the lymphoma cases") is None  # across cases
    assert asked_aspects("Which patients had a good outcome?") is None
    assert asked_aspects("What dose of rituximab was given?") is None
    assert asked_aspects("How did the patient with dasatinib-induced chylothorax present?") == [PRESENTATION]
    assert asked_aspects("What were the presenting symptoms of the AML patient?") == [PRESENTATION]
    assert asked_aspects("Which patients presented with fever?") is None
    assert asked_aspects("How was the boy with toxic epidermal necrolysis treated?") == [TREATMENT]
    assert asked_aspects("How was the chylothorax managed?") == [TREATMENT]
    assert asked_aspects("How were the AML patients treated?") is None  # across cases


def test_the_case_must_be_the_one_the_question_names():
    text = "A 79-year-old woman on dasatinib developed a bilateral chylothorax."
    assert names_the_case("What was the outcome of the patient with dasatinib-induced chylothorax?", text, "Dasatinib-Induced Bilateral Chylothorax")
    assert not names_the_case("Tell me about the patient with Gaucher disease.", text, "Dasatinib-Induced Bilateral Chylothorax")
    assert not names_the_case("What was the outcome?", text, "")  # names nothing: not this answerer's to guess


def test_an_outcome_question_gets_the_case_outcome_not_a_discussion_sentence(shipped):
    answer = shipped.ask("What was the outcome of the patient with dasatinib-induced chylothorax?")
    assert not answer.abstained and len(answer.citations) == 1
    assert "No recurrence of the chylothorax" in answer.citations[0].quote or "asymptomatic at the six-month" in answer.citations[0].quote
    texts = shipped.document_texts({answer.citations[0].doc_id})
    c = answer.citations[0]
    assert texts[c.doc_id][c.char_start : c.char_end] == c.quote


def test_a_summary_tells_presentation_to_outcome_and_an_unknown_case_is_not_summarised(shipped):
    answer = shipped.ask("Tell me about the patient with dasatinib-induced chylothorax.")
    assert len(answer.citations) >= 3 and len({c.doc_id for c in answer.citations}) == 1
    assert "presented" in answer.citations[0].quote and "No recurrence" in answer.citations[-1].quote
    unknown = shipped.ask("Tell me about the patient with Gaucher disease.")
    assert len(unknown.citations) <= 1  # the lookup's answer (or its refusal), not a four-part summary of another case


def test_a_follow_up_outcome_question_answers_about_the_case_in_focus(shipped):
    first = shipped.ask("What dose of paclitaxel was given to the patient with splenic angiosarcoma?")
    follow = shipped.ask("What was his outcome?", history=[first])
    assert follow.focus_case == first.focus_case and follow.citations
    assert "died" in follow.citations[0].quote


def test_a_presentation_question_gets_how_the_patient_presented(shipped):
    answer = shipped.ask("What were the presenting symptoms of the AML patient with hemolytic uremic syndrome?")
    assert "febrile syndrome" in answer.citations[0].quote  # not "Secondary HUS diagnosed"


def test_a_treatment_question_gets_the_cases_treatment_steps_in_order(shipped):
    answer = shipped.ask("How was the boy with toxic epidermal necrolysis treated?")
    quotes = " ".join(c.quote for c in answer.citations)
    assert 1 < len(answer.citations) <= 3 and "immunoglobulin" in quotes and "etanercept" in quotes
    assert [c.char_start for c in answer.citations] == sorted(c.char_start for c in answer.citations)


def test_treatment_steps_are_sentences_that_tell_a_treatment():
    from assistant.answer.across import aspect_sentences
    from assistant.answer.case_summary import TREATMENT
    from assistant.models import Passage

    text = (
        "The bleeding was attributed to trophoblastic retention, which led to her referral to our department for further treatment. "
        "Selective embolization of both uterine arteries was carried out. "
        "The retained tissue was then resected hysteroscopically."
    )
    passage = Passage("d::h::0000", "d", text, 0.0, 0, len(text), "Case presentation", title="Uterine arteriovenous malformation", case_id="c")
    chosen = [c.text for c in aspect_sentences([passage], len(text), TREATMENT, n=3)]
    assert any("embolization" in t for t in chosen) and any("resected" in t for t in chosen)
    assert not any("referral" in t for t in chosen)  # "for further treatment" names no treatment given


def test_an_outcome_asked_of_a_description_two_cases_fit_gets_both(shipped):
    answer = shipped.ask("What was the outcome of the patient with Creutzfeldt-Jakob disease?")
    assert answer.case_count == 2 and {c.case_id for c in answer.cases} == {"PMC11614507", "PMC11647126"}
    assert all("passed away" in line.sentence for line in answer.cases)  # each case's own outcome sentence
    assert any("2 cases fit" in n for n in answer.notices)
    texts = shipped.document_texts({c.doc_id for c in answer.citations})
    assert all(texts[c.doc_id][c.char_start : c.char_end] == c.quote for c in answer.citations)


def test_how_was_she_doing_asks_the_outcome_and_a_time_point_picks_that_sentence(shipped):
    assert asked_aspects("How was the girl with the cervical spine enchondroma doing?") == [OUTCOME]
    answer = shipped.ask("How was the girl with the cervical spine enchondroma doing at her 6-month check?")
    assert answer.citations and "6 months" in answer.citations[0].quote
