"""Write ``benchmarks/sets/user_audit25.jsonl``: a twenty-fifth blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, lay words, drug classes, brand names, bare abbreviations, patients
described by age, sex, disease or setting, never by PMCID).

Written on 2026-11-28 by helper-audit25 **blind**: only the shipped records were read (grep over all
documents as the loader indexes them, then the hits read); the assistant, the app and the scorer were
never run on these questions and no answer to them was seen. Read first: ``build_user_audit24.py``,
``build_user_audit23.py``, ``user_audit_build.py``, the user_audit rows of ``README.md``, the questions of
``user_audit1.jsonl`` .. ``user_audit24.jsonl``, ``drug_classes.jsonl``, ``findings_lay.jsonl``,
``disease_groups.jsonl``, ``case_lists.jsonl`` and ``case_findings.jsonl``. List/count/compare subjects (from
across clinical medicine: a collection of blood, an open abdominal operation, an abdominal sign, an imaging test
of the spine, a chest sign, a finding on the heart scan, a finding on the ECG, a problem of infant growth, a
cephalosporin, an intraoperative pathology test, a skin sign, a reproductive problem, a symptom of thirst, a
brain-imaging finding, a kind of patient by setting (money), a cytotoxic drug and a class of cytotoxic
antibiotics) are other than those of all of these sets; eight of the fourteen list/count questions are asked
plainly, in a word or a short phrase.

One-case cases: the same script as user_audit18..24's over every ``benchmarks/sets/*.jsonl`` field that names a
case outside list/count/compare gold (``case_id``, ``doc_id``, ``doc``, ``case``, ``expected_named``,
``relevant_ids``, ``fits``, alternatives; the annotation files ``events_gold.jsonl`` and ``tags_gold*.jsonl`` left
out of the count; one count per row), earlier compares with at most two gold cases counted as well, the thirty-five
cases of user_audit18..24 excluded (the script reproduces user_audit24's own count when run without user_audit24),
finds the bladder-rupture and the coronary-pulmonary fistula reports with a count of 1, again left out for their 14
event annotations each, then nine reports with a count of 2, of which six are in an annotation file (events or
tags) and left out as before, leaving three: the infected urachal cyst (PMC11424908; 10 list golds), the bilateral
occipital hydatid cysts (PMC11513667; 10) and Marchiafava-Bignami disease (PMC11539358; 16). The next count, 3, is
led by the bilateral nursemaid's elbows (PMC11569933; 1 list gold), then two reports tie at 2 list golds, the
parotid basal cell adenoma (PMC11402115) and the choroid plexus carcinoma (PMC11447345); the parotid one is kept,
being of another kind than the two brain reports already taken. So the 28 one-case questions and the 3 compares
naming two patients use: a 27-year-old woman with an infected urachal cyst forming an abscess in her lower
abdominal wall (earlier: a diagnosis question and a two-case compare on its site and treatment), a 36-year-old
Tunisian man with primary bilateral occipital hydatid cysts (earlier: an outcome and a treatment question), a
48-year-old man with chronic alcoholism and Marchiafava-Bignami disease (earlier: a diagnosis question and a
two-case compare on his brain MRI), a 2-year-old boy with bilateral nursemaid's elbows after an unwitnessed injury
at daycare (earlier: a treatment question, an unanswerable CRP lookup and a two-case compare on his treatment) and
a 65-year-old woman with a basal cell adenoma of the deep lobe of the parotid first taken for a mucoepidermoid
carcinoma (earlier: a CT size and a histology lookup and a two-case compare on her treatment), 5-6 one-case
questions each. Every fact asked of them was checked by script against every earlier set: no earlier answer span,
alternative, accepted span, evidence sentence, reference answer or event quote overlaps the span or evidence of a
one-case question or two-patient compare here (the cytarabine compare, over a drug, shares its lymphoma evidence
with earlier list evidence, as list gold may), and none asks the same fact in other words (read; earlier sets asked
or quoted the diagnosis, fever, white count, weight loss, caesarean, appetite, Doppler, abscess and treatment of
the urachal-cyst patient, the diagnosis, albendazole, craniotomies, outcome, headache, eyesight, rural home,
eosinophils, platelets, papilloedema and 'no seizures, vomiting, or fever' of the hydatid patient, the diagnosis,
MRI, ventilation, intensive care, death, B vitamins, drinking, speech, unsteadiness, spasticity, liver enzymes and
incontinence of the MBD patient, the reduction of the elbows, the chest X-ray, the 'no ecchymosis', the normal
radiographs and the sensory examination of the toddler, and the CT size, histology, fine-needle aspiration,
parotidectomy, chest X-ray and preserved facial nerve of the parotid patient, so none of these is asked again; her
transient marginal mandibular paresis is not asked, an earlier list having left her out of a facial-weakness
question).

Mix: list 10, count 4, compare 6 (3 naming two patients by a description, 3 over a kind of patient, a drug or a
drug class), yes/no 12 (yes 4, reported as absent 4, never mentioned 4), lookup 10 (2 the case does not answer),
sequence 6. List/count gold = every case whose own patient had it (grep over all documents, synonyms, class
members, brand names, abbreviations, lay words and British/American spellings included, each hit read; findings
only in the discussion, the literature or a differential, negated findings, tests only planned or considered,
and look-alike words ('subdural hygroma', 'cystic hygroma', 'bony crepitus', 'optic nerve pallor', 'pale'
cytoplasm, a dental 'midline', 'second-degree family history', frozen-section staining of a kidney biopsy) in
``rejected`` with why). Compare gold = every case of the named kind. Lookup/sequence spans are located in the
indexed text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous).

Doubts (kept as read): PMC11370703's hematoma beside the acetabular fracture, PMC11543139's retroplacental hematoma
(the mother is the patient) and PMC11624969's subcutaneous hematomas count as haematomas, PMC11447576's cytology
reading of an 'organized hematoma' in what proved a hydatid cyst does not; only an operation the report calls an
exploratory laparotomy counts (PMC11437698's laparoscopy converted to one counts), PMC11602238's diagnostic
laparoscopy with a midline incision to remove a bezoar and PMC11416630's newborn 'abdominal exploration', approach
not stated, do not; PMC11609383's tender left hypochondrium counts as a tender abdomen, PMC11616425 is left out
(its case presentation finds no significant tenderness, its discussion says tenderness), PMC11439479's minimally
tender uterus on pelvic examination is left out; PMC11398847's MRI of the abdomen and pelvis that showed the cauda
equina is not counted as a spine MRI, PMC11632474's CT and MRI of the C4 lamina lesion is; PMC11465705's incomplete
right bundle branch block counts as a bundle branch block; PMC11622295's failure to thrive, named only in the
discussion of a girl whose case says no weight loss, is left out, and short stature (PMC11614595, PMC11640908) is
not failure to thrive; PMC11513667's summary 'intraoperative pathological examination' is not counted as a frozen
section; PMC11616425's increase in urine output on recovery is not thirst; PMC11547072's eculizumab cost and
PMC11497857's test cost are discussion only, PMC11395475's unaffordable genetic screening was for his relatives,
PMC11635374's gene test was pending insurance approval and PMC11626717's refusal cited her quality of life, so none
counts for the cost compare, PMC11483286's proton therapy, refused by insurance at first and approved on appeal,
does.

    python benchmarks/sets/build_user_audit25.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit25.jsonl"

URA, HYD, MBD, RHS, BCA = "PMC11424908", "PMC11513667", "PMC11539358", "PMC11569933", "PMC11402115"

LISTS = [
    {"shape": "list", "question": "Who had a haematoma?",
     "evidence": {
         "PMC11370703": "accompanied by a hematoma and fat stranding",
         "PMC11395317": "The postoperative course was complicated by bleeding in the surgical area, requiring additional "
                        "surgery to remove the intracerebral hematoma.",
         "PMC11417591": "Active bleeding and hematoma from the ruptured uterus and partially ruptured right ovary were noted.",
         "PMC11427117": "The CT revealed a C6 cervical spine fracture, epidural hematoma, pneumomediastinum",
         "PMC11437698": "the post-biopsy CT imaging revealed a developing left lower quadrant hematoma",
         "PMC11543139": "revealed a retroplacental hematoma measuring 11×12 mm",
         "PMC11592073": "A Computed Tomography (CT) scan of the brain showed a bilateral chronic subdural hematoma",
         "PMC11624969": "as evident by the generalized petechiae and subcutaneous hematomas",
         "PMC11646791": "As her anemia gradually worsened and the left ovarian hematoma enlarged"},
     "rejected": {"PMC11447576": "cytology suggested an 'organized hematoma'; the lesion was a hydatid cyst (see doubts)",
                  "PMC11447345": "'subdural hygroma' (look-alike)", "PMC11480700": "fetal 'cystic hygroma' (look-alike)",
                  "PMC11565536": "hematoma only in a differential", "PMC11396497": "hematoma only as a biopsy risk",
                  "PMC11509520": "hematoma only in the background", "PMC11544788": "hematoma only in the background",
                  "PMC11602322": "hematoma only in the discussion", "PMC11617203": "hematoma only in the literature",
                  "PMC11621058": "hematoma only in an MRI classification", "PMC11629481": "hematoma only as a risk",
                  "PMC11631590": "hematoma only in the literature"},
     "note": "searched haematoma/hematoma, hygroma, haemoperitoneum, haemothorax, haemarthrosis, blood collection, "
             "coagulated blood; PMC11370703: beside an acetabular fracture (Morel-Lavallee series); PMC11395317: "
             "intracerebral, after tumour surgery; PMC11417591: ruptured uterus in TSC; PMC11427117: epidural, gunshot; "
             "PMC11437698: mesenteric, after a biopsy; PMC11543139: retroplacental; PMC11592073: bilateral chronic "
             "subdural; PMC11624969: subcutaneous, dermatosparaxis EDS; PMC11646791: ovarian, on an LVAD"},
    {"shape": "list", "question": "Who had an exploratory laparotomy?",
     "evidence": {
         "PMC11417591": "She underwent emergency exploratory laparotomy.",
         "PMC11437698": "An intraoperative decision was made to convert to an open exploratory laparotomy",
         "PMC11490280": "General surgery was consulted, and an exploratory laparotomy was then performed",
         "PMC11525151": "Given the diagnosis of gallstone ileus and the worsening clinical status, an exploratory laparotomy "
                        "was conducted.",
         "PMC11535884": "after an exploratory laparotomy revealed the presence of a typical MI",
         "PMC11565536": "she underwent an exploratory laparotomy where purulent fluid filled the abdominal cavity",
         "PMC11573436": "An exploratory laparotomy with a midline incision was performed.",
         "PMC11601975": "the decision was made to proceed with exploratory laparotomy",
         "PMC11632824": "Exploratory laparotomy showed gastrointestinal and enteroenteric anastomoses, parastomal hernia"},
     "rejected": {"PMC11602238": "diagnostic laparoscopy, then a midline incision for an enterotomy (see doubts)",
                  "PMC11416630": "'abdominal exploration' of a newborn, approach not stated (see doubts)",
                  "PMC11648268": "a planned laparotomy for a diagnosed ectopic pregnancy",
                  "PMC11396497": "a planned laparotomy for a tailgut cyst",
                  "PMC11429645": "a planned midline incision for intravenous leiomyomatosis",
                  "PMC11355863": "a trans-umbilical laparotomy to harvest an omental flap",
                  "PMC11544788": "past laparotomic myomectomies", "PMC11646791": "a past open salpingo-oophorectomy",
                  "PMC11414668": "renal exploration through the flank", "PMC11544075": "groin exploration of a hernia",
                  "PMC11427117": "exploration only discussed", "PMC11488404": "laparotomy only as an option",
                  "PMC11535893": "laparotomy only in the literature", "PMC11491600": "laparotomies only in the literature"},
     "note": "searched laparotomy, exploratory/explorative, exploration, open surgery, midline incision, coeliotomy; "
             "PMC11417591: uterine rupture in TSC; PMC11437698: a bleeding mesenteric biopsy site; PMC11490280: "
             "mesenteric venous thrombosis; PMC11525151: gallstone ileus; PMC11535884: a newborn with meconium ileus; "
             "PMC11565536: perforated pyometra; PMC11573436: appendiceal mucinous neoplasm; PMC11601975: ischaemic "
             "bowel from a mesenteric NET; PMC11632824: ameboma after gastric bypass"},
    {"shape": "list", "question": "Who had a tender abdomen?",
     "evidence": {
         "PMC11342857": "Additionally, periumbilical tenderness was noted, but no palpable masses were detected.",
         "PMC11437698": "The abdominal exam was significant for firm diffuse tenderness on palpation and rebound tenderness.",
         "PMC11469216": "generalized abdominal tenderness with distention",
         "PMC11488404": "his abdomen showed tenderness in the right flank area",
         "PMC11490280": "mild tenderness to palpation was also found in the patient’s upper abdomen",
         "PMC11525151": "His abdomen was distended with tenderness in the periumbilical region",
         "PMC11573436": "He had mild right lower quadrant tenderness on palpation without rebound, guarding, or peritoneal "
                        "signs.",
         "PMC11594283": "there was tenderness on palpation in the region of the liver, increased on deep inspiration",
         "PMC11608458": "She presented with abdominal tenderness and cloudy peritoneal drainage.",
         "PMC11609383": "Physical examination revealed mild tenderness over the left basithoracic and hypochondriac regions.",
         "PMC11632824": "Abdominal distension, tenderness to palpation, gurgling bowel sounds",
         "PMC11645528": "Examination revealed mild distension and upper abdominal tenderness."},
     "rejected": {"PMC11616425": "case presentation: 'without significant tenderness'; discussion: tenderness (see doubts)",
                  "PMC11648268": "'no abdominal tenderness'", "PMC11488400": "abdomen 'soft, nontender'",
                  "PMC11439479": "a minimally tender uterus on pelvic examination (see doubts)",
                  "PMC11544075": "a tender groin swelling (femoral hernia)",
                  "PMC11580067": "'muscle guarding' along the sciatic nerve (look-alike)",
                  "PMC11424908": "tenderness only among features of urachal cysts (background)",
                  "PMC11396144": "tender boils of a literature patient"},
     "note": "searched tender/tenderness with abdomen, quadrant, epigastric, periumbilical, flank, hypochondrium, iliac "
             "fossa, suprapubic; pain on palpation, rebound, guarding, peritoneal signs, Murphy"},
    {"shape": "list", "question": "Who had an MRI of the spine?",
     "evidence": {
         "PMC11395317": "An MRI of the cervical spine, carried out 48 h after the surgery, confirmed the presence of some "
                        "tumor remnants.",
         "PMC11431636": "She underwent thoracic–abdominal–pelvic CT scan and spinal MRI on 20 March 2023",
         "PMC11540479": "Spinal magnetic resonance imaging (MRI) was done and showed edema in the brainstem with extension "
                        "to the thoracic spine",
         "PMC11570083": "Whole-spine MRI showed no presence of LM.",
         "PMC11580067": "MRI of the brain, spine, and pelvis was normal.",
         "PMC11592073": "The Magnetic Resonance Imaging (MRI) scan of the whole spine revealed dural ectasia",
         "PMC11632474": "Magnetic resonance imaging demonstrated a predominantly hyperintense and well-defined lesion at the "
                        "C4-C5 disc space.",
         "PMC11632487": "Plain magnetic resonance imaging (MRI) of the lumbosacral spine exhibited a multicystic lobulated "
                        "mass"},
     "rejected": {"PMC11398847": "MRI of the abdomen and pelvis showing the cauda equina (see doubts)",
                  "PMC11569933": "MRI only planned", "PMC11488398": "a thoracic MRI that 'should have been performed'",
                  "PMC11395475": "cardiac MRI"},
     "note": "searched MRI/magnetic resonance/MR imaging within reach of spine, spinal, cervical, thoracic, lumbar, "
             "lumbosacral, sacral, vertebra, cord, cauda equina; PMC11395317: cervical cord melanoma; PMC11431636: T11 "
             "plasmacytoma; PMC11540479: carotid-cavernous fistula with cord oedema; PMC11570083: leptomeningeal "
             "metastasis; PMC11580067: CRPS; PMC11592073: Marfan dural ectasia; PMC11632474: C4-C5 enchondroma; "
             "PMC11632487: aneurysmal bone cyst of the SI joint"},
    {"shape": "list", "question": "Who had crackles in the lungs?",
     "evidence": {
         "PMC11395475": "Lung auscultation was positive for moist rales bilaterally at the bases of the lungs.",
         "PMC11551029": "Upon admission, his exam revealed bilateral rales, muffled heart sounds, and an audible gallop.",
         "PMC11616425": "Scattered wet rales were heard in both lower lungs",
         "PMC11622295": "bilateral crepitation as well as wheeze was detected"},
     "rejected": {"PMC11569933": "'without bony crepitus' (look-alike)",
                  "PMC11392029": "decreased breath sounds, no crackles", "PMC11446622": "decreased breath sounds, no crackles",
                  "PMC11418098": "'clear breath sounds'", "PMC11535884": "'clear breath sounds'"},
     "note": "searched crackles, crepitations, rales, rhonchi, coarse/wet breath sounds; PMC11395475: HCM with heart "
             "failure; PMC11551029: rhinovirus fulminant myocarditis; PMC11616425: hantavirus fever; PMC11622295: "
             "lentil-aspiration pneumonitis in an infant"},
    {"shape": "list", "question": "Whose echocardiogram showed a leaking heart valve (mitral, tricuspid, aortic or "
                                  "pulmonary regurgitation)?",
     "evidence": {
         "PMC11439622": "An echocardiography showed mild aortic regurgitation, moderate mitral and tricuspid regurgitation",
         "PMC11505654": "Mitral regurgitation, which had previously been mild, became severe",
         "PMC11549870": "undiagnosed mitral valve prolapse and moderate mitral regurgitation",
         "PMC11551029": "mild mitral regurgitation, and mild/moderate tricuspid regurgitation",
         "PMC11617126": "Echocardiography revealed HOCM with asymmetrical septal hypertrophy, grade 2 mitral regurgitation",
         "PMC11624525": "mild regurgitation in the mitral, tricuspid, and aortic valves",
         "PMC11646979": "Moderate mitral and mild aortic and pulmonary regurgitation were also noted."},
     "rejected": {"PMC11395475": "'No significant valvular lesions'; mitral insufficiency only in the background",
                  "PMC11465705": "'no valvular disease'", "PMC11506189": "'no significant contractility or valvular disease'",
                  "PMC11506781": "pulmonary valve stenosis (a narrowing, not a leak)",
                  "PMC11647062": "aortic valve vegetation, regurgitation not stated",
                  "PMC11477508": "a bicuspid aortic valve, regurgitation not stated",
                  "PMC11624969": "regurgitation only in the background of EDS"},
     "note": "searched regurgitation, insufficiency, incompetence, leak, valvular, MR/TR/AR; PMC11439622: ICI "
             "myocarditis; PMC11505654: generalized arterial calcification of infancy; PMC11549870: endocarditis with "
             "stroke; PMC11551029: fulminant myocarditis; PMC11617126: HOCM; PMC11624525: thyroid storm "
             "cardiomyopathy; PMC11646979: cardiac sarcoidosis"},
    {"shape": "list", "question": "Whose ECG showed a bundle branch block or a fascicular block (for example RBBB, LBBB "
                                  "or a left anterior hemiblock)?",
     "evidence": {
         "PMC11395475": "atrial fibrillation of 120 beats per minute (bpm) and right bundle branch block (RBBB)",
         "PMC11446622": "sinus rhythm with right bundle branch block and left axis deviation was noted",
         "PMC11465705": "A repeat EKG showed an incomplete right bundle branch block (RBBB).",
         "PMC11477508": "A left anterior fascicular block and a bicuspidal aortic valve were discovered through a ECG and "
                        "echocardiogram.",
         "PMC11551029": "premature ventricular contractions, and complete right bundle branch block"},
     "rejected": {"PMC11429645": "atrioventricular blockage only feared",
                  "PMC11431636": "'second-degree family history' (look-alike)"},
     "note": "searched bundle branch, RBBB, LBBB, fascicular, hemiblock, AV/heart block, first/second/third-degree, "
             "Mobitz, Wenckebach; PMC11395475: HCM; PMC11446622: chylothorax on dasatinib; PMC11465705: syncope; "
             "PMC11477508: the Axenfeld-Rieger proband; PMC11551029: fulminant myocarditis"},
    {"shape": "list", "question": "Which babies or young children were failing to thrive (poor weight gain)?",
     "evidence": {
         "PMC11368709": "Progressive skin darkening and failure to thrive noted since birth.",
         "PMC11411574": "An 18-month-old male child presented with poor weight gain and recurrent admissions for "
                        "dehydration.",
         "PMC11488400": "There was a notable history of poor weight gain since birth",
         "PMC11506781": "Furthermore, poor growth with steatorrhea was observed in the first days of life."},
     "rejected": {"PMC11622295": "failure to thrive only in the discussion; 'no ... weight loss' (see doubts)",
                  "PMC11614595": "growth hormone deficiency with short stature at 13 (see doubts)",
                  "PMC11640908": "short stature of pycnodysostosis (see doubts)",
                  "PMC11539092": "weight above the 50th centile", "PMC11546049": "overweight for age",
                  "PMC11480700": "growth failure only in the literature", "PMC11535884": "weight gain only in the background"},
     "note": "searched failure to thrive, poor weight gain/growth, faltering growth, growth failure, underweight, "
             "wasting, stunting, short stature, percentiles; PMC11368709: lipoid congenital adrenal hyperplasia; "
             "PMC11411574: Bartter syndrome; PMC11488400: sacrococcygeal yolk sac tumour at 8 months; PMC11506781: "
             "GATA4-deletion neonatal diabetes with pancreatic insufficiency"},
    {"shape": "list", "question": "Who was given cefuroxime (Zinacef), to treat or to prevent an infection?",
     "evidence": {
         "PMC11355863": "an empiric antibiotic therapy with cefuroxime was established",
         "PMC11497857": "He was prescribed cefuroxime and azithromycin",
         "PMC11539083": "Intravenous antibiotics of cefuroxime 200 mg/kg/day and metrodinazole 1500 mg/day was "
                        "administered.",
         "PMC11617126": "A prophylactic antibiotic injection of cefuroxime 1.5 grams was administered 30 minutes before the "
                        "incision."},
     "rejected": {"PMC11432800": "ampicillin-sulbactam, not cefuroxime", "PMC11506781": "ampicillin, not cefuroxime"},
     "note": "searched cefuroxime, Zinacef, Ceftin, second-generation cephalosporin; PMC11355863: after a cervical "
             "lymphocele operation; PMC11497857: prescribed before admission for brain abscesses; PMC11539083: "
             "bilateral cellulitis spreading into the orbit; PMC11617126: surgical prophylaxis in HOCM"},
    {"shape": "list", "question": "Who had a frozen section?",
     "evidence": {
         "PMC11429645": "Intraoperative frozen pathology confirmed the lesion as a uterine leiomyoma",
         "PMC11483286": "On frozen section pathology, the tumor was an adenocarcinoma"},
     "rejected": {"PMC11479900": "'frozen section staining' of a kidney biopsy for immunofluorescence (look-alike)",
                  "PMC11470198": "a frozen section only considered",
                  "PMC11513667": "summary 'intraoperative pathological examination', no frozen section (see doubts)"},
     "note": "searched frozen section/pathology, intraoperative pathology/histology/consultation, quick or rapid "
             "section, touch imprint; PMC11429645: intravenous leiomyomatosis; PMC11483286: cervical adenocarcinoma "
             "in a kidney-transplant recipient"},
    {"shape": "count", "question": "How many patients were pale?",
     "evidence": {
         "PMC11366418": "Pallor was noted, but there were no signs of icterus",
         "PMC11465958": "the patient appeared thin, febrile, dehydrated, hypotensive, and pale",
         "PMC11648237": "with pale conjunctivae, ecchymoses, and lethargy"},
     "rejected": {"PMC11416184": "'did not have any pallor'", "PMC11488400": "'no signs of pallor'",
                  "PMC11635374": "'optic nerve pallor' (look-alike)", "PMC11402115": "'pale cytoplasm' (look-alike)",
                  "PMC11439974": "'pale eosinophilic foamy cytoplasm' (look-alike)",
                  "PMC11421273": "'pale yellow tissue' (look-alike)", "PMC11434143": "'pale pink' healthy gums (look-alike)",
                  "PMC11396144": "a 'pale tan' larva (look-alike)", "PMC11465705": "pallor only in the background"},
     "note": "searched pallor, pale, pallid; PMC11366418: HIV with TB and cryptococcal meningitis; PMC11465958: "
             "melioidosis of the shoulder; PMC11648237: refractory ITP"},
    {"shape": "count", "question": "How many patients had infertility?",
     "evidence": {
         "PMC11565536": "A 33-year-old woman underwent an abdominal myomectomy for uterine factor infertility.",
         "PMC11635708": "Marital history revealed secondary infertility and recent onset painful ejaculation."},
     "rejected": {"PMC11416184": "infertility only in the background", "PMC11535884": "infertility only in the background"},
     "note": "searched infertility/infertile/subfertile, IVF, ICSI, assisted reproduction, ovulation induction; "
             "PMC11565536: later IVF after a perforated pyometra; PMC11635708: the first man of the Zinner series"},
    {"shape": "count", "question": "How many patients were abnormally thirsty (polydipsia)?",
     "evidence": {
         "PMC11411574": "The mother noticed that the child had increased thirst since four months of age",
         "PMC11546499": "visited the emergency room due to polydipsia, polyuria, and general weakness",
         "PMC11635374": "Post surgery, she developed increased thirst and urination attributable to central diabetes "
                        "insipidus."},
     "rejected": {"PMC11616425": "increase in urine output on recovery, no thirst (see doubts)",
                  "PMC11470589": "urinary frequency of prostate disease, no thirst",
                  "PMC11626717": "urinary frequency of a urethral tumour, no thirst",
                  "PMC11535893": "frequent urination with cystitis, no thirst", "PMC11465705": "nocturia only in the background"},
     "note": "searched thirst/thirsty, polydipsia, polyuria, frequent urination, nocturia; PMC11411574: Bartter "
             "syndrome; PMC11546499: ketoacidosis on durvalumab; PMC11635374: diabetes insipidus after pituitary "
             "surgery"},
    {"shape": "count", "question": "How many patients had a midline shift of the brain on imaging?",
     "evidence": {
         "PMC11438519": "causing structural erosion and a midline shift",
         "PMC11585469": "surrounded by a perilesional vasogenic edema causing a 5mm rightward midline shift"},
     "rejected": {"PMC11497857": "'no evidence of midline shift'; later only 'mild local mass effect'",
                  "PMC11579050": "'no mass, hemorrhage, or midline shift'",
                  "PMC11635374": "mass effect of a pituitary tumour, no midline shift",
                  "PMC11490302": "a dental 'midline' shifted (look-alike)"},
     "note": "searched midline shift, mass effect, herniation, effacement; PMC11438519: frontal meningioma presenting "
             "as mania; PMC11585469: neuro-Behçet disease"},
]

YESNO = [
    {"case": URA, "question": "Did the lump in the lower abdomen of the 27-year-old woman with the infected urachal cyst "
                              "ever burst open?",
     "expected": "yes", "evidence": "The final size was the size of a fist and burst open releasing pus and blood."},
    {"case": URA, "question": "Did the 27-year-old woman with the infected urachal cyst smoke?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|vap(e|ing)|nicotine"},
    {"case": HYD, "question": "Were the hydatid cysts taken out of the brain of the 36-year-old Tunisian man unilocular?",
     "expected": "yes", "evidence": "When sectioned, the cysts were unilocular and filled with a white gelatin membrane"},
    {"case": HYD, "question": "Was the blood test (serology) for hydatid disease positive in the 36-year-old Tunisian man "
                              "with the cysts in both occipital lobes?",
     "expected": "no", "evidence": "Serological tests for hydatidosis were negative."},
    {"case": HYD, "question": "Did the 36-year-old Tunisian man with the occipital hydatid cysts have an EEG?",
     "expected": "not_reported", "search_regex": r"\bEEG\b|electroenceph|brain ?wave"},
    {"case": MBD, "question": "Did the 48-year-old man with Marchiafava-Bignami disease have a grasp reflex?",
     "expected": "yes", "evidence": "gestural perseveration, and a bilateral grasp reflex"},
    {"case": MBD, "question": "Did the arterial MR angiography of the 48-year-old man with Marchiafava-Bignami disease "
                              "show anything abnormal?",
     "expected": "no", "evidence": "The arterial MR angiography was normal"},
    {"case": RHS, "question": "Could the 2-year-old boy with bilateral nursemaid's elbows move his fingers at all?",
     "expected": "yes", "evidence": "with the exception of some finger movement when objects were already in hand"},
    {"case": RHS, "question": "Was there bony tenderness in the arms or along the spine of the 2-year-old who could not "
                              "move his arms after an unwitnessed injury?",
     "expected": "no", "evidence": "There was no bony tenderness in the bilateral upper extremities or along the cervical, "
                                   "thoracic, or lumbar spine."},
    {"case": RHS, "question": "Was the 2-year-old with bilateral nursemaid's elbows given any pain relief?",
     "expected": "not_reported",
     "search_regex": r"analges|ibuprofen|paracetamol|acetaminophen|morphine|fentanyl|pain relief|painkill|sedat|"
                     r"intranasal|\bNSAID"},
    {"case": BCA, "question": "Did the lymph nodes taken at the parotid operation of the 65-year-old woman with the basal "
                              "cell adenoma contain tumour?",
     "expected": "no", "evidence": "the lymph nodes that were sampled were uninvolved"},
    {"case": BCA, "question": "Was the 65-year-old woman with the basal cell adenoma of the parotid given radiotherapy?",
     "expected": "not_reported", "search_regex": r"radiother|radiation|irradiat|\bRT\b"},
]

LOOKUPS = [
    {"case": URA, "question": "On CT, how big was the lesion in the lower abdominal wall of the 27-year-old woman with the "
                              "infected urachal cyst?",
     "answer": "7.29 × 5.20 × 7.85 cm",
     "evidence": "Isodense lesions appear with hypodense air-density lesions inside, well-defined, irregular edges, size "
                 "7.29 × 5.20 × 7.85 cm on the lower abdominal wall"},
    {"case": URA, "question": "What was the CRP of the 27-year-old woman with the infected urachal cyst?",
     "answer": None, "search_regex": r"\bCRP\b|C-reactive|sedimentation|\bESR\b|procalcitonin|inflammatory marker"},
    {"case": HYD, "question": "How big was the right occipital cyst on the brain MRI of the 36-year-old Tunisian man with "
                              "bilateral hydatid cysts?",
     "answer": "7.5 × 8 × 7.5 cm", "evidence": "the other in the right occipital lobe measuring 7.5 × 8 × 7.5 cm",
     "alternatives": [{"answer": "7.5 × 8 × 7.5 cm",
                       "evidence": "There were two cysts (right and left) measuring 7.5 × 8 × 7.5 cm"},
                      {"answer": "7.5 × 8 × 7.5 cm", "evidence": "right occipital (7.5 × 8 × 7.5 cm)"}]},
    {"case": HYD, "question": "What technique did the surgeons use to deliver the occipital hydatid cysts of the "
                              "36-year-old Tunisian man without rupturing them?",
     "answer": "the gentle hydraulic dissection technique of Arana-Iniguez",
     "evidence": "To deliver the cysts safely and without rupture, we performed wide exposure on each side and used the "
                 "gentle hydraulic dissection technique of Arana-Iniguez"},
    {"case": MBD, "question": "Which vitamin was low in the blood of the 48-year-old man with Marchiafava-Bignami disease?",
     "answer": "a decreased serum Vitamin B9", "evidence": "a macrocytosis, and a decreased serum Vitamin B9",
     "alternatives": [{"answer": "decreased serum Vitamin B9", "evidence": "macrocytosis, decreased serum Vitamin B9"}]},
    {"case": MBD, "question": "Which type of Marchiafava-Bignami disease (Heinrich's classification) did the 48-year-old "
                              "man have?",
     "answer": "type A",
     "evidence": "Our patient is classified as type A due to the acute onset of severe symptoms, diffuse involvement of the "
                 "entire CC, and the presence of extracallosal lesions noted in the frontal cortex on MRI."},
    {"case": MBD, "question": "What was the MCV of the 48-year-old man with Marchiafava-Bignami disease?",
     "answer": None, "search_regex": r"\bMCV\b|mean corpuscular|mean cell volume|\bfL\b|femtolit"},
    {"case": RHS, "question": "Where had the 2-year-old boy with bilateral nursemaid's elbows been that morning before he "
                              "was found crying with floppy arms?",
     "answer": "daycare",
     "evidence": "The child had been dropped off at daycare earlier in the morning in his usual state of health.",
     "alternatives": [{"answer": "daycare",
                       "evidence": "The child was found crying with flaccid upper extremities after a brief period alone "
                                   "at daycare."}]},
    {"case": BCA, "question": "What did the examination find below the right ear of the 65-year-old woman with the parotid "
                              "basal cell adenoma?",
     "answer": "a 3 × 2 cm firm, non-tender swelling",
     "evidence": "On examination there was a 3 × 2 cm firm, non-tender swelling appearing to arise from the right parotid "
                 "gland.",
     "alternatives": [{"answer": "a 3x2 cm firm, non-tender swelling",
                       "evidence": "Patient presented with a 3x2 cm firm, non-tender swelling in the right parotid gland."}]},
    {"case": BCA, "question": "What was the Karnofsky performance status of the 65-year-old woman with the basal cell "
                              "adenoma of the parotid?",
     "answer": "90 %", "evidence": "The patient's Karnofsky performance status score was 90 %",
     "alternatives": [{"answer": "90%", "evidence": "Karnofsky score: 90%"}]},
]

SEQUENCES = [
    {"case": URA, "question": "After the ultrasound of the lump in the lower abdomen of the 27-year-old woman, which scan "
                              "did she have next?",
     "answer": "CT-Scan examination",
     "evidence": "This patient also undergone CT-Scan examination which shows an underfilled bladder, thickened anterior "
                 "wall, no visible stones"},
    {"case": HYD, "question": "After the brain MRI of the 36-year-old Tunisian man showed the two occipital hydatid cysts, "
                              "what scan looked for cysts elsewhere in his body?",
     "answer": "Thoracoabdominal computed tomography (CT)",
     "evidence": "Thoracoabdominal computed tomography (CT) was performed to search for other organ involvement, but no "
                 "other location could be found.",
     "alternatives": [{"answer": "Thoracoabdominal CT", "evidence": "Thoracoabdominal CT: No secondary organ involvement "
                                                                    "identified."}]},
    {"case": MBD, "question": "After the first brain CT of the 48-year-old man with Marchiafava-Bignami disease, what "
                              "imaging came next, and when?",
     "answer": "The brain MRI, performed 2 days later", "evidence": "The brain MRI, performed 2 days later"},
    {"case": RHS, "question": "Once the plain X-rays at the bone and joint clinic had shown no fracture in the 2-year-old "
                              "who could not move his arms, what happened next?",
     "answer": "a pediatric consultation was sought, and the patient was referred to the ED for further evaluation",
     "evidence": "Due to concerns about neurological injury, a pediatric consultation was sought, and the patient was "
                 "referred to the ED for further evaluation."},
    {"case": RHS, "question": "After both elbows of the 2-year-old with bilateral nursemaid's elbows had been reduced, what "
                              "happened?",
     "answer": "no further workup or management was pursued, and the patient was discharged in stable condition",
     "evidence": "With parental consent, no further workup or management was pursued, and the patient was discharged in "
                 "stable condition."},
    {"case": BCA, "question": "At the parotid operation of the 65-year-old woman, after the branches of the facial nerve "
                              "had been identified and preserved, what was done about the neck lymph nodes?",
     "answer": "Level II lymph nodes were found to be enlarged and were removed for further examination",
     "evidence": "Level II lymph nodes were found to be enlarged and were removed for further examination."},
]

COMPARES = [
    {"question": "Compare how long the 27-year-old woman with the lump in her lower abdomen (an infected urachal cyst) and "
                 "the 65-year-old woman with the lump below her right ear (a parotid basal cell adenoma) had had their "
                 "lumps before they came to hospital.",
     "evidence": {URA: "Lump in the lower abdomen present for 3 months, initially marble-sized, progressively enlarged to "
                       "a fist size",
                  BCA: "with a painless mass in the right infra-auricular region for a duration of four months"},
     "note": "URA: three months, growing from the size of a marble to a fist; BCA: four months, painless"},
    {"question": "Compare what the first scan showed in the 48-year-old man with Marchiafava-Bignami disease and in the "
                 "65-year-old woman with the lump below her right ear (a parotid basal cell adenoma).",
     "evidence": {MBD: "The brain computed tomography (CT) scan showed hypodensity of the splenium of the CC",
                  BCA: "Ultrasonography revealed an anechoic thin-walled cystic lesion in the deep lobe of the right parotid "
                       "gland."},
     "note": "MBD: brain CT, a low-density splenium of the corpus callosum (the MRI came two days later); BCA: "
             "ultrasound, an anechoic thin-walled cystic lesion in the deep lobe of the right parotid (the contrast CT "
             "came next)"},
    {"question": "Compare the general condition on examination of the 36-year-old Tunisian man with the hydatid cysts in "
                 "the back of his brain and of the 2-year-old boy with bilateral nursemaid's elbows.",
     "evidence": {HYD: "examination revealed that the patient was conscious, afebrile, hemodynamically stable, oxygen levels "
                       "were normal",
                  RHS: "The child was alert, well-developed, and in no acute distress."},
     "note": "HYD: conscious, afebrile, haemodynamically stable, normal oxygen; RHS: alert, well-developed, no acute "
             "distress (heart rate 117, oxygen saturation 97% on room air)"},
    {"question": "Compare the patients whose care was held back or changed because of cost (a drug or treatment they could "
                 "not afford, or that insurance would not pay for): what was affected, and what was done instead?",
     "evidence": {"PMC11366418": "as the patient could not afford Injection Liposomal Amphotericin B",
                  "PMC11483286": "The initial request for proton coverage was denied",
                  "PMC11492059": "In 2022 his insurance plan would no longer cover Galzin.",
                  "PMC11570083": "the patient discontinued the medication due to financial reasons after 13 months of "
                                 "chemotherapy",
                  "PMC11621058": "keep the drug affordable for the patient’s family, she was treated with Toripalimab",
                  "PMC11628523": "cadonilimab was replaced by sintilimab due to patient’s financial constraints",
                  "PMC11631590": "her family opted to forgo further intervention for the fetus, citing the mother’s "
                                 "critical health status and financial constraints",
                  "PMC11648237": "our patient did not receive TPO-RA therapy due to financial constraints"},
     "rejected": {"PMC11395475": "screening of his relatives not done for cost (see doubts)",
                  "PMC11635374": "gene test pending insurance authorization (see doubts)",
                  "PMC11626717": "refused a procedure for her quality of life (see doubts)",
                  "PMC11547072": "cost of eculizumab only in the discussion", "PMC11497857": "cost of a test only discussed",
                  "PMC11479900": "cost of daratumumab only in the discussion",
                  "PMC11648268": "cost of MRI only in the discussion"},
     "note": "PMC11366418: cryptococcal meningitis, amphotericin deoxycholate with flucytosine instead of liposomal "
             "amphotericin; PMC11483286: proton therapy after cervical cancer in a transplanted kidney, denial "
             "overturned on appeal; PMC11492059: Wilson disease, zinc acetate (Galzin) changed to zinc gluconate; "
             "PMC11570083: osimertinib for leptomeningeal metastasis stopped after 13 months; PMC11621058: toripalimab "
             "for intracranial melanoma; PMC11628523: cadonilimab changed to sintilimab for cervical cancer; "
             "PMC11631590: no fetal intervention for a pregnant woman poisoned with rat poison; PMC11648237: no "
             "thrombopoietin-receptor agonist for refractory ITP, splenectomy instead. Searched afford, cost, "
             "expensive, financial, insurance, coverage, reimbursement, socioeconomic"},
    {"question": "Compare the patients given cytarabine (Ara-C): what was it part of, and how did each do?",
     "evidence": {"PMC11631872": "consolidation with BEAM (carmustine, etoposide, cytarabine, and melphalan)-conditioned "
                                 "ASCT",
                  "seed-blinatumomab-all": "CNS leukemia prophylaxis with triple therapy (methotrexate, cytarabine, "
                                           "dexamethasone)"},
     "note": "PMC11631872: BEAM conditioning before an autologous transplant for angioimmunoblastic T-cell lymphoma, "
             "relapse seven months later; seed: CNS prophylaxis with methotrexate, cytarabine and dexamethasone beside "
             "blinatumomab for relapsed ALL, MRD-negative remission sustained. Searched cytarabine, Ara-C, cytosine "
             "arabinoside"},
    {"question": "Compare the patients given bleomycin or actinomycin D (dactinomycin): what cancer was it for, and how "
                 "did each do?",
     "evidence": {"PMC11488400": "Dosage was Bleomycin 4IU IV OD -1/7",
                  "PMC11492433": "The patient began a chemotherapy regimen including doxorubicin, vincristine, and "
                                 "actinomycin D.",
                  "PMC11573236": "the patient was started on a course of chemotherapy with cisplatin, bleomycin, "
                                 "vincristine, and thymosin immunotherapy"},
     "rejected": {"PMC11544788": "EMA-CO (actinomycin D) only in the literature review"},
     "note": "PMC11488400: JEB for a sacrococcygeal yolk sac tumour in an 8-month-old girl, relapse and second-line "
             "chemotherapy; PMC11492433: adjuvant after nephrectomy for an adult nephroblastoma, no residual disease at "
             "three months; PMC11573236: after surgery for a melanoma of the glans, no recurrence at one year. "
             "Searched bleomycin, actinomycin, dactinomycin, BEP, JEB, EMA-CO, mitomycin"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua25", OUT))
