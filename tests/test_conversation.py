"""Follow-up questions keep the case in focus without an LLM."""

from assistant.conversation import Turn, as_turns, content_terms, is_follow_up, plan, resolve


def test_follow_up_detection():
    assert is_follow_up("What about his CNS prophylaxis?")
    assert is_follow_up("And her platelet count?")
    assert is_follow_up("Which drugs did this patient get?")
    assert is_follow_up("complications?")
    assert not is_follow_up("Which complement inhibitor was used for AML-associated hemolytic uremic syndrome?")


def test_follow_up_is_restricted_to_the_focus_case():
    turns = [Turn("What prephase dose of blinatumomab did the patient receive?", "seed-case")]
    r = resolve("What about his CNS prophylaxis?", turns)
    assert r.follow_up and r.restrict_to_focus and r.focus_case == "seed-case"
    assert r.query == "What about his CNS prophylaxis?"


def test_new_topic_only_boosts_the_focus():
    turns = [Turn("What prephase dose of blinatumomab did the patient receive?", "seed-case")]
    r = resolve("Which complement inhibitor was used for AML-associated hemolytic uremic syndrome?", turns)
    assert not r.restrict_to_focus and r.focus_case == "seed-case"


def test_follow_up_without_focus_borrows_previous_terms():
    r = resolve("What about his CNS prophylaxis?", [Turn("What prephase dose of blinatumomab was given?")])
    assert not r.restrict_to_focus
    assert "blinatumomab" in r.query and "prephase" in r.query


def test_first_question_is_unchanged():
    r = resolve("What was the karyotype?", [])
    assert r.query == "What was the karyotype?" and r.focus_case is None and not r.follow_up


def test_history_shapes():
    turns = as_turns([{"question": "q1", "focus_case": "c1"}, {"role": "user", "content": "q2"}, {"role": "assistant", "content": "a"}, "q3"])
    assert [(t.question, t.focus_case) for t in turns] == [("q1", "c1"), ("q2", None), ("q3", None)]


def test_content_terms_drop_question_words():
    assert content_terms("What was the MRD status after induction?") == ["MRD", "status", "induction"]


def test_a_question_about_the_records_as_a_whole_is_never_a_follow_up():
    """'Which patients died?' after a question about one case is about every case."""
    turns = [Turn("What prephase dose of blinatumomab did the patient receive?", "seed-case")]
    for question in ("Which patients died?", "How many cases involve rituximab?", "Any patients with CRS after bispecifics?", "List all cases of AML."):
        r = resolve(question, turns)
        assert not r.follow_up and not r.restrict_to_focus, question
    assert resolve("What about his CNS prophylaxis?", turns).restrict_to_focus


def test_he_right_after_an_answer_about_several_cases_is_asked_back_not_guessed():
    turns = [Turn("What prephase dose of blinatumomab did the patient receive?", "seed-case"), Turn("Which patients had thrombocytopenia?", None)]
    r = resolve("Was he transplanted?", turns)
    assert r.ambiguous and r.focus_case is None and not r.restrict_to_focus and "thrombocytopenia" in r.query
    assert not resolve("Which of them died?", turns).ambiguous  # not one patient: a question about the cases
    assert not resolve("Was he transplanted?", turns[:1]).ambiguous  # after a one-case answer the focus holds
    assert resolve("Was he transplanted?", turns[:1]).restrict_to_focus


def test_after_a_list_the_focus_and_the_next_answer_follow_the_records(shipped):
    from assistant.prompts import WHICH_CASE_MESSAGE

    listed = shipped.ask("Which patients had thrombocytopenia?")
    assert listed.case_count >= 5 and listed.focus_case is None
    asked_back = shipped.ask("Was he transplanted?", history=[listed])
    assert asked_back.abstained and asked_back.answer == WHICH_CASE_MESSAGE and asked_back.verdict is None and asked_back.passages
    one = shipped.ask("Which patients received eculizumab?")
    assert one.case_count == 1 and one.focus_case == one.cases[0].case_id
    follow = shipped.ask("What was the patient's outcome?", history=[one])
    assert follow.focus_case == one.focus_case and not follow.answer.startswith("Which case")


def test_the_patient_with_a_named_condition_is_a_new_question_not_a_follow_up():
    assert not is_follow_up("What was the outcome of the patient with splenic angiosarcoma?")
    assert not is_follow_up("How was the patient treated with rituximab monitored afterwards?")
    assert is_follow_up("What was the outcome of the patient?")


def test_a_question_asked_back_does_not_become_the_topic():
    turns = [Turn("Which patients were treated with rituximab?", None), Turn("Was he transplanted?", None)]
    assert resolve("What about his outcome?", turns).ambiguous  # still "which of them?"
    located = []
    plan("What about his outcome?", [{"question": t.question} for t in turns], {}, locate=lambda q: located.append(q) or "some-case")
    assert located == []  # no case is guessed for a list or for the question asked back
