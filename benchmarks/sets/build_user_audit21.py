"""Write ``benchmarks/sets/user_audit21.jsonl``: a twenty-first blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, lay words, drug classes, brand names, bare abbreviations, patients
described by age, sex, disease or setting, never by PMCID).

Written on 2026-11-28 by helper-audit21 **blind**: only the shipped records were read (grep over all
documents as the loader indexes them, then the hits read); the assistant, the app and the scorer were
never run on these questions and no answer to them was seen. Read first: ``build_user_audit20.py``,
``build_user_audit19.py``, ``user_audit_build.py``, the user_audit rows of ``README.md``, the questions of
``user_audit1.jsonl`` .. ``user_audit20.jsonl``, ``drug_classes.jsonl``, ``findings_lay.jsonl``,
``disease_groups.jsonl``, ``case_lists.jsonl`` and ``case_findings.jsonl``. List/count/compare subjects (mostly
signs of the nervous system and the eyes: eye and muscle movements, tone, reflexes, gait, speech, memory and
psychotic symptoms, a facial and a vocal-cord palsy; two dental treatments; a kind of vascular lesion, an
antiseptic and a kind of blood-pressure drug) are other than those of all of these sets; seven of the fourteen
list/count questions are asked plainly, in a word or a short phrase.

One-case cases: the same script as user_audit18/19/20's over every ``benchmarks/sets/*.jsonl`` field that names a
case outside list/count/compare gold (``case_id``, ``doc_id``, ``doc``, ``case``, ``expected_named``,
``relevant_ids``, ``fits``, alternatives; the annotation files ``events_gold.jsonl`` and ``tags_gold*.jsonl`` left
out of the count), earlier compares with at most two gold cases counted as well, the fifteen cases of
user_audit18/19/20 excluded, finds one report with a count of 1 and no one-case field (the coronary-pulmonary
fistula report PMC11635820, again left out for its 14 event annotations) and eleven with one one-case field and no
compare. The annotation files, then the number of earlier list golds, break the tie: five of the eleven appear in
no annotation file, and they are of different kinds (the external-cervical-resorption tooth report passed over by
user_audit20 is taken now that no other tooth report is among the five). So the 28 one-case questions and the 3
compares naming two patients use: a 60-year-old man with rheumatoid arthritis whose upper right canine had a class
III external cervical resorption, repaired with a flap, Biodentine and glass ionomer (PMC11512710; earlier: a
Heithersay-class lookup), a 68-year-old woman with an optic nerve glioblastoma reaching the chiasm (PMC11509173;
earlier: a treatment question), a 43-year-old man with drug-resistant hypertension and seven renal arteries treated
by robot-assisted renal denervation (PMC11414482; earlier: a treatment question), a two-and-a-half-year-old boy with
epileptic spasms and a COL4A1 mutation mimicking cerebral palsy (PMC11413548; earlier: a head-circumference lookup)
and a 57-year-old man with hereditary haemorrhagic telangiectasia and ischaemic cholecystitis (PMC11594283; earlier:
a bevacizumab start-date lookup), 5-6 one-case questions each. Every fact asked of them was checked by script
against every earlier set: no earlier answer span, alternative, accepted span or evidence sentence overlaps the
span or evidence of a one-case question or two-patient compare here, and none asks the same fact in other words
(read; earlier sets asked or quoted the resorption class, CBCT and rheumatoid arthritis of the tooth patient, the
treatment, craniotomy, Ki-67, radiotherapy, temozolomide, ondansetron, age and eyesight of the glioblastoma
patient, the treatment, noradrenaline, low blood pressure, nosebleeds, chest pain, headache, dizziness, fatigue,
intensive care and keyhole surgery of the hypertension patient, the seizures, anti-seizure drugs, brain bleeds, head
circumference, EEG, prematurity, genome sequencing, echocardiogram and neonatal intensive care of the boy, and the
pneumonia, morphine, CRP, melaena, embolization, cholecystectomy, anaemia, smoking, endoscopies, nosebleeds, COPD,
diarrhoea, intensive care and bevacizumab start of the HHT patient, so none of these is asked again).

Mix: list 10, count 4, compare 6 (3 naming two patients by a description, 3 over a kind of patient or a drug
class), yes/no 12 (yes 4, reported as absent 4, never mentioned 4), lookup 10 (2 the case does not answer),
sequence 6. List/count gold = every case whose own patient had it (grep over all documents, synonyms, class
members, brand names, abbreviations, lay words and British/American spellings included, each hit read; findings
only in the discussion, the literature or a differential, negated findings, a limp from pain, weakness or a
deformity where an unsteady gait is asked, voice problems where speech is asked, neck stiffness where limb tone is
asked, arteriovenous fistulas where a malformation is asked, other antiseptics where chlorhexidine is asked, and
look-alike words ('obturator' nodes, an 'endodontic syringe' used on a gum pocket, orthotic 'braces', 'age
bracket', 'nasolabial angle', dental 'recall' appointments, 'immune memory', electrolyte or hormonal 'imbalance',
'psychosocial', 'hypertonic saline', 'jerky' eye movements, 'aVF') in ``rejected`` with why). Compare gold = every
case of the named kind. Lookup/sequence spans are located in the indexed text by ``user_audit_build`` (fails
loudly when a span is missing or ambiguous).

Doubts (kept as read): PMC11505908's root canal treatment was five years before the veneers (counted: the
question asks who had one); PMC11539358's astasia-abasia (unable to stand or walk) counts as a gait disturbance,
PMC11585469's 'difficulty in walking' with a right-sided weakness in a comatose patient does not; PMC11462780's
'frequent postural instability' counts as unsteadiness; PMC11595896's 'ataxic-like speech' counts for speech, not
for gait; PMC11438519's slow, low-volume speech in a depression is not counted as a speech disorder; PMC11506189's
cognitive impairment of a post-ICU syndrome counts as a memory or thinking problem; PMC11597933's 'tremulous and
sporadic muscle jerks' of CRPS count as a tremor (the report says 'tremors') but not as myoclonus; PMC11484256's
jitteriness of a hypoglycaemic newborn is not counted as a tremor; PMC11465705's 'sensation of diffuse
hyperspasticity' that his wife never saw is not counted as spasticity; PMC11648763 denied facial drooping but the
examination found a lower facial palsy (counted); PMC11540479's carotid-cavernous fistula is an arteriovenous
fistula, not a malformation (left out).

    python benchmarks/sets/build_user_audit21.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit21.jsonl"

ECR, GBM, RDN, COL, HHT = "PMC11512710", "PMC11509173", "PMC11414482", "PMC11413548", "PMC11594283"

LISTS = [
    {"shape": "list", "question": "Who had a root canal treatment?",
     "evidence": {
         "PMC11505908": "The patient reported that this tooth had undergone an endodontic treatment five years ago.",
         "PMC11512710": "Endodontic treatment was completed trans-surgically after complete debridement of the ECR area",
         "PMC11581374": "Following the establishment of a glide path using a size ten K-File, canal instrumentation was conducted"},
     "rejected": {"PMC11453165": "an 'endodontic syringe needle tip' used to irrigate a gum pocket (look-alike)",
                  "PMC11483286": "'obturator' lymph nodes (look-alike)",
                  "PMC11626717": "'obturator' nodes in the background (look-alike)"},
     "note": "searched root canal, endodontic/endodontically, pulpectomy, pulpotomy, obturation, root-filled/root-treated, "
             "RCT; PMC11505908: a discoloured incisor root-treated five years before the veneers (see doubts); "
             "PMC11512710: the canine with cervical resorption, completed during the flap surgery; PMC11581374: guided "
             "access to an obliterated canal"},
    {"shape": "list", "question": "Who has had braces or aligners (orthodontic treatment), now or in the past?",
     "evidence": {
         "PMC11401629": "The Forsus fixed appliance therapy was chosen for this patient",
         "PMC11490302": "Orthodontic therapy was initiated with fixed appliance using 0.022 MBT",
         "PMC11512710": "orthodontic treatments (twice)",
         "PMC11596955": "The patient then underwent orthodontic treatment with aligners to improve the mesio-distal spacing"},
     "rejected": {"PMC11505908": "veneers combined with orthodontic treatment only in the background",
                  "PMC11581374": "orthodontic therapy only among causes of canal obliteration in the background",
                  "PMC11570446": "orthotic 'braces' for joints only in the background (look-alike)",
                  "PMC11624969": "supportive 'braces' for joints only in the background (look-alike)",
                  "PMC11546049": "'age bracket' (look-alike)"},
     "note": "searched orthodontic/orthodontist, braces, aligners, bracket, fixed/functional appliance, Forsus, mini-screw/TAD, "
             "archwire; PMC11401629: a Forsus appliance for a Class II division 1 malocclusion; PMC11490302: fixed "
             "appliance for a transmigrated canine; PMC11512710: twice in his dental history; PMC11596955: aligners "
             "before an implant"},
    {"shape": "list", "question": "Who had nystagmus?",
     "evidence": {
         "PMC11413548": "Examination revealed microcephaly, nystagmus, and spasticity in limbs.",
         "PMC11585469": "She had a bilateral vertical nystagmus with myoclonus of the right foot.",
         "PMC11646824": "During this hospital stay, he developed persistent vertical nystagmus and vertigo",
         "PMC11648763": "turning both eyes inward toward the nose with abducting nystagmus"},
     "rejected": {"PMC11595896": "dysarthria and nystagmus of the literature twins"},
     "note": "searched nystagmus, involuntary or jerky eye movements; PMC11585469: neuro-Behcet's disease; PMC11646824: "
             "vertical nystagmus eased by baclofen in an advanced glioma; PMC11648763: WEBINO after a midbrain infarct"},
    {"shape": "list", "question": "Who had a tremor?",
     "evidence": {
         "PMC11492059": "He presented with an asymmetric action tremor of the upper extremities and mild dysarthria.",
         "PMC11497857": "the patient reported right-sided weakness, bilateral hand tremors, and problems with dexterity",
         "PMC11597933": "Swelling, livid skin discoloration, tremors, involuntary flexion of fingers",
         "PMC11621056": "a symmetrical weakening of muscle strength and hand tremor"},
     "rejected": {"PMC11484256": "jitteriness of a hypoglycaemic newborn (see doubts)",
                  "PMC11539092": "intention tremors only among sequelae in the background",
                  "PMC11624525": "'no fine hand tremor was observed'"},
     "note": "searched tremor/tremors/tremulous, trembling, shaking, jittery/jitteriness; PMC11492059: Wilson disease "
             "(action tremor at diagnosis); PMC11497857: brain abscesses; PMC11597933: forearm CRPS of a former guitarist; "
             "PMC11621056: a boy with Down syndrome mosaicism and SMA"},
    {"shape": "list", "question": "Whose face drooped on one side (a facial palsy or facial weakness), now or in the past?",
     "evidence": {
         "PMC11395475": "The patient was left with a residual left-sided hemiparesis and a central-type lesion of the facial nerve",
         "PMC11614507": "Cranial nerve exam revealed a left lower facial droop with flattening of the nasolabial fold.",
         "PMC11621671": "A 63-year-old male presented with bilateral hearing impairment, left facial palsy, and pain.",
         "PMC11648763": "minor lower face paralysis on the right side due to drooping of the angle of the lips"},
     "rejected": {"PMC11439974": "facial paralysis and asymmetry only among salivary tumour symptoms in the background",
                  "PMC11402115": "facial nerve branches preserved at a parotidectomy, no palsy",
                  "PMC11584242": "facial asymmetry only among possible impairments in the background",
                  "PMC11509173": "ptosis of the eyelid, not a facial droop",
                  "PMC11401629": "'nasolabial angle' (look-alike)", "PMC11490302": "'nasolabial angle' (look-alike)"},
     "note": "searched facial palsy/paralysis/paresis/weakness/droop/asymmetry, Bell's palsy, face paralysis, drooping of the "
             "mouth or lips, nasolabial fold, facial nerve; PMC11395475: a central facial palsy left by a stroke years before "
             "(improved); PMC11614507: probable sporadic CJD; PMC11621671: Lyme neuroborreliosis; "
             "PMC11648763: a midbrain infarct (he denied drooping, see doubts)"},
    {"shape": "list", "question": "Whose speech was affected: slurred speech (dysarthria), loss of words or language (aphasia) "
                                  "or loss of speech?",
     "evidence": {
         "PMC11492059": "He presented with an asymmetric action tremor of the upper extremities and mild dysarthria.",
         "PMC11539358": "The clinical examination revealed a cachectic and apathetic patient with dysarthria and comprehension difficulties.",
         "PMC11549870": "presented to the emergency department with acute onset of right-sided weakness, altered sensorium, and aphasia",
         "PMC11595896": "systemic comorbidities included epilepsy, cognitive impairment, ataxic-like speech",
         "PMC11614507": "Speech was dysarthric and limited to single-word responses.",
         "PMC11625102": "with a muscle strength grade of 2/5 in the right upper and lower limbs, and expressive aphasia",
         "PMC11647126": "significant worsening of cognitive function and loss of speech output"},
     "rejected": {"PMC11438519": "slow, low-volume speech in a depression (see doubts)",
                  "PMC11648763": "'He denied having ... speech difficulty'; speech therapy in rehabilitation only",
                  "PMC11585469": "comatose (GCS verbal 3), no speech disorder named",
                  "PMC11621671": "vocal cord paralysis (voice, not speech)",
                  "PMC11634049": "vocal cord paresis (voice, not speech)",
                  "PMC11621056": "speech development of a child improving on treatment, no speech disorder named",
                  "PMC11539092": "slurred speech only among sequelae in the background",
                  "PMC11364916": "speech difficulty only in the background",
                  "PMC11401629": "speech only in the background on appliances",
                  "PMC11584242": "speech therapy only in the background"},
     "note": "searched dysarthria/dysarthric, aphasia/aphasic, dysphasia, slurred speech, speech difficulty, mutism, "
             "word-finding, loss of speech; PMC11492059: Wilson disease; PMC11539358: Marchiafava-Bignami disease; "
             "PMC11549870: stroke with a bleed after thrombolysis; PMC11595896: NIID; PMC11625102: cerebral venous "
             "thrombosis; PMC11647126: CJD"},
    {"shape": "list", "question": "Who was unsteady on their feet or ataxic (a wobbly or wide-based gait, poor balance or "
                                  "coordination)? Not counting a limp from pain, weakness or a deformity.",
     "evidence": {
         "PMC11439622": "he experienced cramps in his lower limbs, unsteady walking, sore throat and hyperglycemia",
         "PMC11462780": "He exhibited progressive weakness, frequent postural instability",
         "PMC11539358": "The patient also exhibited astasia-abasia",
         "PMC11570083": "the patient visited the clinic with the chief complaint of gait disturbance",
         "PMC11614507": "she developed a wobbly, wide-based gait with left hemibody weakness",
         "PMC11647126": "progressive decline in cognitive function over the past 3 months, including ataxia, memory loss, and disorientation",
         "PMC11648763": "He had felt moderately dizzy with a little imbalance when walking."},
     "rejected": {"PMC11585469": "difficulty walking with a right-sided weakness (see doubts)",
                  "PMC11499726": "Trendelenburg gait with a meniscal tear (a limp)",
                  "PMC11632487": "antalgic gait from gluteal pain (a limp)",
                  "PMC11570446": "limited gait on leg prostheses (deformity)",
                  "PMC11595770": "gait abnormalities of a popliteal pterygium (deformity)",
                  "PMC11580067": "gait rehabilitation after a sciatic nerve injury (weakness)",
                  "PMC11489928": "gait assessment in a tendinopathy",
                  "PMC11497857": "'He denied difficulty walking'",
                  "PMC11595896": "'ataxic-like speech' only (see doubts)",
                  "PMC11539092": "ataxic gait only among sequelae in the background",
                  "PMC11592073": "gait disturbances only in the background",
                  "PMC11646824": "spinocerebellar ataxia only in a cited study",
                  "PMC11368709": "electrolyte 'imbalance' (look-alike)", "PMC11550105": "electrolyte 'imbalance' (look-alike)",
                  "PMC11438519": "hormonal 'imbalances' in the background (look-alike)"},
     "note": "searched ataxia/ataxic, unsteady, gait, imbalance, wobbly, difficulty or inability to walk, astasia-abasia, "
             "staggering, incoordination, dysmetria, postural instability, cerebellar signs; PMC11439622: on steroids "
             "for sintilimab myocarditis; PMC11462780: adult-onset SSPE; PMC11539358: Marchiafava-Bignami disease (see "
             "doubts); PMC11570083: a cerebellar metastasis of lung cancer; PMC11614507/PMC11647126: CJD; PMC11648763: "
             "a midbrain infarct (ataxia of the right arm too)"},
    {"shape": "list", "question": "Who had memory loss or a decline in thinking (cognitive impairment, dementia)?",
     "evidence": {
         "PMC11428674": "His neurological exam was notable for memory impairment.",
         "PMC11506189": "symptoms associated with post-ICU syndrome, such as cognitive impairment, difficulty concentrating, and anxiety",
         "PMC11595896": "systemic comorbidities included epilepsy, cognitive impairment",
         "PMC11614507": "confusion, and trouble with short-term memory",
         "PMC11647126": "including ataxia, memory loss, and disorientation"},
     "rejected": {"PMC11413548": "'No significant cognitive delay'",
                  "PMC11570446": "'her cognitive functioning was normal'",
                  "PMC11539358": "comprehension difficulties; dementia only in the background on MBD",
                  "PMC11438519": "cognitive symptoms of frontal tumours only in the background",
                  "PMC11462780": "cognitive decline only among SSPE features in the background",
                  "PMC11602322": "dementia only among IVLBCL symptoms in the literature",
                  "PMC11592073": "memory impairment only in the background",
                  "PMC11506781": "neurocognitive development only discussed",
                  "PMC11505908": "dental 'recall' appointment (look-alike)", "PMC11581374": "'recall appointment' (look-alike)",
                  "PMC11596955": "'recall' (look-alike)", "PMC11512009": "'recalled' (look-alike)",
                  "PMC11628523": "'immune memory' (look-alike)", "PMC11631872": "'memory B cells' (look-alike)"},
     "note": "searched memory, amnesia, forgetful, cognitive impairment/decline, dementia, disorientation; PMC11428674: a "
             "glioma; PMC11506189: after fulminant myocarditis (see doubts); PMC11595896: NIID; PMC11614507/PMC11647126: CJD"},
    {"shape": "list", "question": "Who had hallucinations, delusions or paranoia?",
     "evidence": {
         "PMC11438519": "his condition deteriorated to include increasing suspiciousness, persecutory delusions",
         "PMC11614507": "she developed ataxia followed by paranoia, memory impairment, and visual hallucinations"},
     "rejected": {"PMC11490213": "'psychosocial' (look-alike)", "PMC11512705": "'psychosocial' (look-alike)",
                  "PMC11580067": "'psychosocial' (look-alike)", "PMC11628523": "'psychosocial' (look-alike)",
                  "PMC11631590": "'psychosocial' (look-alike)"},
     "note": "searched hallucination, delusion, paranoia/paranoid, psychosis/psychotic, persecutory; PMC11438519: a frontal "
             "meningioma first treated as depression, then mania with psychotic features; PMC11614507: CJD"},
    {"shape": "list", "question": "Who had spasticity or stiff limbs (increased muscle tone, hypertonia, rigidity)?",
     "evidence": {
         "PMC11413548": "Spasticity was present in all four limbs with exaggerated deep tendon reflexes.",
         "PMC11462780": "the patient was vitally stable with hyperreflexia and hypertonia",
         "PMC11539092": "She had hypertonicity of lower limbs with brisk reflexes on the left lower limb",
         "PMC11539358": "spastic hypertonia with hyperreflexia in all 4 limbs",
         "PMC11614507": "Muscle tone was increased with marked rigidity throughout"},
     "rejected": {"PMC11465705": "a 'sensation of diffuse hyperspasticity' his wife did not see (see doubts)",
                  "PMC11366418": "neck rigidity (meningism)", "PMC11522842": "neck rigidity (meningism)",
                  "PMC11648268": "'No abdominal rigidity'",
                  "PMC11570446": "musculoskeletal 'hypertonicity' felt in osteopathic palpation (look-alike)",
                  "PMC11597933": "spastic muscle overactivity only among effects of botulinum toxin",
                  "PMC11646824": "spasticity only among uses of baclofen",
                  "PMC11488404": "'hypertonic saline' (look-alike)", "PMC11513667": "'hypertonic saline' (look-alike)",
                  "PMC11609383": "'hypertonic saline' (look-alike)"},
     "note": "searched spastic/spasticity, hypertonia/hypertonicity, rigidity/rigid, increased tone; PMC11413548: the boy "
             "with the COL4A1 mutation; PMC11462780: SSPE; PMC11539092: an infant with acute necrotizing encephalopathy; "
             "PMC11539358: Marchiafava-Bignami disease; PMC11614507: CJD"},
    {"shape": "count", "question": "How many patients had a squint?",
     "evidence": {
         "PMC11413548": "nystagmus, and squint",
         "PMC11558034": "He had a history of esotropia since birth",
         "PMC11574702": "presenting with cranial deformity, brachydactyly, esotropia, and micrognathia"},
     "rejected": {"PMC11648763": "exotropia only in the background on WEBINO"},
     "note": "searched squint, strabismus, esotropia, exotropia, crossed or turned eye; PMC11558034: the second of the two "
             "children with persistent fetal vasculature; PMC11574702: a congenital anomaly syndrome in her history"},
    {"shape": "count", "question": "How many patients had myoclonus?",
     "evidence": {
         "PMC11462780": "was admitted to our hospital with myoclonic jerks for the past three days",
         "PMC11585469": "She had a bilateral vertical nystagmus with myoclonus of the right foot."},
     "rejected": {"PMC11597933": "'tremulous and sporadic muscle jerks' of CRPS, not called myoclonus (see doubts)",
                  "PMC11647126": "myoclonus only among CJD features in the background",
                  "PMC11648763": "'jerky eye movements' of nystagmus (look-alike)"},
     "note": "searched myoclonus/myoclonic, muscle jerks; PMC11462780: SSPE; PMC11585469: neuro-Behcet's disease"},
    {"shape": "count", "question": "In how many patients was there a positive Babinski sign (an upgoing plantar)?",
     "evidence": {
         "PMC11585469": "Deep tendon reflexes were brisk with a bilateral Babinski sign.",
         "PMC11648763": "the right side showed quick deep tendon reflexes as well as a positive babinski sign"},
     "rejected": {"PMC11549870": "'withdrawal plantar response'",
                  "PMC11522842": "'plantar was bilateral flexor'"},
     "note": "searched Babinski, extensor plantar, upgoing plantar, plantar response/reflex; PMC11585469: neuro-Behcet's "
             "disease; PMC11648763: a midbrain infarct"},
    {"shape": "count", "question": "How many patients had a paralysed vocal cord (vocal cord palsy or paresis)?",
     "evidence": {
         "PMC11621671": "returned with worsening symptoms, including left vocal cord paralysis",
         "PMC11634049": "left vocal cord paresis, treated with direct injection with hyaluronic acid gel via microlaryngoscopy"},
     "rejected": {"PMC11427117": "vocal cord sequelae only in the background"},
     "note": "searched vocal cord/fold, hoarse/hoarseness, dysphonia, voice, recurrent laryngeal nerve, laryngoscopy; "
             "PMC11621671: Lyme neuroborreliosis, injection laryngoplasty; PMC11634049: after repair of an "
             "atrio-oesophageal fistula"},
]

YESNO = [
    {"case": ECR, "question": "Was the resorption repair of the 60-year-old man's upper right canine done under a dental "
                              "operating microscope?",
     "expected": "yes", "evidence": "The entire procedure was carried out with a dental operating microscope."},
    {"case": ECR, "question": "Was there swelling over the root tip of the 60-year-old man's painful canine with cervical "
                              "resorption?",
     "expected": "no", "evidence": "palpation of the periapical region also revealed sensitivity with the absence of edema"},
    {"case": ECR, "question": "Was the 60-year-old man with external cervical resorption given antibiotics, painkillers or a "
                              "mouthwash after the flap surgery?",
     "expected": "not_reported",
     "search_regex": r"antibiot|amoxi|penicill|clinda|metronid|azithro|cef|cephalo|analges|ibuprofen|paracetamol|"
                     r"acetaminophen|NSAID|chlorhex|painkill|mouthwash|rinse"},
    {"case": GBM, "question": "Before her operation, was the 68-year-old woman with the optic nerve glioblastoma found to have "
                              "a drooping left eyelid (ptosis)?",
     "expected": "yes", "evidence": "The tests revealed exophthalmos, ptosis, optic nerve atrophy, senile macular "
                                    "degeneration, and corpus vitreum destruction of the left eye."},
    {"case": GBM, "question": "Was the 68-year-old woman with the optic nerve glioblastoma given steroids such as "
                              "dexamethasone?",
     "expected": "not_reported", "search_regex": r"dexameth|steroid|cortico|prednis|methylpred|hydrocort|decadron"},
    {"case": RDN, "question": "After his robot-assisted renal denervation, did the 43-year-old man with resistant "
                              "hypertension come back to the emergency department?",
     "expected": "yes", "evidence": "Several visits at the emergency department followed in the weeks after surgery, each "
                                    "time due to pain complaints."},
    {"case": RDN, "question": "Did high blood pressure run in the family of the 43-year-old man with drug-resistant "
                              "hypertension?",
     "expected": "no", "evidence": "No family history of arterial hypertension was present."},
    {"case": COL, "question": "Did the eye examination of the two-and-a-half-year-old boy with the COL4A1 mutation find "
                              "cataracts?",
     "expected": "no", "evidence": "The ophthalmologic evaluation revealed no cataracts or pigmentary retinopathy."},
    {"case": COL, "question": "Was the hearing of the toddler with epileptic spasms and the COL4A1 mutation tested?",
     "expected": "not_reported", "search_regex": r"hearing|\baudi|BERA|BAER|otoacoustic|deaf|\bOAE"},
    {"case": HHT, "question": "After his gallbladder was taken out, was the 57-year-old man with hereditary haemorrhagic "
                              "telangiectasia given antibiotics?",
     "expected": "yes", "evidence": "Additional treatment with antibiotics for 10 days resulted in complete recovery"},
    {"case": HHT, "question": "Did the July 2024 CT of the 57-year-old man with HHT find a tumour or an infection behind his "
                              "bleeding?",
     "expected": "no", "evidence": "did not show tumoral or infectious causes"},
    {"case": HHT, "question": "Did the 57-year-old man with Osler-Weber-Rendu disease run a fever with his ischaemic "
                              "cholecystitis?",
     "expected": "not_reported", "search_regex": r"fever|febrile|pyrex|temperature|°C|chill|rigor"},
]

LOOKUPS = [
    {"case": ECR, "question": "Which material sealed the part of the resorption below the bone crest in the 60-year-old "
                              "man's canine?",
     "answer": "Biodentine bioceramic cement",
     "evidence": "The infra-osseous region of the resorption was sealed with Biodentine bioceramic cement"},
    {"case": ECR, "question": "What pain score (VAS) did the 60-year-old man with the resorbed canine give before treatment?",
     "answer": None, "search_regex": r"\bVAS\b|visual analog|pain score|numeric rating|\bNRS\b|\d+ ?/ ?10\b"},
    {"case": GBM, "question": "How big was the mass behind the left eye on the ocular ultrasound of the 68-year-old woman with "
                              "the optic nerve glioblastoma?",
     "answer": "about 1.3 cm × 1.4 cm",
     "evidence": "An ocular ultrasound showed a tissue type echo signal mass, measuring about 1.3 cm × 1.4 cm"},
    {"case": GBM, "question": "In which year did the 68-year-old woman with the optic nerve glioblastoma first notice her sight "
                              "getting worse?",
     "answer": "1978",
     "evidence": "the patient reported that the first indications of deteriorating vision began in the year 1978"},
    {"case": RDN, "question": "How many renal arteries did the 43-year-old man with resistant hypertension have on each side?",
     "answer": "3 arteries on the left and 4 arteries on the right",
     "evidence": "an anatomical variant of the renal arteries was present with 3 arteries on the left and 4 arteries on the right"},
    {"case": RDN, "question": "What was the heart rate of the 43-year-old man before his renal denervation?",
     "answer": None, "search_regex": r"heart rate|pulse|bpm|beats|tachycard|bradycard"},
    {"case": COL, "question": "What did the boy with the COL4A1 mutation weigh at birth?",
     "answer": "1.7 kg", "evidence": "with a birth weight of 1.7 kg"},
    {"case": COL, "question": "How was the COL4A1 variant of the two-and-a-half-year-old boy classified?",
     "answer": "a variant of uncertain significance",
     "evidence": "This was classified as a variant of uncertain significance."},
    {"case": HHT, "question": "How much blood did the 57-year-old man with HHT lose in his severe nosebleed?",
     "answer": "700 mL", "evidence": "the severe episode of epistaxis with significant blood loss (700 mL)"},
    {"case": HHT, "question": "Why was the bevacizumab (Avastin) of the 57-year-old man with HHT stopped?",
     "answer": "due to the lack of clinical improvement",
     "evidence": "was stopped in June 2024 due to the lack of clinical improvement"},
]

SEQUENCES = [
    {"case": ECR, "question": "When the resorption of the 60-year-old man's canine could not be cleaned out fully through the "
                              "ordinary root canal access at the first visit, what was done next?",
     "answer": "it was decided to insert a radiopaque calcium hydroxide paste",
     "evidence": "Then, it was decided to insert a radiopaque calcium hydroxide paste"},
    {"case": GBM, "question": "Once the orbital tumour of the 68-year-old woman had been removed and the dura closed, how was "
                              "the orbital wall rebuilt?",
     "answer": "the orbital wall was reconstrued with an individually mended standard titan orbital wall implant",
     "evidence": "After closure of the dura mater, the orbital wall was reconstrued with an individually mended standard titan "
                 "orbital wall implant, which was fixated with three mini screws."},
    {"case": RDN, "question": "Once the three left renal arteries of the 43-year-old man had been denervated, what was done "
                              "before the right side?",
     "answer": "the patient was repositioned on his left lateral flank",
     "evidence": "All the instruments were kept sterile while the patient was repositioned on his left lateral flank."},
    {"case": RDN, "question": "Two weeks after his renal denervation the 43-year-old man's hydralazine was cut to 25 mg a day; "
                              "what happened to it a few days later?",
     "answer": "A few days later a complete cessation of hydralazine intake was possible",
     "evidence": "A few days later a complete cessation of hydralazine intake was possible due to a persistent systolic blood "
                 "pressure <140 mmHg."},
    {"case": COL, "question": "After the brain MRI of the toddler with the COL4A1 mutation, which scan was done next, and what "
                              "was it looking for?",
     "answer": "we went ahead with computed tomography (CT) brain to look for calcifications",
     "evidence": "So we went ahead with computed tomography (CT) brain to look for calcifications."},
    {"case": HHT, "question": "After the CT of the 57-year-old man with HHT showed a thickened gallbladder wall, what test "
                              "confirmed the findings?",
     "answer": "We confirmed these results by an ultrasound exam",
     "evidence": "We confirmed these results by an ultrasound exam, which was also suggestive of acalculous cholecystitis"},
]

COMPARES = [
    {"question": "Compare what the 68-year-old woman with the optic nerve glioblastoma and the two-and-a-half-year-old boy "
                 "with the COL4A1 mutation were first thought to have.",
     "evidence": {GBM: "A probable diagnosis of optic nerve glioma was acknowledged",
                  COL: "an initial differential diagnosis of spastic quadriplegia was considered"},
     "note": "GBM: the MRI report concluded a probable optic nerve glioma; the pathology showed a glioblastoma, IDH-wildtype; "
             "COL: a static encephalopathy with perinatal events, spastic quadriplegia (cerebral palsy) from preterm brain "
             "injury, then congenital infection for the calcifications, before the COL4A1 variant"},
    {"question": "Compare how things ended for the 60-year-old man whose canine had external cervical resorption and the "
                 "43-year-old man whose resistant hypertension was treated with robot-assisted renal denervation.",
     "evidence": {ECR: "One-year follow-up CBCT images exhibited evidence of bone integrity in the palatal region and "
                       "satisfactory sealing of the ECR area.",
                  RDN: "Five months post-operatively, 24 hours blood pressure monitoring was repeated, showing a mean blood "
                       "pressure of 137.3/87.5 mmHg."},
     "note": "ECR: bone intact and the defect sealed at one year, no signs or symptoms; RDN: normal blood pressure without "
             "any drug at six weeks (123.2/77.6 mmHg), 137.3/87.5 mmHg at five months, off all antihypertensives"},
    {"question": "Compare how other causes were ruled out in the two-and-a-half-year-old boy with the COL4A1 mutation and in "
                 "the 43-year-old man with drug-resistant hypertension.",
     "evidence": {COL: "Screening for congenital toxoplasmosis, rubella, cytomegalovirus (CMV), herpes simplex and human "
                       "immunodeficiency viruses (TORCH) group of infections",
                  RDN: "Several investigations excluded secondary causes of arterial hypertension."},
     "note": "COL: TORCH screen (only a nonspecific CMV IgG, urine CMV PCR negative), abdominal ultrasound for renal cysts, "
             "echocardiography, eye examination for cataracts, then genome sequencing; RDN: repeated endocrine tests "
             "negative, no renal artery stenosis on MR arteriography (which found seven renal arteries)"},
    {"question": "Compare the patients with an arteriovenous malformation (AVM): where was it, and what bleeding did it cause? "
                 "Not counting arteriovenous fistulas.",
     "evidence": {"PMC11594283": "Imaging revealed gastric telangiectases and liver AVMs, consistent with HHT.",
                  "PMC11618002": "Uterine arteriovenous malformation with trophoblastic retention was suspected on ultrasound "
                                 "and Doppler examination."},
     "rejected": {"PMC11540479": "a carotid-cavernous fistula (an arteriovenous fistula, see doubts)",
                  "PMC11585469": "MR angiography showed no arteriovenous malformation",
                  "PMC11439974": "vascular malformation only in a differential in the background",
                  "PMC11579050": "vascular malformations only among causes in the background",
                  "PMC11621058": "cavernous malformations only in a differential in the background",
                  "PMC11624525": "ECG lead 'aVF' (look-alike)"},
     "note": "PMC11594283: HHT with pulmonary (embolized) and liver AVMs and telangiectases of the nose, gut and skin; "
             "recurrent nosebleeds and gut bleeding with anaemia and melaena; PMC11618002: a uterine AVM with retained "
             "trophoblast, bleeding after a miscarriage, treated by uterine artery embolization and hysteroscopy. Searched "
             "arteriovenous malformation, AVM, arteriovenous fistula/shunt, vascular malformation, cavernoma"},
    {"question": "Compare the patients given chlorhexidine (a mouthwash or rinse such as Corsodyl): what was it used for?",
     "evidence": {"PMC11453165": "the sulcus was irrigated with 0.2% chlorhexidine mouthwash",
                  "PMC11552406": "the patient was given pharmacological therapy in the form of chlorhexidine gluconate "
                                 "mouthwash 0.2%"},
     "rejected": {"PMC11396144": "betadine (povidone-iodine), another antiseptic",
                  "PMC11512705": "povidone-iodine skin preparation, another antiseptic",
                  "PMC11509492": "povidone only in the literature", "PMC11617203": "povidone-iodine only in the background"},
     "note": "PMC11453165: the gum pockets irrigated after root planing in a split-mouth periodontal treatment; PMC11552406: "
             "a twice-daily mouthwash for recurrent herpes labialis with acyclovir. Searched chlorhexidine, Corsodyl, "
             "Peridex, mouthwash/rinse, povidone, betadine"},
    {"question": "Compare the patients on a centrally acting blood-pressure drug (moxonidine, methyldopa or clonidine): why "
                 "were they on it, and what became of it?",
     "evidence": {"PMC11414482": "moxonidine was stopped at the time of discharge",
                  "PMC11596152": "methyldopa 250 mg three times daily"},
     "rejected": {},
     "note": "PMC11414482: part of a nine-drug regimen for resistant hypertension, stopped at discharge after robot-assisted "
             "renal denervation; PMC11596152: one of four antihypertensives for arterial hypertension in a woman with "
             "Kartagener syndrome and Toxocara pneumonia, to be continued. Searched moxonidine, methyldopa, clonidine, "
             "rilmenidine, guanfacine, dexmedetomidine, centrally acting, alpha-2"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua21", OUT))
