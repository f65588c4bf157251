"""Write ``benchmarks/sets/user_audit2.jsonl``: a blind audit set of 45 questions (issue #10,
"answers that fit the question"), asked as a hematologist or an educator would.

Written on 2026-11-27 by helper-audit2 **blind**: only the shipped records were read (grep over
all 201 documents as the loader indexes them, then the hits read); the assistant, the app and the
scorer were never run on these questions and no answer to them was seen. Same mix as the earlier
browser audit (``user_audit1.jsonl``, /tmp/s15/audit.md) but other questions, mostly other cases and
other facts: list/count 9, yes/no 10 (yes 3, reported as absent in other words 4, never mentioned 3),
lookup 14, sequence 8, compare 4. List/count/compare gold = every case whose patient had it (grep over
all documents, each hit read; hits that are differentials, negative tests, susceptibility tables,
discussion or literature are in ``rejected``). Lookup/sequence spans are located in the indexed
text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous).

    python benchmarks/sets/build_user_audit2.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import SEED_DOCS, by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit2.jsonl"
TXT, CSV = SEED_DOCS

LISTS = [
    {"shape": "list", "question": "Which patients were given levetiracetam?",
     "evidence": {
         "PMC11366418": "Injection Levetiracetam was initiated due to focal seizures",
         "PMC11395317": "Antiepileptic treatment of levetiracetam was administered.",
         "PMC11438519": "He was initiated on levetiracetam post-op as prophylaxis for potential seizures following the craniotomy.",
         "PMC11497857": "levetiracetam for seizure prophylaxis",
         "PMC11595896": "as well as levetiracetam and divalproex sodium for epilepsy treatment",
         "PMC11614507": "the patient was subsequently started on lacosamide followed by levetiracetam later in her course",
         "PMC11617126": "for which she was on phenobarbital 60 mg twice daily and levetiracetam 500 mg three times daily"},
     "note": "all 7 documents naming levetiracetam give it to the patient (PMC11595896 and PMC11617126: long-term epilepsy medication, counted)"},
    {"shape": "list", "question": "Any patients living with HIV in the records?",
     "evidence": {"PMC11366418": "Here, we present the case of a 48-year-old male living with HIV"},
     "rejected": {"PMC11497857": "HIV serology ordered", "PMC11501102": "IRIS analogy in the discussion",
                  "PMC11509492": "risk factor list", "PMC11547072": "HIV serology among tests",
                  "PMC11570475": "discussion", "PMC11595504": "fourth-generation HIV test negative",
                  "PMC11617203": "HIV A1 and A2 tests negative", "PMC11629271": "HIV serology negative"},
     "note": "8 of the 9 documents naming HIV are negative tests or discussion"},
    {"shape": "count", "question": "How many patients had a deep vein thrombosis?",
     "evidence": {
         "PMC11452353": "showed an occlusive thrombus of the right subclavian, brachial, and axillary veins",
         "PMC11459453": "past medical history of deep venous thrombosis (DVT)",
         "PMC11549870": "the patient developed right\xa0lower limb deep vein thrombosis"},
     "rejected": {"PMC11580067": "ultrasound: no evidence of deep vein thrombosis", "PMC11490280": "discussion (hypercoagulability)",
                  "PMC11631590": "literature on vitamin K1 complications", "PMC11632603": "DVT prophylaxis withheld"},
     "note": "PMC11459453 is a past DVT (counted); mesenteric venous thrombosis (PMC11420455, PMC11490280) is not a DVT"},
    {"shape": "list", "question": "Which patients were treated with acyclovir?",
     "evidence": {
         "PMC11510521": "The patient received 350 mg of intravenous acyclovir three times a day",
         "PMC11522842": "He was started on ceftriaxone and acyclovir according to protocol.",
         "PMC11539092": "Our patient received 1 dose of IVIG (1 g/kg), antibiotics, and acyclovir.",
         "PMC11552406": "The patient was then prescribed acyclovir 400 mg five times a day for 7 days",
         "PMC11595896": "acyclovir eye ointment every 5 h",
         "PMC11621671": "along with antiviral treatment (acyclovir)"},
     "note": "PMC11595896: topical acyclovir (plus oral valacyclovir); PMC11621671: acyclovir before referral, counted"},
    {"shape": "count", "question": "How many patients received temozolomide?",
     "evidence": {
         "PMC11428674": "The patient was treated with radiation and concomitant temozolomide.",
         "PMC11509173": "The patient was scheduled for radiation and temozolomide chemotherapy.",
         "PMC11602322": "She received the treatment of Rituximab, Temozolomide and Orelabrutinib.",
         "PMC11645528": "The patient commenced capecitabine/temozolomide",
         "PMC11646824": "followed by treatment with temozolomide"},
     "note": "PMC11509173: scheduled and prescribed ('120 mg of temozolomide ... were also prescribed'), counted"},
    {"shape": "list", "question": "Which patients were taking warfarin?",
     "evidence": {
         "PMC11592073": "Warfarin anticoagulation was discontinued and replaced by subcutaneous heparin the following day",
         "PMC11617126": "prompting the addition of amiodarone twice daily and warfarin",
         "PMC11625102": "transitioned to warfarin with bridging until a therapeutic INR was achieved",
         "PMC11646791": "and warfarin potassium were started as intensified antithrombotic treatment"},
     "rejected": {"PMC11490280": "discussion: when to move from heparin to warfarin", "PMC11631590": "superwarfarin (brodifacoum) poisoning",
                  "PMC11395475": "acenocoumarol (another vitamin K antagonist), not warfarin"},
     "note": "the brodifacoum poisoning is a 'superwarfarin', not warfarin given"},
    {"shape": "list", "question": "Which patients received piperacillin-tazobactam?",
     "evidence": {
         "PMC11439622": "He received piperacillin sodium and tazobactam sodium (TZP) 4.5g q8h for 3 days",
         "PMC11465958": "Initial empirical treatment with intravenous piperacillin/tazobactam was initiated",
         "PMC11497857": "the patient was started on empiric IV piperacillin/tazobactam and vancomycin",
         "PMC11506189": "empirical antimicrobial therapy with vancomycin and piperacillin with tazobactam",
         "PMC11565536": "piperacillin/tazobactam was started empirically",
         "PMC11629481": "empirical antibiotic treatment with intravenous Piperacillin/Tazobactam and Gentamicin"},
     "rejected": {"PMC11608458": "only in the isolate's susceptibility list (MIC); the patient got daptomycin, ceftazidime, amikacin"}},
    {"shape": "count", "question": "How many cases report treatment with bevacizumab?",
     "evidence": {
         "PMC11594283": "His treatment with bevacizumab, initiated in November 2022",
         "PMC11628523": "Then, bevacizumab (15mg/kg) was added at the second cycle."},
     "rejected": {"PMC11574702": "discussion of anti-VEGF drugs"}},
    {"shape": "list", "question": "Which patients needed platelet transfusions?",
     "evidence": {
         "PMC11616425": "platelet transfusion was administered to increase platelet counts",
         "PMC11648237": "She was stabilized with eight units of whole blood, eleven units of platelets"},
     "note": "searched platelet(s) near transfus*, 'units of platelets', platelet concentrates"},
]

YESNO = [
    {"case": "PMC11366418", "question": "Was antiretroviral therapy restarted in the man with cryptococcal and tubercular meningitis?",
     "expected": "yes", "evidence": "Antiretroviral therapy, comprising Lamivudine, Tenofovir, and Dolutegravir, was resumed two weeks after starting antifungal therapy"},
    {"case": "PMC11625102", "question": "Was the pregnant woman with antiphospholipid syndrome delivered by caesarean?",
     "expected": "yes", "evidence": "An emergency cesarean section was performed at 32 weeks of gestation",
     "note": "British spelling in the question, 'cesarean section' in the record"},
    {"case": "seed-blinatumomab-all", "question": "Did the blinatumomab patient get any CNS prophylaxis?",
     "expected": "yes", "evidence": "CNS leukemia prophylaxis with triple therapy (methotrexate, cytarabine, dexamethasone)"},
    {"case": "PMC11595504", "question": "Did the man with disseminated histoplasmosis test positive for HIV?",
     "expected": "no", "evidence": "We performed a fourth-generation HIV test to consider this as a susceptibility factor; however, the test was negative."},
    {"case": "PMC11617203", "question": "Did the blood culture grow anything in the woman with the hand infection after acupuncture?",
     "expected": "no", "evidence": "The blood culture was sterile.", "note": "'sterile', not 'negative'"},
    {"case": "PMC11551029", "question": "Was the boy with rhinovirus A66 myocarditis given IVIG?",
     "expected": "no", "evidence": "Although IVIG is commonly used in children, it was not used in the present case."},
    {"case": "PMC11614595", "question": "Was the prednisone dose raised to treat the Crohn's disease of the teenager with nephrotic syndrome?",
     "expected": "no", "evidence": "we opted not to increase the prednisone dosage for remission induction"},
    {"case": "PMC11552406", "question": "Was the woman with the HSV-1 lump at the corner of her lip tested for HIV?",
     "expected": "not_reported", "search_regex": r"\bHIV\b|immunodeficiency"},
    {"case": "PMC11625102", "question": "Did the woman with antiphospholipid syndrome receive IVIG?",
     "expected": "not_reported", "search_regex": r"IVIG|immunoglobulin|gamma globulin"},
    {"case": "PMC11614595", "question": "Was the teenager who developed Crohn's disease after rituximab treated with infliximab?",
     "expected": "not_reported", "search_regex": r"infliximab", "hits": 3,
     "note": "the 3 hits are discussion: therapies that 'have shown efficacy in treating RTX-induced IBD', Morita et al.'s case, TNF-alpha; he got mesalazine"},
]

LOOKUPS = [
    {"case": "PMC11625102", "question": "What was the platelet count of the pregnant woman with antiphospholipid syndrome when she came in with the strokes?",
     "answer": "95,000/µL", "evidence": "thrombocytopenia with a platelet count of 95,000/µL",
     "alternatives": [{"answer": "95,000/µL", "evidence": "Platelet count of 95,000/µL."}]},
    {"case": "PMC11506189", "question": "How old was the young woman with acute heart failure treated in the ICU?",
     "answer": "19-year-old", "evidence": "A 19-year-old Asian female with no recent travel history",
     "alternatives": [{"answer": "19-year-old", "evidence": "in a 19-year-old Asian female"},
                      {"answer": "19-year-old", "evidence": "**Patient Information:** 19-year-old Asian female"}]},
    {"case": "PMC11614595", "question": "How many rituximab treatments had the teenager with nephrotic syndrome received before his Crohn's disease?",
     "answer": "ten RTX treatments", "evidence": "the patient received a total of ten RTX treatments",
     "alternatives": [{"answer": "ten administrations of RTX", "evidence": "following ten administrations of RTX."},
                      {"answer": "ten administrations of RTX treatment", "evidence": "Our patient has received ten administrations of RTX treatment"},
                      {"answer": "ten doses of rituximab (RTX)", "evidence": "Underwent ten doses of rituximab (RTX)"}]},
    {"case": "PMC11452353", "question": "Which arm veins were clotted at presentation in the pregnant woman with hereditary angioedema?",
     "note": "her VTE six years earlier (bilateral subclavian veins, SVC) is history, not the answer",
     "answer": "right subclavian, brachial, and axillary veins", "evidence": "showed an occlusive thrombus of the right subclavian, brachial, and axillary veins",
     "alternatives": [{"answer": "right subclavian, axillary, and brachial veins", "evidence": "occlusive thrombus in the right subclavian, axillary, and brachial veins"}]},
    {"case": "PMC11510521", "question": "What dose of intravenous acyclovir did the man with EBV-associated acute retinal necrosis receive?",
     "answer": "350 mg of intravenous acyclovir three times a day", "evidence": "The patient received 350 mg of intravenous acyclovir three times a day",
     "alternatives": [{"answer": "350 mg of intravenous acyclovir three times a day", "evidence": "Doses of 350 mg of intravenous acyclovir three times a day"}]},
    {"case": "PMC11513519", "question": "Which ANCA was positive in the man with vasculitis and chronic hepatitis B?",
     "answer": "c-ANCA", "evidence": "His serum c-ANCA came out to be positive at 9.56.",
     "alternatives": [{"answer": "c-ANCA", "evidence": "elevated inflammatory markers, positive c-ANCA, and HBV PCR positivity"},
                      {"answer": "c-ANCA", "evidence": "positive c-ANCA (9.56)"}]},
    {"case": "PMC11552406", "question": "What was the anti-HSV-1 IgG result of the woman with the lump at the corner of her lip?",
     "answer": "122", "evidence": "HSV-1 reactive with a result of 122 (Positive > 25)",
     "alternatives": [{"answer": "122 U/mL", "evidence": "anti-HSV-1 IgG result was 122 U/mL"},
                      {"answer": "122 U/mL", "evidence": "reactive to anti-HSV IgG with result of 122 U/mL"},
                      {"answer": "122 U/mL", "evidence": "Anti-HSV-1 IgG elevated at 122 U/mL"}]},
    {"case": "seed-blinatumomab-all", "doc": TXT, "question": "What karyotype did the seed ALL patient have at onset?",
     "answer": "hyperdiploid karyotype, t(1;6)", "evidence": "B-II variant, hyperdiploid karyotype, t(1;6)",
     "alternatives": [{"doc": CSV, "answer": "hyperdiploid karyotype, t(1;6)", "evidence": "B-II variant, hyperdiploid karyotype, t(1;6)"}]},
    {"case": "PMC11628523", "question": "What dose of cadonilimab was the woman with metastatic cervical cancer given?",
     "answer": "10 mg/kg", "evidence": "cadonilimab (10 mg/kg) on day 2"},
    {"case": "PMC11570781", "question": "What dose of zoledronic acid did the patient with refractory hypercalcemia from a buccal mucosa cancer get?",
     "answer": "4 mg", "evidence": "Zoledronic acid (4 mg) was administered"},
    {"case": "PMC11492059", "question": "What was the first treatment of the man with Wilson disease?",
     "answer": "zinc acetate", "evidence": "His initial treatment was zinc acetate",
     "alternatives": [{"answer": "zinc acetate", "evidence": "transitioning his maintenance pharmacotherapy from zinc acetate"}]},
    {"case": "PMC11539092", "question": "What dose of IVIG did the infant with acute necrotizing encephalopathy get?",
     "answer": "1 g/kg", "evidence": "Our patient received 1 dose of IVIG (1 g/kg)"},
    {"case": "PMC11594283", "question": "When was bevacizumab started in the man with hereditary hemorrhagic telangiectasia?",
     "answer": "November 2022", "evidence": "His treatment with bevacizumab, initiated in November 2022"},
    {"case": "PMC11595504", "question": "Which organism did the PCR confirm in the 58-year-old man with adrenal masses and tongue lesions?",
     "answer": "Histoplasma capsulatum", "evidence": "28s ribosomal DNA PCR confirmed infection due to Histoplasma capsulatum",
     "alternatives": [{"answer": "Histoplasma capsulatum", "evidence": "Positive 28s ribosomal DNA PCR for *Histoplasma capsulatum*"}]},
]

SEQUENCES = [
    {"case": "PMC11366418", "question": "What was the man living with HIV given after the ten weeks of fluconazole consolidation?",
     "answer": "tablet Fluconazole 200 mg daily as maintenance therapy",
     "evidence": "Subsequently, the patient was placed on tablet Fluconazole 200 mg daily as maintenance therapy.",
     "note": "the next sentence (levetiracetam for focal seizures) is told after it but not dated; the maintenance step is the answer"},
    {"case": "PMC11510521", "question": "What replaced intravenous acyclovir in the man with EBV acute retinal necrosis?",
     "answer": "1g of per-oral valaciclovir three times a day", "evidence": "systemic acyclovir was switched to 1g of per-oral valaciclovir three times a day",
     "alternatives": [{"answer": "1g of oral valaciclovir three times a day", "evidence": "Intravenous acyclovir was changed to 1g of oral valaciclovir three times a day"}]},
    {"case": "PMC11625102", "question": "Which anticoagulant was the woman with antiphospholipid syndrome on before she was switched to warfarin?",
     "answer": "LMWH", "evidence": "the patient was continued on LMWH postpartum and transitioned to warfarin",
     "alternatives": [{"answer": "low-molecular-weight heparin (LMWH)", "evidence": "anticoagulation using low-molecular-weight heparin (LMWH) to prevent further thrombotic events"}]},
    {"case": "PMC11592073", "question": "What replaced warfarin in the 52-year-old woman with Marfan syndrome once her INR came back at 3.84?",
     "answer": "subcutaneous heparin", "evidence": "Warfarin anticoagulation was discontinued and replaced by subcutaneous heparin the following day",
     "alternatives": [{"answer": "heparin", "evidence": "Warfarin anticoagulation was stopped and replaced by heparin."}]},
    {"case": "PMC11645528", "question": "What happened a month after the man with combined pancreatic NET and NEC started capecitabine/temozolomide?",
     "answer": "developed sepsis requiring intensive care admission for vasopressor support",
     "evidence": "After 1\xa0month, they developed sepsis requiring intensive care admission for vasopressor support."},
    {"case": "PMC11595504", "question": "What was the man with disseminated histoplasmosis switched to after intravenous liposomal amphotericin?",
     "answer": "oral itraconazole 200 mg three times a day for 3 days followed by 200 mg twice daily",
     "evidence": "The patient was then transitioned to oral itraconazole 200 mg three times a day for 3 days followed by 200 mg twice daily.",
     "alternatives": [{"answer": "oral itraconazole 200 mg twice daily", "evidence": "He was discharged in stable condition on oral itraconazole 200 mg twice daily."}],
     "note": "a lumbar puncture (a test) is told between the amphotericin and the switch"},
    {"case": "PMC11492059", "question": "What was the man with Wilson disease switched to when his insurance stopped covering Galzin?",
     "answer": "zinc gluconate 50\xa0mg tablet", "evidence": "the patient was switched to zinc gluconate 50\xa0mg tablet",
     "alternatives": [{"answer": "zinc gluconate", "evidence": "from zinc acetate to zinc gluconate"},
                      {"answer": "zinc gluconate", "evidence": "successful transition to zinc gluconate"}]},
    {"case": "PMC11570781", "question": "What was done when the calcium of the patient with buccal mucosa cancer stayed high after zoledronic acid and a trial of steroids?",
     "answer": "urgent hemodialysis was scheduled", "evidence": "urgent hemodialysis was scheduled with a low-calcium dialysate",
     "alternatives": [{"answer": "treated with hemodialysis", "evidence": "The patient was subsequently treated with hemodialysis"},
                      {"answer": "two hemodialysis sessions", "evidence": "He underwent two hemodialysis sessions."}]},
]

COMPARES = [
    {"question": "Compare the outcomes of the two patients with Creutzfeldt-Jakob disease.",
     "evidence": {"PMC11614507": "On Day 9, she passed away peacefully at home.",
                  "PMC11647126": "passed away peacefully with family at bedside"}},
    {"question": "Compare how the Burkholderia infections were treated.",
     "evidence": {"PMC11418098": "Intravenous ceftazidime was administered for the intensive phase of treatment.",
                  "PMC11465958": "leading to a switch to intravenous ceftazidime 1 g"},
     "note": "B. thailandensis (PMC11418098) and B. pseudomallei (PMC11465958)"},
    {"question": "Compare the outcomes of the patients with infective endocarditis.",
     "evidence": {"PMC11497857": "The patient was discharged on hospital day 18",
                  "PMC11549870": "Patient showed clinical improvement with resolution of fever and vegetation echocardiographically.",
                  "PMC11647062": "the patient showed marked symptomatic improvement"},
     "rejected": {"PMC11418098": "discussion (endocarditis in melioidosis)", "PMC11608458": "organism's spectrum",
                  "PMC11624969": "prophylaxis recommendation"}},
    {"question": "Compare how the patients with fulminant myocarditis were treated.",
     "evidence": {"PMC11551029": "He had indications for ECMO implantation.",
                  "PMC11624525": "The patient received no pharmacologic treatment for hyperthyroidism but was prescribed a low-iodine"},
     "rejected": {"PMC11506189": "fulminant cardiogenic shock of unknown aetiology, myocarditis not diagnosed (no biopsy)",
                  "PMC11439622": "ICI myocarditis, not called fulminant", "PMC11646979": "suspected viral myocarditis, not fulminant"}},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua2", OUT))
