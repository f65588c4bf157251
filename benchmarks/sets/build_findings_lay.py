"""Writes findings_lay.jsonl: list / count questions asked about findings, diagnoses and lab
results in lay or direction words ("an enlarged liver", "a fast heart rate", "high potassium",
"a raised CRP") over the shipped corpus.

Every decision below was made by reading each hit of the row's ``search_regex`` (the medical
terms, adjectives, British spellings, abbreviations, the lay phrases and, for a lab, values
past the reference limit; over the case text as indexed: raw article + structured summary) in
its context. Gold: the patient had it (a past history counts; a lab counts when named abnormal
or its value is past the usual limit). Rejected with the reason: negated, ruled out,
discussion or literature, another person (a fetus, a cited patient), a normal value, another
thing of the same word. Each gold case carries a snippet the reader quoted; this script
expands it to its sentence (``evidence``, verbatim, checked by check_sets.py). It never runs
the assistant. Written by helper-findings (2026-11-27, one reader) before the lexicon was
measured on it.

    python benchmarks/sets/build_findings_lay.py
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from list_set_build import ROOT, S, T, sentence  # noqa: E402,F401


_HEPATO = {"PMC11395475": "Hepatomegaly of about 4 cm below the costal arch", "PMC11411574": "protuberant abdomen with mild hepatomegaly",
           "PMC11629271": "Radiological explorations confirmed the hepatomegaly"}
_TACHY = {"PMC11392029": "a mild tachycardia of 110 beats per minute", "PMC11418098": "tachycardia (pulse 100/min)",
          "PMC11439622": "short strands of atrial tachycardia", "PMC11446622": "alongside sinus tachycardia",
          "PMC11490280": "found to be hypoxic and tachycardic in the ED", "PMC11497857": "hypertensive (160/100 mmHg), and tachycardic (109 bpm)",
          "PMC11506189": "she was tachycardic (130 beats per minute)", "PMC11544075": "He was tachycardic (120)",
          "PMC11551029": "An electrocardiogram revealed supraventricular tachycardia", "PMC11565536": "tachycardic to 114 beats per minute",
          "PMC11595504": "tachycardic at 100 beats per minute", "PMC11620866": "tachycardic with a pulse rate of 159/min",
          "PMC11648237": "she was hypotensive (80/40 mmHg), tachycardic (115 bpm)"}
_TACHY_NO = {"PMC11395475": "ventricular tachycardia in cited patients (literature)", "PMC11465705": "AVNRT not inducible; general mechanism",
             "PMC11617126": "anaesthetic plan to prevent tachycardia", "PMC11624525": "ventricular tachycardia in a previous report (literature)"}
_HYPOTENSION = {"PMC11395475": "episodes of hypotension reported with the current treatment",
                "PMC11414482": "Subsequent blood pressure measurement showed a hypotensive blood pressure",
                "PMC11418098": "hypotension (BP 101/47 mmHg)", "PMC11420455": "a profound reduction in cardiac index (CI) accompanied by hypotension",
                "PMC11427117": "He became hypotensive, raising concern for mediastinitis", "PMC11465958": "febrile, dehydrated, hypotensive, and pale",
                "PMC11490280": "the patient also became hypotensive", "PMC11506189": "Initial vital signs showed hypotension (blood pressure 79/59 mmHg)",
                "PMC11551029": "he developed oliguria, confusion, and hypotension", "PMC11595504": "hypotensive with a blood pressure of 97/75",
                "PMC11616425": "Symptoms escalated to hypotension (84/52 mmHg)", "PMC11617126": "the patient experienced hypotension of 80/50 mm Hg",
                "PMC11648237": "she was hypotensive (80/40 mmHg)"}
_HYPOTENSION_NO = {"PMC11439622": "septic shock definition (literature)", "PMC11465705": "orthostatic hypotension ruled out; mechanisms (discussion)",
                   "PMC11546499": "treatment advice (discussion)", "PMC11550105": "not hypotensive (BP 121/86)",
                   "PMC11592073": "spontaneous intracranial hypotension: low CSF pressure, not blood pressure"}
_LEUKO = {"PMC11392029": "Routine blood tests showed an elevated white blood cell count", "PMC11418098": "neutrophilic leukocytosis with a total white",
          "PMC11420455": "High inflammatory markers (e.g., elevated WBC, CRP)", "PMC11424908": "except for leukocytosis of 16,880 cells per ml",
          "PMC11439622": "Labs showed leukocytosis (white blood cells of 25.01x10^9/L)", "PMC11452353": "included a leukocytosis of 13.4",
          "PMC11465958": "increased white blood cell count (19,400)", "PMC11490280": "persistent leukocytosis and a rising C-reactive protein",
          "PMC11513519": "normochromic anaemia with leukocytosis", "PMC11601975": "Her labs revealed leukocytosis, anemia",
          "PMC11608458": "leukocytosis at 11,300/µl", "PMC11616425": "laboratory tests confirmed leukocytosis and thrombocytopenia",
          "PMC11625232": "leukocytosis (15.30 × 10^3/µL)", "PMC11629481": "elevated white blood cell count (39.76 G/L",
          "PMC11632824": "laboratory tests showed leukocytosis and elevated C-reactive protein", "PMC11634049": "white blood cell count of 12,100 cells/uL",
          "PMC11645528": "showed a leukocytosis 18 × 109/L", "PMC11648237": "WBC 12.2 × 10³/μL"}
_LEUKO_NO = {"PMC11395475": "no leukocytosis", "PMC11446622": "white cells of the pleural fluid", "PMC11501102": "no leukocytosis",
             "PMC11550105": "no leukocytosis (6.93 K/uL)", "PMC11602322": "CSF white cell count",
             "PMC11535884": "16,040/mm3 in a neonate (within the newborn range)"}
_CRP = {"PMC11355863": "due to increasing leukocytes and CRP", "PMC11392029": "an increased C-reactive protein level",
        "PMC11420455": "C-reactive protein (CRP) 69.31 mg/L", "PMC11439622": "elevated C-reactive protein (CRP) (140mg/L)",
        "PMC11465958": "significantly raised C-reactive protein (>192 mg/L)", "PMC11490280": "a rising C-reactive protein (CRP) level",
        "PMC11506189": "CRP: 17.8 mg/L [N < 10 mg/L]", "PMC11509757": "a slight elevation in C-reactive protein (CRP; 1.69 mg/dL",
        "PMC11509864": "with a C-reactive protein (CRP) level of 13.91 mg/dL", "PMC11513519": "His ESR and CRP levels were elevated",
        "PMC11551029": "significantly elevated C-reactive protein (CRP)", "PMC11594283": "(C-reactive protein at 185 mg/L)",
        "PMC11596152": "The CRP concentration in the serum initially measured 39.45 mg/L", "PMC11608458": "a C-reactive protein (CRP) level of 159.5 mg/L",
        "PMC11614595": "with an increasing white blood cell (WBC) count, C-reactive protein (CRP) level", "PMC11616425": "elevated inflammatory and infection markers such as CRP",
        "PMC11620866": "C-reactive protein (CRP) was 89 mg/L", "PMC11621671": "a C-reactive protein level of 14.89 mg/dL",
        "PMC11624525": "hypersensitive C-reactive protein (hs-CRP) >10 mg/mL", "PMC11625232": "elevated C-reactive protein (CRP) levels (306.9 mg/L)",
        "PMC11629481": "C-reactive protein at 210.6 mg/L", "PMC11632824": "leukocytosis and elevated C-reactive protein",
        "PMC11634049": "a C-reactive protein level of 16 mg/dL", "PMC11646791": "were 10.4 g/dL, 124,000 cells/μL, 5.23, and 7.46 mg/dL"}
_CRP_NO = {"PMC11395475": "CRP within normal limits", "PMC11470198": "CRP versus ESR (discussion)", "PMC11499726": "CRP 2 mg/L, normal",
           "PMC11513667": "CRP 8 mg/L, under the 10 mg/L limit", "PMC11535884": "CRP 0.1 mg/dL, normal", "PMC11539092": "CRP 0.11 mg/L, normal",
           "PMC11546045": "CRP done, normal implied", "PMC11585469": "CRP normal", "PMC11593014": "CRP 0.08 -> 0.03 mg/dL (normal values)",
           "PMC11608958": "CRP 3.8 mg/L, normal", "PMC11617203": "CRP 3 mg/L, normal", "PMC11622295": "typically elevated (textbook)"}
_ICH = {"PMC11395317": "requiring additional surgery to remove the intracerebral hematoma", "PMC11413548": "intracerebral bleeds, and porencephalic cysts",
        "PMC11549870": "The surgical repair was postponed because of a recent hemorrhagic stroke",
        "PMC11592073": "showed a bilateral chronic subdural hematoma", "PMC11647062": "These included an intraparenchymal hemorrhage in the right basifrontal lobe"}
_ICH_NO = {"PMC11544788": "grade I IVH of the newborn; the report's patient is the mother", "PMC11427117": "spinal epidural hematoma at a C6 fracture, no intracranial bleed", "PMC11497857": "procedural risk (literature)",
           "PMC11616425": "HFRS complications (textbook)", "PMC11621058": "differential diagnosis (discussion)",
           "PMC11631590": "intracranial hemorrhage of the fetus, and brodifacoum literature"}
_EDEMA = {"PMC11395475": "massive symmetric bilateral pretibial pitting edema", "PMC11469216": "bilateral lower extremity edema, and an unexplained",
          "PMC11479900": "with eyelid and lower limb edema", "PMC11631872": "high fever, peripheral edema and progressive lymphadenopathy"}
_EDEMA_NO = {"PMC11411574": "no peripheral edema", "PMC11416184": "no pedal edema", "PMC11506189": "no peripheral edema", "PMC11535884": "no pitting edema",
             "PMC11439622": "myocarditis symptoms (literature)", "PMC11592073": "steroid adverse effects (discussion)", "PMC11632603": "pitting edema of the breasts"}
_ALBUMIN = {"PMC11513519": "decreased albumin of 3.0 g/dL", "PMC11616425": "an albumin level of 25.9 g/L", "PMC11620866": "Albumin was 26 g/L",
            "PMC11634049": "albumin of 2.0 g/dL, prealbumin"}
_STOOL = {"PMC11483286": "the patient reported hematochezia and diarrhea", "PMC11594283": "presented with anemia, melena, epigastric pain",
          "PMC11614595": "recurrent abdominal pain, hematochezia, oral aphthous ulcers"}
_STOOL_NO = {"PMC11396497": "symptoms of reported cysts (literature)", "PMC11420455": "manifestations of mesenteric ischaemia (textbook)",
             "PMC11547072": "typical HUS after bloody diarrhea (textbook)"}
_MI = {"PMC11506189": "diagnosed with ST-elevation myocardial infarction (STEMI)", "PMC11510521": "myocardial infarction with stent insertion",
       "PMC11624525": "Electrocardiography revealed an acute inferior myocardial infarction"}
_MI_NO = {"PMC11420455": "AMI = acute mesenteric ischemia", "PMC11490280": "AMI = acute mesenteric ischemia", "PMC11439622": "myocardial infarction ruled out",
          "PMC11465705": "myocardial infarction ruled out", "PMC11505654": "GACI deaths (literature)"}
_PE_NO = {"PMC11429645": "ruled out", "PMC11439622": "ruled out", "PMC11446622": "no pulmonary embolism", "PMC11452353": "complication of DVT (textbook)",
          "PMC11459453": "suspected; no result reported", "PMC11490280": "VQ defects judged low risk for PE", "PMC11506189": "ruled out",
          "PMC11550105": "no pulmonary embolism", "PMC11570109": "no pulmonary embolism", "PMC11632487": "polidocanol complication (literature)"}

_NOTE = ("built 2026-11-27 (helper-findings) by build_findings_lay.py: the corpus (raw_case + case_summary) searched with search_regex (medical terms, "
         "adjectives, British spellings, abbreviations, lay phrases, values past the limit), each hit read; gold = the patient had it")
Q = [
 ("hepatomegaly", "list", "Which patients had an enlarged liver?", r"hepatomegal\w*|hepatosplenomegal\w*|enlarged liver|liver enlargement|liver was enlarged",
  _HEPATO, {"PMC11378089": "textbook signs", "PMC11461041": "literature", "PMC11595504": "textbook signs of the disease"}),
 ("hepatomegaly", "count", "How many patients had a swollen liver?", r"hepatomegal\w*|hepatosplenomegal\w*|enlarged liver|liver enlargement|liver was enlarged",
  _HEPATO, {"PMC11378089": "textbook signs", "PMC11461041": "literature", "PMC11595504": "textbook signs of the disease"}),
 ("tachycardia", "count", "How many patients had a fast heart rate?", r"tachycardi\w*|tachyarrhythm\w*|fast heart|rapid heart", _TACHY, _TACHY_NO),
 ("hypotension", "list", "Which patients had low blood pressure?", r"hypotensi\w*|low blood pressure", _HYPOTENSION, _HYPOTENSION_NO),
 ("leukocytosis", "list", "Which patients had a high white count?",
  r"leu[ck]ocytosis|(?:elevated|raised|high|increased) (?:white|WBC|leu[ck]ocyte)\w*|(?:white blood cells?|WBC|leu[ck]ocytes?)(?: count)? ... values > 11 x10^9/L",
  _LEUKO, _LEUKO_NO),
 ("elevated c-reactive protein", "list", "Which patients had a raised CRP?", r"C-reactive protein|\bCRP\b (every mention read; values over 10 mg/L or 1 mg/dL)", _CRP, _CRP_NO),
 ("elevated c-reactive protein", "count", "How many patients had high C-reactive protein?", r"C-reactive protein|\bCRP\b (every mention read)", _CRP, _CRP_NO),
 ("hyperkalemia", "list", "Which patients had high potassium?", r"hyperkal\w*|(?:high|elevated|raised|increased) potassium|potassium[^.]{0,25}?(?:5\.[5-9]|[6-9]\.\d)",
  {"PMC11368709": "hyponatremia and hyperkalemia with acute kidney injury were noted", "PMC11535893": "and potassium (5.6 mEq/L); decreased sodium"},
  {"PMC11484256": "potassium channel gene (discussion)"}),
 ("hypokalemia", "count", "How many patients had low potassium?", r"hypokal\w*|(?:low|decreased) potassium|potassium[^.]{0,25}?(?:[0-2]\.\d|3\.[0-4])\b",
  {"PMC11411574": "metabolic alkalosis with hyponatremia and hypokalemia (Table 1)", "PMC11469216": "severe refractory hypokalemia requiring intravenous replacement",
   "PMC11620866": "hypokalaemia (potassium 3.4 mmol/L)"},
  {"PMC11439622": "adverse events in a cited trial", "PMC11646791": "warfarin potassium (a drug salt)"}),
 ("hypoalbuminemia", "list", "Which patients had low albumin?", r"hypoalbumin\w*|(?:low|decreased|reduced) (?:serum )?albumin|albumin ... < 3.5 g/dL or < 35 g/L",
  _ALBUMIN, {"PMC11570781": "prognostic factor (literature)"}),
 ("intracranial hemorrhage", "list", "Which patients had a brain bleed?",
  r"(?:intracranial|intracerebral|cerebral|subarachnoid|subdural|intraventricular|intraparenchymal|cerebellar|brain|extradural|epidural) (?:ha?emorrhage|ha?ematoma|bleed\w*)|ha?emorrhagic stroke|\bSAH\b|\bICH\b|\bIVH\b|\bSDH\b",
  _ICH, _ICH_NO),
 ("peripheral edema", "list", "Which patients had swollen legs?",
  r"(?:pedal|peripheral|leg|ankle|pitting|lower[- ](?:limb|extremity)|pretibial) o?edema|o?edema of (?:the |both )?(?:legs|lower)|swelling of (?:the |both )?legs|swollen (?:legs|ankles|feet)|(?:leg|ankle) swelling",
  _EDEMA, _EDEMA_NO),
 ("blood in the stool", "count", "How many patients had blood in the stool?",
  r"melaena|melena|hematochezia|haematochezia|rectal bleeding|bloody stool|blood in (?:the |his |her )?stool|bloody diarrh|tarry stool|bleeding per rectum", _STOOL, _STOOL_NO),
 ("hematemesis", "list", "Which patients vomited blood?", r"hematemesis|haematemesis|vomit\w* blood|coffee[- ]ground|bloody vomit",
  {"PMC11648237": "recurrent hematemesis, a new skin rash"},
  {"PMC11420455": "manifestations of mesenteric ischaemia (textbook)", "PMC11634049": "presentations of an AEF (textbook)"}),
 ("acute myocardial infarction", "list", "Which patients had a heart attack?", r"myocardial infarct\w*|heart attack|\bN?STEMI\b|\bAMI\b", _MI, _MI_NO),
 ("pulmonary embolism", "list", "Which patients had a blood clot in the lung?", r"pulmonary (?:embol\w*|thromboembol\w*)|\bPE\b|\bPTE\b|clot in the lung", {}, _PE_NO),
 ("pneumothorax", "count", "How many patients had a collapsed lung?", r"pneumothora\w*|collapsed lung", {}, {"PMC11446622": "absence of a pneumothorax"}),
 ("kidney stones", "list", "Which patients had kidney stones?",
  r"nephrolith\w*|urolith\w*|kidney stones?|renal (?:stones?|calcul\w*)|ureter\w* (?:stones?|calcul\w*)|ureterolith\w*",
  {"PMC11490280": "with the exception of a non-obstructing left nephrolithiasis"}, {"PMC11470198": "no history of urolithiasis; risk factor (literature)"}),
]
out = []
for i, (subject, shape, question, regex, gold, rejected) in enumerate(Q, 1):
    ev = {c: sentence(c, s) for c, s in gold.items()}
    out.append({"id": f"fl-{i:03d}", "question": question, "shape": shape, "gold_cases": sorted(gold), "evidence": ev, "subject": subject,
                "gold_count": len(gold), "search_regex": regex, "rejected_candidates": rejected, "note": _NOTE})
with open(ROOT / 'benchmarks/sets/findings_lay.jsonl', 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), sum(len(r['gold_cases']) for r in out))
