"""Writes disease_groups.jsonl: list / count / compare questions asked by a kind of disease ("the
primary liver cancers", "a germ cell tumour", "vasculitis") over the shipped corpus.

Every decision below was made by reading each hit of the row's ``search_regex`` (every member of
the group in ``assistant/text/disease_groups.py``, its acronyms and the group's own names; over the
case text as indexed: raw article + structured summary) in its context. Gold: the patient had a
member disease (a past history counts); rejected with the reason: differential, literature,
general statement, another person, a misdiagnosis, a test. Each gold case carries the snippet the
reader quoted; this script expands it to its sentence (``evidence``, verbatim). It never runs the
assistant.

    python benchmarks/sets/build_disease_groups.py
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from list_set_build import ROOT, S, T, sentence  # noqa: E402,F401


Q = [
 ("primary liver cancer", "compare", "Compare how the primary liver cancers were treated.",
  r"hepatocellular|hepatoblastoma|cholangiocarcinoma|fibrolamellar|\bHCC\b|iCCA|primary hepatic|liver cancer|hepatic malignan|of the liver", {
   "PMC11431636": "The cholangiocarcinoma was treated with selective internal radiation therapy",
   "PMC11456881": "The diagnosis of hepatoblastoma was ultimately confirmed after a biopsy",
   "PMC11570109": "Postoperative pathology revealed residual Hepatocellular carcinoma",
   "PMC11608042": "Interventional Combined Microwave Ablation for Primary Neuroendocrine Carcinoma of the Liver",
   "PMC11378089": "Primary hepatic leiomyosarcoma with adrenal and hepatic metastasis"},
  {"PMC11439622": "HCC and cholangiocarcinoma in a literature table of myocarditis cases",
   "PMC11456792": "cholangiocarcinoma named as a differential of a pancreatic-head mass",
   "PMC11513519": "HCC named in a general statement on HBV"},
  "PMC11608042 (primary hepatic neuroendocrine carcinoma) and PMC11378089 (primary hepatic leiomyosarcoma) are primary liver "
  "malignancies though neither is HCC; PMC11378089's only HCC/cholangiocarcinoma mention is a differential."),
 ("germ cell tumor", "list", "Which patients had a germ cell tumour?",
  r"germ[- ]cell|teratoma|yolk[- ]sac|endodermal sinus|seminoma|dysgerminoma|germinoma|choriocarcinoma|embryonal carcinoma", {
   "PMC11488400": "histopathological analysis confirmed a malignant yolk sac tumor",
   "PMC11541951": "the tumor was confirmed to be a mature cystic teratoma"},
  {"PMC11544788": "intraplacental (gestational) choriocarcinoma: a trophoblastic tumour of pregnancy, not a germ cell tumour",
   "PMC11396497": "teratomas named as a differential of tailgut cysts", "PMC11439479": "choriocarcinoma in the discussion of molar pregnancy",
   "PMC11525124": "teratoma in a differential list", "PMC11626642": "germ cell tumours in a literature statement",
   "PMC11635708": "testicular germ cell tumours in a literature statement"},
  "Gestational choriocarcinoma is kept out of the germ cell tumours (the group's exclude)."),
 ("vascular tumor", "list", "List the patients with a vascular tumour.",
  r"vascular tumou?r|ha?emangio\w*|angiosarcoma|kaposi|pyogenic granuloma|glomus tumou?r|tufted angioma", {
   "PMC11364916": "Lobular Capillary Hemangioma of the Buccal Mucosa: A Rare Presentation",
   "PMC11452711": "confirming hemangiopericytoma (HPC)",
   "PMC11503393": "This report details a case of splenic angiosarcoma in a 45-year-old male"},
  {"PMC11456881": "hepatic hemangioma was the initial (wrong) diagnosis; the tumour was a hepatoblastoma",
   "PMC11446496": "angiosarcoma among possible dedifferentiated components (discussion)",
   "PMC11525124": "involuting hemangioma in a differential list", "PMC11632824": "Kaposi sarcoma in a differential list"},
  ""),
 ("gestational trophoblastic disease", "compare", "Compare the cases of gestational trophoblastic disease.",
  r"trophoblastic|hydatidi?form|molar pregnancy|\bmole\b|choriocarcinoma|\bGT[DN]\b", {
   "PMC11439479": "suspicious for a molar pregnancy",
   "PMC11544788": "which showed the presence of a choriocarcinoma"},
  {"PMC11618002": "gestational trophoblastic disease named as a cause of acquired AVMs (literature); the patient had retained products"},
  ""),
 ("head and neck cancer", "list", "Which patients had head and neck cancer?",
  r"head and neck|oral (?:cavity )?(?:cancer|carcinoma|squamous)|OSCC|tongue|buccal|lip cancer|laryn|pharyn|parotid|salivary|mucoepidermoid|adenoid cystic|acinic|sinonasal|floor of mouth", {
   "PMC11402139": "A 73-year-old male presented with a lower lip squamous cell carcinoma (SCC)",
   "PMC11439974": "Unusual Presentation of a Parotid Gland Malignancy: A Case Report",
   "PMC11570781": "We report a case of a 45-year-old male with SCC of the buccal mucosa",
   "PMC11574702": "diagnosed with advanced OSCC of the tongue",
   "PMC11584242": "Diagnosis of buccal mucosa squamous cell carcinoma (SCC)",
   "PMC11626642": "A 58-year-old male with squamous cell carcinoma of the floor of mouth"},
  {"PMC11402115": "basal cell adenoma (benign) misdiagnosed as mucoepidermoid carcinoma",
   "PMC11628523": "nasopharyngeal cancer in a literature statement on cadonilimab"},
  "PMC11402139 is a lower-lip squamous cell carcinoma treated by intra-arterial cisplatin."),
 ("kidney cancer", "count", "How many patients had kidney cancer?",
  r"renal cell|\bRCC\b|kidney cancer|renal cancer|renal carcinoma|wilms|nephroblastoma|angiomyolipoma|oncocytoma", {
   "PMC11492433": "Post-nephrectomy histology confirmed nephroblastoma",
   "PMC11527420": "with a history of clear cell RCC",
   "PMC11643412": "with a biopsy confirming RCC"},
  {"PMC11417591": "renal angiomyolipomas (benign) in tuberous sclerosis", "PMC11470198": "RCC as a mimic of xanthogranulomatous pyelonephritis",
   "PMC11546499": "RCC in a list of ICI indications", "PMC11635708": "RCC in a literature statement", "PMC11456814": "oncocytoma in a differential"},
  ""),
 ("vasculitis", "list", "Which patients had vasculitis?",
  r"vasculiti\w*|arteritis|polyangiitis|wegener|churg|polyarteritis|kawasaki|takayasu|henoch|beh[cç]et|\bGPA\b|\bAAV\b", {
   "PMC11509864": "The patient had recently been diagnosed with GPA following a lung biopsy",
   "PMC11513519": "He was diagnosed with c-ANCA-associated small vessel vasculitis secondary to chronic hepatitis B",
   "PMC11585469": "The patient received azathioprine and cyclosporine for 5 years ago for Behçet disease",
   "PMC11510521": "Fluorescein angiography showed vasculitis in the right eye",
   "PMC11570475": "parenchymal lesions indicative of tubercular arteritis"},
  {"PMC11479900": "no arteritis observed (negated)", "PMC11549870": "evaluated for vasculitis; screenings negative",
   "PMC11602322": "vasculitis as a literature initial diagnosis", "PMC11614507": "vasculitis in a differential",
   "PMC11646979": "Kawasaki disease as an aetiology of coronary aneurysm (discussion)"},
  "Secondary vasculitis counts: EBV retinal vasculitis (PMC11510521) and tuberculous arteritis (PMC11570475)."),
 ("inflammatory bowel disease", "count", "How many patients had inflammatory bowel disease?",
  r"inflammatory bowel|\bIBD\b|crohn|ulcerative colitis|indeterminate colitis", {
   "PMC11483286": "Her past medical history was significant for ulcerative colitis",
   "PMC11491600": "A 37-year-old female patient with a history of inflammatory bowel disease",
   "PMC11614595": "who developed Crohn's disease (CD) following ten administrations of RTX"},
  {"PMC11570446": "IBD among conditions of Gordon syndrome patients (discussion)", "PMC11632824": "Crohn's disease in a differential"},
  ""),
 ("congenital heart disease", "list", "Which patients had congenital heart disease?",
  r"congenital heart|congenital cardiac|septal defect|ductus|fallot|transposition|coarctation|bicuspid|canal defect|truncus|ebstein|atresia|\bASD\b|\bVSD\b|\bPDA\b", {
   "PMC11506781": "congenital heart disease (partial atrioventricular canal defect with pulmonary stenosis)",
   "PMC11608958": "Cardiac ultrasound revealed that the atrial septal defect was 2.66 cm",
   "PMC11477508": "a bicuspidal aortic valve were discovered"},
  {"PMC11480700": "a fetus (pentalogy of Cantrell); the defects are named as what to assess for", "PMC11465705": "literature case",
   "PMC11513667": "patent ductus as a literature risk factor", "PMC11621056": "literature patient with no heart defect",
   "PMC11622295": "congenital heart disease in a screening list (ruled out)"},
  "ASD in PMC11477508 is anterior segment dysgenesis; the case is gold for its bicuspid aortic valve."),
 ("congenital anomaly of the kidney", "list", "Which patients had a congenital anomaly of the kidney?",
  r"renal agenesis|dysplastic kidney|MCDK|horseshoe|duplex kidney|duplicated|ureteropelvic|pelviureteric|urethral valve|vesicoureter|ectopic kidney|pelvic kidney|megaureter|ureterocele|solitary kidney|renal hypoplasia|CAKUT", {
   "PMC11414668": "Imaging showed the left kidney replaced by cysts, consistent with MCDK",
   "PMC11635708": "Absent right kidney with compensatory hypertrophy of left kidney was suggestive of renal agenesis"},
  {"PMC11483286": "a pelvic kidney transplant (not congenital)", "PMC11416184": "duplex kidney named as associated with imperforate hymen (literature)"},
  ""),
 ("interstitial lung disease", "list", "Which patients had an interstitial lung disease?",
  r"interstitial|pulmonary fibrosis|organi[sz]ing pneumonia|hypersensitivity pneumon|pneumoconiosis|sarcoidosis|lymphangioleiomyomatosis|\bILD\b|\bUIP\b|\bNSIP\b", {
   "PMC11622295": "In this article, we present the details of a young infant suffering from hypersensitivity pneumonitis from lentil aspiration",
   "PMC11501102": "CT scans in early 2023 showed findings consistent with organizing pneumonia suspicious for drug-induced pneumonitis",
   "PMC11417591": "She had a history of clinical diagnosis of tuberous sclerosis complex and pulmonary lymphangioleiomyomatosis"},
  {"PMC11492433": "pulmonary fibrosis as a radiotherapy risk (discussion)"},
  "Pulmonary LAM (PMC11417591) counts as a rare diffuse (cystic) interstitial lung disease."),
]

rows = []
for i, (subject, shape, question, regex, gold, rejected, note) in enumerate(Q, 1):
    rows.append({"id": f"dg-{i:03d}", "question": question, "shape": shape, "gold_cases": sorted(gold),
                 "evidence": {c: sentence(c, s) for c, s in gold.items()}, "subject": subject, "gold_count": len(gold),
                 "search_regex": regex, "rejected_candidates": rejected,
                 "note": note or "Gold by reading every hit of search_regex (the group's members) in context."})
out = ROOT / 'benchmarks/sets/disease_groups.jsonl'
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding='utf-8')
print(len(rows), "questions,", sum(len(r["gold_cases"]) for r in rows), "gold cases")
