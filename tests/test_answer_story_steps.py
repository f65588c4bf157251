"""Steps of a case course that the timeline missed or mistook (stop 14, from the misses of
benchmarks/sets/sequence_new_heldout.jsonl): treatments told without a drug word ("was
started on plumpy nuts", "planned to receive 4 courses of JEB", "a second WLE" the report
abbreviates), the sentences that go on describing a step, a regimen named next to a
generic word, "what surgery followed", and a dosed line of therapy told two sentences on."""

from __future__ import annotations

from assistant.answer import story_order
from assistant.answer.sequence import direction
from assistant.answer.shapes import classify
from assistant.ingest.events import TREATMENT, classify as event_kinds, is_surgical

REPORT = (
    "Case presentation\n\n"
    "An 8-month-old girl was referred with a sacrococcygeal mass. "
    "Pediatricians were consulted for management of malnutrition and was started on plumpy nuts. "
    "She was then scheduled for elective wide local excision (WLE). "
    "After prechemotherapy work-up, she was assigned a diagnosis of yolk sac tumor stage 3. "
    "Therefore, she was planned to receive a total of 4 courses of JEB at 21 days interval. "
    "Dosage was bleomycin 4 IU and etoposide 32 mg IV daily. "
    "She was then planned for a second WLE. "
    "Four weeks later, an MRI showed recurrence. "
    "She was kept on second line chemotherapy. "
    "She received 2 cycles of IV chemotherapy. "
    "During each cycle she received vinblastine 1.3 mg and cisplatin 7 mg IV daily. "
    "Two months later, she underwent a first surgical procedure with guided bone regeneration. "
    "For the first surgical procedure, local anaesthesia with mepivacaine was administered. "
    "Soft tissue augmentation was performed to thicken the tissue. "
    "Three months later, maintenance therapy with bevacizumab and cadonilimab was started. "
    "After five cycles of maintenance therapy, cadonilimab was replaced by sintilimab.\n\n"
    "Discussion\n\nJEB is a standard regimen.\n"
)


def answer_quotes(question: str) -> list[str]:
    return [e.quote for e in story_order.answer_events(question, direction, story_order.story("steps", REPORT))]


def test_treatments_told_without_a_drug_word_are_events():
    assert TREATMENT in event_kinds("Pediatricians were consulted for management of malnutrition and was started on plumpy nuts.")[0]
    assert TREATMENT in event_kinds("Therefore, she was planned to receive a total of 4 courses of JEB at 21 days interval.")[0]
    assert TREATMENT in event_kinds("Soft tissue augmentation was performed to thicken the tissue.")[0]


def test_a_procedure_the_report_abbreviates_is_a_treatment_and_an_operation():
    defined = {"WLE": "wide local excision"}
    assert TREATMENT in event_kinds("She was then planned for a second WLE.", defined)[0]
    assert event_kinds("She was then planned for a second WLE.")[0] == ()  # without the report's definitions: nothing names a therapy
    assert is_surgical("She was then planned for a second WLE.", defined) and not is_surgical("She was then planned for a second WLE.")


def test_what_surgery_followed_a_regimen_named_next_to_a_generic_word():
    # "JEB" names the step, not "chemotherapy" (which the second-line sentence also has); the
    # operation the question asks for answers first, past the dosage sentence of the same
    # course, which is quoted after it as what the report tells next.
    assert answer_quotes("What surgery followed the JEB chemotherapy?") == [
        "She was then planned for a second WLE.",
        "Dosage was bleomycin 4 IU and etoposide 32 mg IV daily.",
        "Therefore, she was planned to receive a total of 4 courses of JEB at 21 days interval.",
    ]


def test_a_sentence_whose_opening_clause_is_the_anchor_answers_alone():
    told = story_order.story("opens", REPORT.replace(
        "Four weeks later, an MRI showed recurrence. ",
        "Four weeks later, an MRI showed recurrence. Following the loss of response to vinblastine, she chose salvage treatment with lenalidomide. "))
    quotes = [e.quote for e in story_order.answer_events("What therapy followed vinblastine resistance?", direction, told)]
    assert quotes == ["Following the loss of response to vinblastine, she chose salvage treatment with lenalidomide."]
    # A long clause that only mentions a word of the anchor is no anchor of its own.
    assert story_order.told_as_next("the recurrence", "after", told.placed, told.others) is None


def test_the_sentence_told_right_after_the_anchor_is_quoted_with_the_timelines_pick():
    # The timeline's next treatment skips the MRI; the report's next sentence is quoted as well.
    quotes = answer_quotes("What treatment followed the second WLE?")
    assert quotes[-1] == "She was then planned for a second WLE."
    assert "Four weeks later, an MRI showed recurrence." in quotes[:-1] and len(quotes) == 3


def test_before_the_first_excision_the_feeding_treatment():
    assert answer_quotes("What treatment came before the wide local excision?")[0] == (
        "Pediatricians were consulted for management of malnutrition and was started on plumpy nuts.")


def test_a_line_of_therapy_whose_doses_come_two_sentences_on():
    assert answer_quotes("What was the second-line chemotherapy?")[0] == "During each cycle she received vinblastine 1.3 mg and cisplatin 7 mg IV daily."


def test_the_sentences_that_go_on_describing_a_step_are_not_what_came_next():
    assert answer_quotes("What was done after the first surgical procedure with guided bone regeneration?")[0] == (
        "Soft tissue augmentation was performed to thicken the tissue.")


def test_a_sentence_that_opens_with_after_the_step_is_what_came_next():
    assert answer_quotes("What happened after five cycles of bevacizumab and cadonilimab maintenance therapy?")[0] == (
        "After five cycles of maintenance therapy, cadonilimab was replaced by sintilimab.")


def test_a_patient_described_before_the_verb_still_reads_as_a_sequence_question():
    question = "What was the man with relapsing-remitting multiple sclerosis started on after interferon beta and dimethyl fumarate were discontinued?"
    assert classify(question) == "sequence"
    assert classify("What was the man with MS treated with?") == "lookup"


def test_a_treatment_the_sentence_says_was_not_started_is_no_event():
    assert event_kinds("She was not started on steroids.")[0] == ()
    assert event_kinds("He was not treated with chemotherapy.")[0] == ()


def test_a_complication_of_the_course_is_a_response_event():
    kinds = event_kinds("In the postoperative period, the patient showed wound healing complications, which could be treated without surgery.")[0]
    assert "response" in kinds
    assert event_kinds("Complications of the disease include stroke.")[0] == ()  # about the disease, not this course


def test_a_switch_to_a_drug_no_vocabulary_knows_is_a_treatment():
    assert TREATMENT in event_kinds("In April 2024, the patient was switched as a de-risking strategy to the i-mod ponesimod.")[0]
    assert TREATMENT in event_kinds("Individual orthoses were provided about twice a year.")[0]


def test_what_was_done_or_changed_relative_to_a_step_is_a_sequence_question():
    for question in (
        "What had been performed on the leg before the child with popliteal pterygium syndrome was brought to the authors?",
        "What antibiotic changes did the ID team recommend after empiric piperacillin/tazobactam and vancomycin were started?",
        "How was the antibiotic plan changed after the Karius test identified Streptococcus intermedius?",
        "What was attempted before the emergency operation in the preterm neonate with meconium ileus?",
    ):
        assert classify(question) == "sequence", question
    # a value asked about a step stays a lookup
    assert classify("What dose of tocilizumab was given for cytokine release syndrome after blinatumomab?") == "lookup"
    assert classify("What doxycycline dose was the patient given after the super-dose platelet-rich plasma injection?") == "lookup"


def test_the_toddler_describes_the_patient_not_the_anchor():
    assert story_order.anchor_words("the reconstruction surgery in the toddler with PPS") == "the reconstruction surgery"


def test_a_recommendation_of_drugs_in_gerunds_is_a_treatment():
    sentence = ("The ID team also saw the patient on day 2 and recommended discontinuing piperacillin/tazobactam, "
                "continuing empiric vancomycin, starting IV cefepime and IV metronidazole.")
    assert TREATMENT in event_kinds(sentence)[0]


def test_the_anchor_is_named_after_after_and_a_list_runs_past_its_commas():
    way, words, head = direction("What was the next antibiotic regimen after vancomycin, cefepime and metronidazole in the man?")
    assert (way, head) == ("after", "What was the next antibiotic regimen ")
    assert story_order.anchor_words(words).strip() == "vancomycin, cefepime and metronidazole"
    assert direction("What happened after consolidation IV, and what was the MRD?")[1].strip() == "consolidation IV"
    assert direction("What happened next?")[0] == "after"


def test_instructions_and_procedures_done_are_treatments():
    assert TREATMENT in event_kinds("The patient was contacted and instructed to continue ceftriaxone and discontinue oral metronidazole.")[0]
    assert TREATMENT in event_kinds("Manual evacuation of abnormal meconium, assisted by N-acetyl cysteine irrigation was done.")[0]
    assert event_kinds("An MRI of the brain was done.")[0] == ()  # imaging is no treatment


def test_the_full_case_report_is_read_not_the_abstracts_short_case_section():
    from assistant.ingest.events import course_spans

    text = (
        "Introduction\n\nHydatid disease is rare.\n\n"
        "Case presentation\n\nA boy had cysts and was operated on.\n\n"
        "Discussion\n\nShort.\n\n"
        "Introduction\n\nEchinococcus is a parasite with a long introduction here.\n\n"
        "Case report\n\nA 17-year-old male presented with chest pain. The patient was placed on albendazole therapy one month "
        "prior to surgery. A single-stage operation was performed. He was discharged on the fifth day.\n\n"
        "Discussion\n\nLonger discussion.\n"
    )
    spans = course_spans(text)
    assert len(spans) == 1 and text[spans[0][0] : spans[0][1]].startswith("Case report")
    titled = "Travel-Related Cutaneous Myiasis: A Case Report\n\nAbstract words.\n\nIntroduction\n\nBackground.\n\nCase Presentation\n\nA man was seen.\n\nDiscussion\n\nX.\n"
    assert [titled[a:b].split("\n")[0] for a, b in course_spans(titled)] == ["Case Presentation"]


def test_kinds_read_off_common_course_phrasings():
    assert "admission" not in event_kinds("Despite these efforts, the larva could not be brought to the surface.")[0]
    assert "response" in event_kinds("He appeared to be healing well with no complications.")[0]
    assert TREATMENT in event_kinds("She initially responded to two months of oral prednisolone and was discharged improved.")[0]


def test_what_the_surgeon_did_is_a_treatment_and_results_and_decisions_route_to_the_timeline():
    assert story_order.wanted_kind("What did the surgeon do ") == TREATMENT
    for question in (
        "What did the surgeon do after enlarging the skin opening failed to bring the larva to the surface?",
        "What was the result at the follow-up a week after the botfly larva was extracted?",
        "What was decided after a PET scan confirmed the iliac bone metastasis in the boy with Ewing's sarcoma?",
        "What treatment had the 12-year-old boy with Ewing's sarcoma received before he returned with pelvic pain?",
    ):
        assert classify(question) == "sequence", question
    assert classify("What did the platelet count do after the heparin-induced thrombocytopenia was recognised?") == "lookup"
    assert classify("What was the outcome of the child with nephrotic syndrome who developed Crohn's disease after rituximab?") == "lookup"


def test_an_anchor_no_sentence_names_in_words_is_found_by_meaning():
    told = story_order.story("steps", REPORT)
    target = "Therefore, she was planned to receive a total of 4 courses of JEB at 21 days interval."

    def similar(words, sentences):  # stands in for the embedder: only the JEB plan is near the words
        return [0.62 if s == target else 0.2 for s in sentences]

    words = "the three-drug platinum protocol"  # none of its words is in the report
    assert story_order.find_anchors(words, told.placed, latest=True, others=told.others) == []
    found = story_order.find_anchors(words, told.placed, latest=True, others=told.others, similar=similar)
    assert [p.event.quote for p in found] == [target]
    # not near enough, or not clearly nearer than the next: no anchor (the question goes to the lookup)
    assert story_order.find_anchors(words, told.placed, True, told.others, lambda w, ss: [0.3] * len(ss)) == []
    assert story_order.find_anchors(words, told.placed, True, told.others, lambda w, ss: [0.6] * len(ss)) == []


def test_shipped_anchor_spread_over_several_sentences_is_found_by_meaning(shipped):
    answer = shipped.ask("What treatment was given after the renal biopsy and bone marrow studies pointed to PGNMID with "
                         "kappa light chain deposits in the 43-year-old man with nephrotic syndrome?")
    assert answer.shape == "sequence" and answer.citations
    assert answer.citations[0].doc_id == "corpus:PMC11479900"
    assert "D-VCd regimen" in answer.citations[0].quote
    texts = shipped.document_texts({c.doc_id for c in answer.citations})
    assert all(texts[c.doc_id][c.char_start : c.char_end] == c.quote for c in answer.citations)


def test_the_patient_as_the_anchors_subject_is_not_part_of_the_anchor():
    def anchor(question):
        return story_order.anchor_words(direction(story_order.without_case(question))[1]).strip()

    assert anchor("What was the outcome after the infant with tuberculosis was started on four-drug therapy and steroids?") == (
        "was started on four-drug therapy and steroids")
    assert anchor("What happened to the urinary protein after the man with PGNMID-LC started daratumumab combination therapy?") == (
        "started daratumumab combination therapy")
    assert anchor("What procedure did the boy with TEN undergo after cyclosporin A was added?") == "cyclosporin A was added"
    assert anchor("What happened after the patient's biopsy?") == "the patient's biopsy"
