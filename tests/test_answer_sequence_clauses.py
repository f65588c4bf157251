"""Sequence questions whose anchor is a situation, not a step (stop 22, from the sequence misses
of benchmarks/sets/user_audit1..19): "Once X, what ...", "what was done when X", the patient
described inside the anchor's clause, an age that is no duration, a sentence that opens with
the anchor as its cause, and a step that changes the anchor's ("continued on oral steroids")."""

from __future__ import annotations

from assistant.answer import patient_words, story_order
from assistant.answer.sequence import direction
from assistant.answer.shapes import classify

REPORT = (
    "Case presentation\n\n"
    "A 40-year-old man was admitted with fever and a neck swelling. "
    "Sputum CB-NAAT came back positive for tuberculosis. "
    "The neck swelling was then examined with fine-needle aspiration cytology. "
    "On day 6, he developed dyspnea and tachypnea. "
    "High-flow nasal cannula oxygen therapy was administered. "
    "Because the patient was on long-term steroids, tubercular pleural effusion was ruled out. "
    "Pulse steroid therapy with methylprednisolone 500 mg was started. "
    "He was continued on oral steroids (prednisolone 10 mg once daily). "
    "Since the proximal urethral margin was positive in the partial penectomy specimen, he underwent revision of the stump. "
    "Upon reaching the safety stop, the tooth was promptly isolated and examined under the microscope.\n\n"
    "Discussion\n\nTuberculosis is common.\n"
)


def answer_quotes(question: str) -> list[str]:
    return [e.quote for e in story_order.answer_events(question, direction, story_order.story("clauses", REPORT))]


def test_a_situation_opened_by_once_or_when_is_the_anchor_of_what_came_after():
    assert direction("Once the recurrence was confirmed, what treatment did she have?")[:2] == ("after", "the recurrence was confirmed")
    assert direction("What was done when his calcium stayed high after zoledronic acid?")[0] == "after"  # its "after" names the anchor
    assert direction("What was he switched to when his insurance stopped covering Galzin?")[:2] == ("after", "his insurance stopped covering Galzin")
    assert direction("At 13 weeks, once she had been told about the anomalies, where was she referred?")[1] == "she had been told about the anomalies"
    assert direction("When was the biopsy done?")[0] == "at"  # a date asked, no situation
    assert classify("What did they do once the man became short of breath on day 6?") == "sequence"
    assert classify("What did they start once the renal biopsy showed lupus nephritis?") == "sequence"


def test_the_patient_described_inside_the_clause_leaves_the_anchor_words():
    assert patient_words.without_case("Once the sputum CB-NAAT of the 40-year-old man came back positive, what was done?") == (
        "Once the sputum CB-NAAT came back positive, what was done?")
    assert patient_words.anchor_words("the man with hantavirus HFRS became short of breath on day 6") == "became short of breath on day 6"
    # a participle that describes the patient is no verb of the anchor: the description goes with the rest
    assert patient_words.without_case("How was the management of the woman referred for a Whipple's procedure changed after X?") == "How was the management?"
    assert "fine-needle" in answer_quotes("Once the sputum CB-NAAT of the 40-year-old man came back positive, what was his neck swelling examined with?")[0]


def test_an_age_is_no_duration():
    assert story_order._DURATION.search("what was done with the 22-year-old man's tooth?") is None
    assert story_order._DURATION.search("two weeks after the operation") is not None
    assert answer_quotes("Once the bur reached the safety stop, what was done with the 22-year-old man's tooth?")[0].startswith("Upon reaching the safety stop")


def test_a_sentence_opened_by_the_anchor_as_its_cause_answers_only_when_it_is_plainly_the_anchor():
    assert answer_quotes("Once the penectomy specimen showed a positive proximal urethral margin, what further surgery did he have?")[0].startswith("Since the proximal")
    assert not any(q.startswith("Because the patient was on long-term steroids") for q in answer_quotes("What treatment followed the pulse steroids?"))


def test_a_step_that_changes_the_anchors_is_what_came_next():
    assert answer_quotes("What treatment followed the pulse steroids?")[0].startswith("He was continued on oral steroids")


def test_a_leading_step_then_how_or_what_is_a_sequence_question_unless_it_asks_a_value():
    assert classify("A week after his second dupilumab injection, how was the rash?") == "sequence"
    assert classify("Right after the endoscopy, what happened to the man?") == "sequence"
    assert classify("Before her frenotomy, what was she given first?") == "sequence"
    assert classify("When the two liver lesions had shrunk, what operation did he have?") == "sequence"
    assert classify("What happened to her aspirin and warfarin after the ovarian surgery?") == "sequence"
    assert classify("How were the menopausal symptoms handled after she lost her second ovary?") == "sequence"
    assert classify("Before blinatumomab was started, what marrow blast percentage did the relapse show?") == "lookup"
    assert classify("Three months after treatment, how deep were the pockets?") == "lookup"
    assert classify("How was the lymphoma managed after surgery, and what happened over follow-up?") == "lookup"


def test_a_week_after_is_a_duration():
    assert story_order._ONE.sub(r"\1one \2", "A week after the injection, how was the rash?") == "one week after the injection, how was the rash?"
    assert story_order._ONE.sub(r"\1one \2", "What was given 40 mg a day?") == "What was given 40 mg a day?"  # only a leading one


def test_what_operation_takes_the_step_that_names_one():
    told = ("Case presentation\n\nA CT scan revealed a 12 cm mass within the left kidney. "
            "Due to the size of the tumor, an open surgical approach was chosen for treatment. "
            "The patient underwent a left radical nephrectomy using an extended subcostal incision.\n")
    events = story_order.answer_events("After the CT showed the 12 cm left kidney mass, what operation did he have?", direction, story_order.story("op", told))
    assert "radical nephrectomy" in events[0].quote  # answers first; the sentence told next follows it


def test_a_sentence_dated_from_the_anchor_answers_even_when_it_calls_it_this_visit():
    told = ("Case presentation\n\nA 29-year-old woman presented to the emergency department with nausea. "
            "She followed up with her Ob/Gyn a couple of days later, where an ultrasound confirmed an intrauterine pregnancy. "
            "Three days following this visit, she experienced vaginal bleeding and was diagnosed with a threatened abortion. "
            "On follow-up, she was found to have a closed cervix.\n")
    events = story_order.answer_events("Three days after her first Ob/Gyn visit showed an intrauterine pregnancy, what happened?", direction, story_order.story("dated", told))
    assert events[0].quote.startswith("Three days following this visit")
