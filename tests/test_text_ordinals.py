"""Numbered treatment steps: the number is what tells two otherwise identical rows apart."""

from assistant.text.ordinals import ordinal_fit, ordinals, phase_fit, time_points


def test_steps_are_read_with_arabic_roman_and_word_numbers():
    assert ordinals("MRD status after cycle 1 and consolidation IV") == {("cycle", 1), ("consolidation", 4)}
    assert ordinals("treatment at the first relapse, then the 2nd cycle") == {("relapse", 1), ("cycle", 2)}
    assert ordinals("Consolidation III (22.06.2024–20.07.2024)") == {("consolidation", 3)}


def test_a_word_ordinal_may_stand_one_word_before_its_step_a_digit_may_not():
    assert ordinals("What did the marrow show after the third blinatumomab consolidation?") == {("consolidation", 3)}
    assert ordinals("3 blinatumomab cycles were given") == set()


def test_a_roman_numeral_must_be_upper_case_and_a_step_must_be_named():
    assert ordinals("the cycle is complete; induction in 2023; I received it") == set()


def test_fit_prefers_the_asked_step_and_penalises_other_numbers_of_it():
    asked = ordinals("What were the blasts after consolidation I?")
    assert ordinal_fit(asked, "Consolidation I (08.02.2024–06.03.2024): MRD remains (–).") == 1
    assert ordinal_fit(asked, "Consolidation II (12.04.2024–09.05.2024): MRD (-), 1% blasts.") == -1
    assert ordinal_fit(asked, "Prephase with blinatumomab: 9 mcg/day.") == 0
    assert ordinal_fit(set(), "Consolidation II") == 0


def test_the_answer_quotes_the_asked_step(shipped):
    answer = shipped.ask("What were the blasts after consolidation I?")
    assert answer.citations and answer.citations[0].quote.startswith("Consolidation I ") or answer.citations[0].quote.startswith("Consolidation I,")
    assert all("Consolidation II" not in c.quote and "Consolidation III" not in c.quote for c in answer.citations)


def test_time_points_of_the_story_but_not_ages_or_durations():
    assert time_points("How was she doing at her 6-month check after the laminectomy?") == {("month", 6)}
    assert time_points("At the 6-month follow-up, the patient reported no pain.") == {("month", 6)}
    assert time_points("Two years later she relapsed; CT at 3 years was clear.") == {("year", 2), ("year", 3)}
    assert not time_points("A 6-month-old infant was treated for 6 months.")
    assert not time_points("What was measured in the pregnant woman at 34 weeks of gestation?")


def test_a_first_value_asked_prefers_the_sentence_telling_the_first():
    question = "What was the hemoglobin of the woman with refractory ITP at presentation?"
    assert phase_fit(question, "Subsequently, her hemoglobin increased to 9 g/dL.") == -1
    assert phase_fit(question, "On admission, Hgb was 6.1 g/dL.") == 1
    assert phase_fit(question, "Investigations revealed Hgb 6.1 g/dL.") == 0
    assert phase_fit("What was her hemoglobin?", "Subsequently, her hemoglobin increased to 9 g/dL.") == 0  # no first value asked

