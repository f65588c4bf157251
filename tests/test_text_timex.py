"""Time expressions: what each one counts from and by how much."""

from assistant.text.timex import ABSOLUTE, PREVIOUS, START, SURGERY, TREATMENT, time_expressions


def one(sentence):
    found = time_expressions(sentence)
    assert len(found) == 1, found
    e = found[0]
    assert sentence[e.start : e.end] == e.text  # offsets point at the words
    return e.anchor, e.days, e.date


def test_calendar_dates_keep_their_precision():
    assert one("She was admitted in March 2019 with fever.") == (ABSOLUTE, 0, "2019-03")
    assert one("On 12 March 2019 the drain was removed.") == (ABSOLUTE, 0, "2019-03-12")
    assert one("On March 12, 2019, the drain was removed.") == (ABSOLUTE, 0, "2019-03-12")
    assert one("Result on 17.01.2024: MRD negative.") == (ABSOLUTE, 0, "2024-01-17")
    assert one("The first relapse came in 2017.") == (ABSOLUTE, 0, "2017")


def test_relative_days_count_from_their_anchor():
    assert one("On day 5, the fever resolved.") == (START, 5, "")
    assert one("Two weeks later, she was readmitted.") == (PREVIOUS, 14, "")
    assert one("After 3 months, the lesion had regressed.") == (PREVIOUS, 90, "")
    assert one("The next day he was extubated.") == (PREVIOUS, 1, "")
    assert one("On postoperative day 3, the drain was removed.") == (SURGERY, 3, "")
    assert one("By POD2, he walked.") == (SURGERY, 2, "")
    assert one("At the 6-month follow-up, she was well.") == (TREATMENT, 180, "")
    assert one("CSF was clear 2 months after the initiation of osimertinib.") == (TREATMENT, 60, "")
    assert one("Three days before admission, she had a fever.") == (START, -3, "")
    assert one("He was diagnosed with NSCLC 8 years ago.") == (START, -2920, "")


def test_postoperative_day_is_not_read_twice_and_non_dates_are_ignored():
    assert [e.text for e in time_expressions("On postoperative day 2 and day 9 he improved.")] == ["postoperative day 2", "day 9"]
    assert time_expressions("Hemoglobin was 9.8 g/dL at 12 years of age.") == []
    assert time_expressions("She took 2019 mg.") == []
