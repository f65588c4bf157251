"""Writes drug_classes.jsonl: list / count questions asked by drug class ("Which patients received
an anthracycline?") over the shipped corpus.

Every decision below was made by reading each hit of the row's ``search_regex`` (every member of
the class: generic and brand names, the class names; over the case text as indexed: raw article +
structured summary) in its context. Gold: the patient got the drug (topical and procedural uses
count); rejected with the reason: discussion, literature, another person, an option not given, a
lab or susceptibility result, a drug of another class with a similar use. Each gold case carries
the snippet the reader quoted; this script expands it to its sentence (``evidence``, verbatim,
checked by check_sets.py). It never runs the assistant.

    python benchmarks/sets/build_drug_classes.py
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from list_set_build import ROOT, S, T, sentence  # noqa: E402,F401

Q = [
 ("anthracycline", "list", "Which patients received an anthracycline?", r"\w*rubicin|mitoxantrone|anthracycline|adriamycin|doxil|caelyx", {
   "PMC11446496": "chemotherapy (doxorubicin 75 mg", "PMC11456881": "C5VD (vincristine, fluorouracil, cisplatin, and doxorubicin)",
   "PMC11492433": "received adjuvant chemotherapy with doxorubicin", "PMC11503393": "weekly infusion of doxorubicin",
   "PMC11608042": "iodine oil (20 mL) and epirubicin (20 mg), polyvinyl", "PMC11631872": "achieved with the CHOP (cyclophosphamide, doxorubicin"},
  {"PMC11378089": "literature only (PHL therapy reported by other authors)", "PMC11574702": "pirarubicin named in discussion (chemoresistance literature)"}),
 ("anticonvulsant", "count", "How many patients were given anti-seizure medication?", r"levetiracetam|levitiracetam|phenytoin|valpro|carbamazepine|oxcarbazepine|lamotrigine|topiramate|lacosamide|phenobarbit|zonisamide|vigabatrin|clobazam|gabapentin|pregabalin|anti-?seizure|anti-?epileptic|anticonvulsant|\bAEDs?\b|\bASMs?\b", {
   "PMC11366418": "Injection Levetiracetam was initiated", "PMC11395317": "Antiepileptic treatment of levetiracetam was administered",
   "PMC11413548": "The child was started on anti-seizure medications", "PMC11416184": "she was on tablet oxcarbazepine 300 mg",
   "PMC11438519": "He was initiated on levetiracetam post-op", "PMC11462780": "the patient received antiepileptic medication",
   "PMC11469216": "an additional antiepileptic medication was added", "PMC11497857": "levetiracetam for seizure prophylaxis",
   "PMC11546045": "he was taking combined doses of lamotrigine and valproate", "PMC11595896": "as well as levetiracetam and divalproex sodium",
   "PMC11614507": "the patient was subsequently started on lacosamide", "PMC11617126": "for which she was on phenobarbital 60 mg twice daily"},
  {"PMC11461041": "phenytoin named as a cause of drug eruptions (discussion)", "PMC11620866": "carbamazepine/phenobarbitone-induced SJS in cited cases",
   "PMC11631590": "phenobarbital discussed for rodenticide poisoning (literature)", "PMC11646824": "gabapentin in a cited nystagmus study",
   "PMC11550105": "gabapentin for neuropathy: a gabapentinoid for pain, not counted as an anti-seizure medication",
   "PMC11580067": "pregabalin for CRPS pain (gabapentinoid for pain)", "PMC11597933": "pregabalin for CRPS pain (gabapentinoid for pain)",
   "PMC11632487": "pregabalin for pain (gabapentinoid for pain)"}),
 ("platinum", "list", "Which patients received platinum-based chemotherapy?", r"\w*platin\w*|platinum", {
   "PMC11398847": "regimen included carboplatin and etoposide", "PMC11402139": "87.5 mg of cisplatin was selectively injected",
   "PMC11431636": "two cycles of capecitabine/cisplatin/durvalumab chemotherapy", "PMC11439622": "nab-paclitaxel and nidaplatin",
   "PMC11446496": "cisplatin 120 mg", "PMC11456881": "C5VD (vincristine, fluorouracil, cisplatin, and doxorubicin)",
   "PMC11459113": "receiving Oxaliplatin 100 mg", "PMC11459453": "carboplatin therapy was initiated",
   "PMC11469216": "start the patient on chemotherapy with carboplatin and etoposide", "PMC11488400": "Carboplatin 162mg IV OD",
   "PMC11501102": "Two cycles of adjuvant cisplatin and vinorelbine", "PMC11532939": "weekly carboplatin 2AUC and paclitaxel",
   "PMC11546499": "1 cycle of vinorelbine/carboplatin", "PMC11573236": "chemotherapy with cisplatin, bleomycin, vincristine",
   "PMC11574702": "6-week cisplatin (50 mg/m2)", "PMC11608042": "etoposide combined with carboplatin",
   "PMC11626642": "combining carboplatin and pembrolizumab", "PMC11628523": "cisplatin (60 mg/m²) on day 1",
   "PMC11631872": "gemcitabine and oxaliplatin (GemOx)", "PMC11645528": "chemotherapy was commenced using carboplatin/etoposide"},
  {"PMC11378089": "carboplatin in literature", "PMC11483286": "cisplatin would have been standard but was avoided (renal transplant)"}),
 ("vinca alkaloid", "list", "Which patients got a vinca alkaloid?", r"vin\w+ine|vinca|oncovin|navelbine", {
   "PMC11456881": "C5VD (vincristine, fluorouracil", "PMC11492433": "received adjuvant chemotherapy with doxorubicin, vincristine",
   "PMC11501102": "Two cycles of adjuvant cisplatin and vinorelbine", "PMC11546499": "1 cycle of vinorelbine/carboplatin",
   "PMC11573236": "chemotherapy with cisplatin, bleomycin, vincristine", "PMC11631872": "cyclophosphamide, doxorubicin, vincristine, and prednisone"},
  {"PMC11479900": "vincristine in previously reported patients (literature table)", "PMC11544788": "EMA-CO in discussion only"}),
 ("taxane", "count", "How many patients were treated with a taxane?", r"\w*taxel|taxane|taxol|taxotere|abraxane", {
   "PMC11439622": "received three cycles of nab-paclitaxel", "PMC11503393": "palliative treatment with paclitaxel",
   "PMC11532939": "weekly carboplatin 2AUC and paclitaxel", "PMC11628523": "taxol (175 mg/m²) on day 1"},
  {"PMC11459113": "gemcitabine with nab-paclitaxel named as a common regimen (discussion)"}),
 ("carbapenem", "list", "Which patients were treated with a carbapenem?", r"\w+penem|carbapenem|tienam", {
   "PMC11355863": "he was treated with Meropenem, Rifampicin and Linezolid", "PMC11439622": "treated with ertapenem 1g",
   "PMC11501102": "consisting of meropenem and trimethoprim", "PMC11565536": "transitioned to intravenous meropenem",
   "PMC11608458": "changed to IP vancomycin and meropenem", "PMC11608958": "omadacycline in combination with imipenem",
   "PMC11616425": "empiric anti-infective treatment with meropenem", "PMC11620866": "stepped up to vancomycin and meropenem"},
  {"PMC11418098": "meropenem named in general treatment guidance (discussion)"}),
 ("fluoroquinolone", "list", "Which patients received a fluoroquinolone?", r"\w+floxacin|quinolone|cipro\b", {
   "PMC11490280": "treated with empiric metronidazole and ciprofloxacin", "PMC11506189": "modified to include doxycycline and ciprofloxacin",
   "PMC11509492": "medications moxifloxacin 0.5% drops", "PMC11510521": "The administration of moxifloxacin eyedrops",
   "PMC11547072": "antibiotic treatment with levofloxacin", "PMC11565536": "oral antibiotics, linezolid, ciprofloxacin, and metronidazole",
   "PMC11595896": "Ofloxacin eye ointment, 0.3%", "PMC11617203": "the patient was treated with ciprofloxacin (500"},
  {"PMC11608458": "ciprofloxacin only as a susceptibility (MIC) result", "PMC11608958": "fluoroquinolones in susceptibility literature"}),
 ("aminoglycoside", "count", "How many patients got an aminoglycoside antibiotic?", r"gentamy?cin|amikacin|tobramycin|streptomycin|neomycin|kanamycin|aminoglycoside", {
   "PMC11506781": "ampicillin and gentamicin was started", "PMC11552406": "was given gentamicin ointment",
   "PMC11608458": "tobramycin was added to meropenem", "PMC11617203": "orally) and tobramycin",
   "PMC11629481": "intravenous Piperacillin/Tazobactam and Gentamicin", "PMC11647062": "including gentamicin 80 mg twice daily"},
  {"PMC11509492": "tobramycin in literature (topical antibiotics can be used)", "PMC11608958": "aminoglycosides in susceptibility literature"}),
 ("calcineurin inhibitor", "list", "Which patients were on a calcineurin inhibitor?", r"tacrolimus|cyclosporin\w*|ciclosporin|calcineurin|\bCsA\b|prograf|neoral", {
   "PMC11483286": "She was on mycophenolate and tacrolimus", "PMC11490213": "cyclosporine (3 mg/kg/day for 4 months)",
   "PMC11509864": "cyclosporine pulse therapy was escalated", "PMC11585469": "The patient received azathioprine and cyclosporine",
   "PMC11608458": "triple therapy with tacrolimus, steroids and mycofenolate", "PMC11614595": "cyclosporine A (CsA), CTX, tacrolimus, and prednisolone",
   "PMC11620866": "Oral cyclosporin A at 3"},
  {"PMC11648237": "ciclosporin named as a second-line option that was not employed"}),
 ("anti-cd20 antibody", "list", "Which patients received an anti-CD20 antibody?", r"rituximab|\bRTX\b|ocrelizumab|obinutuzumab|ofatumumab|anti-CD20", {
   "PMC11509757": "under treatment with the anti-CD20 mAb ocrelizumab", "PMC11509864": "and rituximab (500 mg) was administered",
   "PMC11602322": "She received the treatment of Rituximab", "PMC11614595": "he received one dose of RTX (375 mg/m2)",
   "PMC11648237": "commenced on rituximab 500 mg IV weekly"},
  {"PMC11479900": "rituximab in LC-directed therapy literature", "PMC11595504": "rituximab of another (cited) patient"}),
 ("low molecular weight heparin", "list", "Which patients got LMWH?", r"parin|LMWH|lovenox|clexane|low[- ]molecular", {
   "PMC11420455": "anticoagulation with low molecular weight heparin (LMWH)", "PMC11452353": "A Lovenox protocol, 1 mg/kg SQ every 12 hours, was initiated",
   "PMC11617126": "warfarin was bridged with enoxaparin 40 mg twice daily", "PMC11625102": "anticoagulation using low-molecular-weight heparin (LMWH)",
   "PMC11648763": "injectable low molecular weight heparin of 0.6 ml"},
  {"PMC11631590": "LMWH in a general statement about pregnancy"}),
 ("bisphosphonate", "count", "How many patients received bisphosphonates?", r"\w+dron(?:ate|ic)|bisphosphonate|zometa|fosamax|actonel", {
   "PMC11505654": "We administered intravenous pamidronate", "PMC11570781": "Zoledronic acid (4 mg) was administered intravenously",
   "PMC11596290": "She had been receiving long-term bisphosphonate therapy"},
  {"PMC11597933": "bisphosphonates in a review of CRPS treatments", "PMC11632487": "bisphosphonate injection named as an option",
   "PMC11640908": "patients with pycnodysostosis excluded from bisphosphonate therapy (general)"}),
 ("vasopressor", "list", "Which patients needed vasopressors?", r"pressor|norepinephrine|noradrenaline|epinephrine|adrenaline|vasopressin|phenylephrine|dopamine", {
   "PMC11414482": "with the use of noradrenaline", "PMC11420455": "and norepinephrine were utilized to elevate blood pressure",
   "PMC11429645": "Including dopamine and norepinephrine to maintain blood pressure", "PMC11439622": "we immediately started pressor support",
   "PMC11465958": "fluid boluses and vasopressor support", "PMC11551029": "started on an infusion of epinephrine and dobutamine",
   "PMC11617126": "managed with a bolus of 100 micrograms of phenylephrine", "PMC11635820": "after being weaned off norepinephrine",
   "PMC11645528": "requiring intensive care admission for vasopressor support"},
  {"PMC11396144": "epinephrine with local anaesthetic", "PMC11432800": "epinephrine in tumescent solution", "PMC11509520": "articaine with epinephrine",
   "PMC11512705": "lidocaine with adrenaline", "PMC11596955": "mepivacaine with adrenaline", "PMC11602238": "endoscopic epinephrine injection of an ulcer",
   "PMC11632487": "cyst wall soaked in saline with epinephrine", "PMC11550105": "vasopressin antagonist (tolvaptan)",
   "PMC11594283": "norepinephrine in cited literature", "PMC11506189": "vasopressin in a general recommendation", "PMC11635374": "dopamine agonist"}),
 ("inotrope", "list", "Which patients received inotropes?", r"inotrop|dobutamine|milrinone|olprinone|levosimendan|dopamine", {
   "PMC11420455": "levosimendan was administered to augment myocardial contractility", "PMC11429645": "Including dopamine and norepinephrine",
   "PMC11505654": "continuous intravenous dobutamine", "PMC11506189": "initially provided with a dobutamine infusion",
   "PMC11551029": "infusion of epinephrine and dobutamine", "PMC11635820": "and inotropes were discontinued"},
  {"PMC11635374": "dopamine agonist (a drug class for acromegaly, discussion)"}),
 ("opioid", "list", "Which patients were given opioids?", r"opioid|opiate|morphine|fentanyl|tramadol|oxycodone|hydromorphone|methadone|buprenorphine|suboxone|codeine|pethidine", {
   "PMC11342857": "included morphine sulfate and scopolamine", "PMC11398847": "with an indwelling catheter and opioids for pain management",
   "PMC11452353": "opioid use disorder on Suboxone", "PMC11490280": "IV morphine and IV ondansetron were required",
   "PMC11594283": "abdominal pain in the right upper quadrant, requiring morphine", "PMC11597933": "intensified opioid therapy",
   "PMC11617126": "premedicated with midazolam 1 mg and fentanyl", "PMC11632487": "patient-controlled analgesia Fentanyl",
   "PMC11632603": "including propofol, rocuronium, and fentanyl", "PMC11643412": "Injection Tramadol 50 milligrams"},
  {"PMC11416630": "fentanyl on the mother's drug screen"}),
 ("benzodiazepine", "count", "How many patients received a benzodiazepine?", r"\w+azepam|\w+azolam|clobazam|benzodiazepine", {
   "PMC11413548": "levitiracetam, valproate, clobazam, vigabatrin", "PMC11438519": "escitalopram 10 mg daily and lorazepam 1 mg",
   "PMC11469216": "initiated on midazolam and ketamine drip", "PMC11617126": "premedicated with midazolam 1 mg"}, {}),
 ("macrolide", "list", "Which patients received a macrolide antibiotic?", r"\w+thromycin|erythromycin|macrolide", {
   "PMC11497857": "He was prescribed cefuroxime and azithromycin", "PMC11509492": "erythromycin 0.5% ointment",
   "PMC11617203": "Treatment with clarithromycin (500"},
  {"PMC11396144": "erythromycin in cited myiasis cases"}),
 ("glycopeptide", "list", "Which patients received a glycopeptide antibiotic?", r"vancomycin|teicoplanin|\w+vancin|glycopeptide", {
   "PMC11497857": "piperacillin/tazobactam and vancomycin for the infection", "PMC11506189": "empirical antimicrobial therapy with vancomycin",
   "PMC11550105": "ceftriaxone and vancomycin for possible cellulitis", "PMC11565536": "intravenous meropenem, vancomycin, and clindamycin",
   "PMC11608458": "treatment with IP ceftazidime and vancomycin", "PMC11620866": "stepped up to vancomycin and meropenem"},
  {"PMC11539083": "vancomycin in a treatment recommendation (discussion)"}),
 ("antifungal", "list", "Which patients received antifungal treatment?", r"fung|\w+conazole|amphotericin|nystatin|flucytosine|terbinafine", {
   "PMC11366418": "The patient was administered Injection Amphotericin B", "PMC11439622": "Fluconazole was administered for gargling",
   "PMC11490280": "placed on micafungin", "PMC11501102": "broad-spectrum antibiotics and antifungals",
   "PMC11595504": "started on intravenous liposomal amphotericin", "PMC11620866": "Oral nystatin was prescribed",
   "PMC11622295": "as well as anti-fungal drugs for adequate duration"}, {}),
 ("tnf inhibitor", "count", "How many patients received a TNF inhibitor?", r"infliximab|adalimumab|etanercept|certolizumab|golimumab|anti-TNF|TNF", {
   "PMC11620866": "Subcutaneous injection of etanercept 25"},
  {"PMC11501102": "infliximab in irAE guidance", "PMC11585469": "TNF inhibitors in Behcet literature", "PMC11614595": "infliximab in cited cases / as an option"}),
]
out = []
for i, (subject, shape, question, regex, gold, rejected) in enumerate(Q, 1):
    ev = {c: sentence(c, s) for c, s in gold.items()}
    out.append({"id": f"dc-{i:03d}", "question": question, "shape": shape, "gold_cases": sorted(gold), "evidence": ev, "subject": subject,
                "gold_count": len(gold), "search_regex": regex, "rejected_candidates": rejected,
                "note": "built 2026-11-27 (helper-drugclass) by build_drug_classes.py: the corpus (raw_case + case_summary) searched with search_regex for every member "
                        "of the class (generic and brand names, class names), each hit read; gold = the patient got the drug, not only "
                        "discussion, literature, another person or an option not given"})
with open(ROOT / 'benchmarks/sets/drug_classes.jsonl', 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out), sum(len(r['gold_cases']) for r in out))
