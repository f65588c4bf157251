"""ConText-style assertion and the bibliographic-line filter, on sentences from the corpus
(the seed case, the PMC case reports) and the evidence sentences of yes_no.jsonl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.text.assertion import AFFIRMED, NEGATED, assertion, declined_offer, done_whatever_result, is_bibliographic, is_textbook

SET = Path(__file__).resolve().parents[1] / "benchmarks" / "sets" / "yes_no.jsonl"


def of(sentence: str, target: str) -> str:
    start = sentence.index(target)
    return assertion(sentence, start, start + len(target))


@pytest.mark.parametrize(
    "sentence, target, expected",
    [
        # negation, forward
        ("Throughout all courses—no grade ≥3 hematologic toxicity.", "toxicity", "negated"),
        ("The patient recovered without CRS.", "CRS", "negated"),
        ("The patient did not receive radiotherapy.", "radiotherapy", "negated"),
        ("Within the standard of care, the patient did not receive pre-operative antibiotics.", "antibiotics", "negated"),
        ("Our patient did not receive surgical treatment because of the presence of metastases.", "surgical treatment", "negated"),
        ("She was not started on steroids.", "steroids", "negated"),
        ("She was not given rituximab after the relapse.", "rituximab", "negated"),
        ("She denied any history of hematuria, dysuria, fever, or weight loss.", "fever", "negated"),
        ("He denied any history of tuberculous exposure.", "tuberculous", "negated"),
        ("No family history of arterial hypertension was present.", "hypertension", "family"),  # not the patient outranks negation
        ("Flow cytometry identified just 1.34% monoclonal plasma cells, effectively ruling out multiple myeloma.", "multiple myeloma", "negated"),
        ("a stool culture, with a negative result for Shiga toxin-producing Escherichia coli", "Shiga toxin", "negated"),
        ("negative serology for hepatitis B and C, Coombs test, and stool H. pylori antigen", "pylori", "negated"),
        ("Given the patient’s situation, she was not a candidate for intensive chemotherapy, and it was decided to treat the AML with the regimen for unfit patients (azacitidine and venetoclax).", "intensive chemotherapy", "negated"),
        ("(CT) showed constant fluid formation around the ascending and descending aorta without signs of anastomosis insufficiencies (Figure 1).", "anastomosis insufficiencies", "negated"),
        # negation, backward
        ("The bone marrow was not involved.", "bone marrow", "negated"),
        ("Notably, EBV-positive cells were absent in this case.", "EBV", "negated"),
        ("Although IVIG is commonly used in children, it was not used in the present case.", "IVIG", "negated"),
        ("While intravenous immunoglobulins (IVIg) were unavailable in our setting", "IVIg", "negated"),
        ("Other second-line treatments, such as cyclophosphamide, ciclosporin A, and mycophenolate mofetil, either alone or in combination, were not employed in this instance [17].", "cyclophosphamide", "negated"),
        ("Sepsis and meningitis were ruled out early via initial investigations.", "meningitis", "negated"),
        ("Anderson–Fabry disease was ruled out by enzyme testing.", "Anderson–Fabry disease", "negated"),
        ("Since the patient had hepatic and adrenal metastasis, surgery was ruled out, the patient was put on chemotherapy.", "surgery", "negated"),
        # the scope ends: a terminator, or the trigger is before a new clause
        ("Since the patient had hepatic and adrenal metastasis, surgery was ruled out, the patient was put on chemotherapy.", "chemotherapy", "affirmed"),
        ("No fever was recorded, but the patient developed pneumonia.", "pneumonia", "affirmed"),
        ("There was no bleeding; however, thrombocytopenia persisted.", "thrombocytopenia", "affirmed"),
        # pseudo-triggers open nothing
        ("In this case, surgery was not feasible, not only due to the widespread nature of the disease.", "disease", "affirmed"),
        ("Remission was sustained in October 2024, February and May 2025, with MRD negative (0.000% by IHC).", "Remission", "affirmed"),
        # uncertain or pending
        ("Imaging detected a gastric mass suspected to be a GIST.", "GIST", "possible"),
        # a finding suggestive of a diagnosis is a suspicion (PMC11503393: the TTP was later excluded)
        ("The presence of schistocytes in the peripheral blood smear, increasing liver enzyme levels, and the patient’s deteriorating condition were suggestive of acquired thrombotic thrombocytopenic purpura (aTTP)", "thrombotic thrombocytopenic purpura", "possible"),
        ("Both CT and ultrasound showed a cystic lesion suggesting an inflammatory or infectious process.", "infectious process", "possible"),
        ("A cervical lymphocele was suspected, and the decision for surgical revision was made.", "lymphocele", "possible"),
        ("In patients with atypical psychiatric symptoms, neuroimaging should be considered to exclude organic causes.", "organic causes", "possible"),
        ("A myocardial biopsy was not performed to exclude myocarditis due to severe coagulation disorders.", "myocarditis", "possible"),
        ("A myocardial biopsy was not performed to exclude myocarditis due to severe coagulation disorders.", "biopsy", "negated"),
        ("however, reverse remodeling due to hypertrophic cardiomyopathy could not be ruled out.", "cardiomyopathy", "possible"),
        ("If fever develops, tocilizumab should be given.", "tocilizumab", "possible"),
        ("Possible drug-induced pneumonitis was discussed.", "pneumonitis", "possible"),
        ("This confirms the high clinical value of the drug as a \"bridge\" to transplantation, or as a standalone therapeutic option in this patient category.", "transplantation", "possible"),
        ("An important aspect of both treatment and diagnostics in this case appears to be splenectomy.", "splenectomy", "possible"),
        # not the patient
        ("[33,34], which might be the case in our patient, given the family history of AF and the additional presence of the SCN5A gene mutation.", "AF", "family"),
        ("Her family history was significant for cancer and chronic kidney disease in his father and cancer in his mother.", "chronic kidney disease", "family"),
        ("His mother had breast cancer.", "breast cancer", "family"),
        # affirmed events of the case
        ("Complications: isolated infections (fungal pneumonia at start, acute rhinosinusitis), managed by standard therapy.", "infections", "affirmed"),
        ("She was started on eculizumab 900 mg per week for 4 weeks, along with antibiotic prophylaxis with amoxicillin and the required vaccination.", "eculizumab", "affirmed"),
        ("Moreover, he developed pneumonia and septic shock.", "septic shock", "affirmed"),
        ("Considering the patient’s frailty and the CD30 expression, a single dose of brentuximab vedotin was administered in March 2023.", "brentuximab", "affirmed"),
    ],
)
def test_assertion_on_corpus_sentences(sentence, target, expected):
    assert of(sentence, target) == expected


def test_no_break_spaces_do_not_hide_a_trigger():
    assert of("Notably, EBV-positive cells were\u00a0absent in this case.", "EBV") == "negated"


# The target term of each yes/no evidence sentence whose answer is the grammar of the
# sentence itself. The other "no" rows are answered by the question's polarity in
# answer/yesno.py, not by negation: yn-019 "refractory to" (did it respond?), yn-020
# "MRD (–)" (was MRD detectable?), yn-022 "considered ... however" (declined), yn-031
# "discontinued" (was it continued?), yn-033 "the test was negative" (HIV-positive?),
# yn-034 "watchful waiting" (was it treated?).
TERMS = {
    "yn-001": "infections", "yn-002": "cranial irradiation", "yn-003": "MRD", "yn-004": "orchitis", "yn-005": "Remission",
    "yn-006": "eculizumab", "yn-007": "hemodialysis", "yn-008": "complete remission", "yn-009": "splenectomy",
    "yn-010": "COVID-19", "yn-011": "autologous stem cell transplantation", "yn-012": "brentuximab vedotin",
    "yn-013": "Rituximab", "yn-014": "septic shock", "yn-015": "discharged", "yn-016": "IMRT", "yn-017": "vitamin K1",
    "yn-018": "hematologic toxicity", "yn-021": "Shiga toxin", "yn-023": "intensive chemotherapy", "yn-024": "intravenous immunoglobulins",
    "yn-025": "cyclophosphamide", "yn-026": "H. pylori", "yn-027": "TPO-RAs", "yn-028": "IVIG", "yn-029": "multiple myeloma",
    "yn-030": "EBV-positive cells", "yn-032": "surgery",
}


def _rows():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("row", [r for r in _rows() if r["id"] in TERMS], ids=lambda r: r["id"])
def test_yes_no_evidence_sentences(row):
    """Each "yes" evidence is affirmed for its target, each "no" evidence negated."""
    want = {"yes": "affirmed", "no": "negated"}[row["expected"]]
    assert of(row["evidence"], TERMS[row["id"]]) == want


@pytest.mark.parametrize(
    "line",
    [
        "Oncology, Nuclear Medicine and Transplantology (eISSN 3105-8760)",
        "Conference Abstract A22",
        "A.M. Kuttymuratov¹, V.M. Kemaykin¹, R.F. Vildanova¹, T.R. Sergazina¹, Sh.A. Zholdasova¹, N.K. Temir¹, N.B. Dairova¹",
        "Proceedings of III International Scientific and Practical Conference \"Current Issues of Bone Marrow Transplantation and Hematology\", October 11-12, 2025, Astana, Kazakhstan",
        "Corresponding author's email: aset91-91@mail.ru",
        "This work is licensed under a Creative Commons Attribution 4.0 International License",
        "The drug has demonstrated the ability to induce MRD-negative remissions in refractory patients [Kantarjian et al., 2017; Topp et al., 2015].",
        "Presented at the 48th Annual Meeting of the European Society for Blood and Marrow Transplantation Congress, Vol. 57, doi: 10.1038/s41409-022-01234-5",
        "Department of Hematology, University Hospital, Astana 010000, Kazakhstan",
        "Abbreviations: HSCT, hematopoietic stem cell transplantation; CRS, cytokine release syndrome.",
        "Available from: https://example.org/guidelines. Accessed 12 March 2024.",
        "© 2024 The Authors. Published by Elsevier Ltd. This is an open access article under the CC BY license.",
        "12. Smith AB, Jones CD, Brown EF. Blinatumomab after transplantation. Blood. 2020;135:100-110.",
    ],
)
def test_bibliographic_lines(line):
    assert is_bibliographic(line)


@pytest.mark.parametrize(
    "line",
    [
        "Complications: isolated infections (fungal pneumonia at start, acute rhinosinusitis), managed by standard therapy.",
        "Patient Zh., born 2002.",
        "Following intensive chemotherapy and autologous stem cell transplantation (ASCT), the patient relapsed with extensive nodal and extranodal involvement",
        "She was admitted to the University hospital with fever.",
        "Throughout all courses—no grade ≥3 hematologic toxicity.",
        "The patient received the drug via the \"Kazakhstan Khalkyna\" Fund as part of the state cancer care program.",
        "On the 90th day of admission (30th post-operative day), she had COVID-19, requiring transfer to a COVID-19 center.",
    ],
)
def test_case_sentences_are_not_bibliographic(line):
    assert not is_bibliographic(line)


def test_a_fronted_clause_denying_the_patient_negates_what_follows():
    sentence = "Although not utilized in this patient, TPO-RAs demonstrate higher efficacy, with 70–80 % response rates."
    start = sentence.index("TPO-RAs")
    assert assertion(sentence, start, start + len("TPO-RAs")) == "negated"


def test_textbook_statements_are_told_from_the_patient_story():
    assert is_textbook("Toripalimab is a fully human monoclonal antibody against the PD-1 receptor.")
    assert is_textbook("Refractory ITP is defined as absence of response to two treatments.")
    assert not is_textbook("She was treated with Toripalimab.")
    assert not is_textbook("The patient is a 62-year-old woman with progressive dementia.")
    # how a disease works, with no patient in it
    assert is_textbook("A genetic abnormality leading to reciprocal translocation between chromosomes 9 and 22 results in the formation of BCR-ABL oncoprotein.")
    assert not is_textbook("In our patient, the effusion results in dyspnea at rest.")


def test_a_concessive_clause_keeps_its_negation_to_itself():
    sentence = "Despite no significant medical history, the patient has been using NSAIDs."
    assert assertion(sentence, sentence.index("NSAIDs"), sentence.index("NSAIDs") + 6) == AFFIRMED
    sentence = "Despite no fever, he was admitted."
    assert assertion(sentence, sentence.index("fever"), sentence.index("fever") + 5) == NEGATED


@pytest.mark.parametrize(
    "sentence, target, expected",
    [
        ("Notably, the positive cfDNA test prevented the need for brain biopsy in this case.", "brain biopsy", NEGATED),
        ("To preserve the child's quality of life, liver transplantation was avoided.", "liver transplantation", NEGATED),
        ("Neurosurgery recommended Gamma Knife radiosurgery for the residual tumor.", "Gamma Knife", "possible"),
        ("AVNRT was not inducible with isoproterenol.", "AVNRT", NEGATED),
        ("A duplex ultrasound was ordered to screen for abdominal aortic aneurysm.", "aortic aneurysm", "possible"),
    ],
)
def test_an_event_spared_avoided_or_only_recommended_is_not_affirmed(sentence, target, expected):
    start = sentence.index(target)
    assert assertion(sentence, start, start + len(target)) == expected


def test_a_done_test_and_a_declined_offer():
    assert done_whatever_result("direct Coombs test", "a negative ... was reported") and not done_whatever_result("Coombs test", "was not performed")
    assert not done_whatever_result("rituximab", "no rituximab was given")
    assert declined_offer("The team recommended ", " infusion, but the patient refused.") and not declined_offer("She received ", " infusion.")


@pytest.mark.parametrize(
    "sentence, target, expected",
    [
        ("She did not smoke nor drink alcohol regularly.", "smoke", NEGATED),
        ("He didn't smoke.", "smoke", NEGATED),
        # only the verb right after the negation is denied
        ("He did not respond to steroids and received rituximab.", "rituximab", AFFIRMED),
    ],
)
def test_did_not_denies_the_verb_after_it(sentence, target, expected):
    start = sentence.index(target)
    assert assertion(sentence, start, start + len(target)) == expected


def test_rejected_plans_are_negated():
    sentence = "Out of these plans, the patient rejected the extraction plans of permanent teeth and chose another plan."
    start = sentence.index("permanent teeth")
    assert assertion(sentence, start, start + len("permanent teeth")) == NEGATED
