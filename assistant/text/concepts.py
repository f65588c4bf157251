"""The things questions ask about, one entry per concept, shared by the list answers
(``answer.subjects``: which cases name it) and the yes/no answers (``answer.yesno``: did
this case have it). Drugs and diagnoses of the tagging vocabulary need no entry here: the
answerers read them from ``text.vocabulary`` (brand names and spellings included). An entry
is for what that vocabulary does not know: procedures, outcomes, drug classes, and words a
question uses for a vocabulary concept ("IVIG", "TPO-RAs").

Fields (each optional):
- ``keys``: words of a question that name the concept (a prefix is enough: "immune thrombocytopeni");
- ``forms``: long forms, matched case-insensitively, hyphen or space, British spellings, with endings;
- ``acronyms``: short forms, matched as written and only where the document means them;
- ``asked``: a regex a yes/no question's whole target matches ("^(?:crs|cytokine release syndrome)$");
- ``text``: a regex for the sentences that answer a yes/no question about it;
- ``exclude``: a regex that, in the mention's clause, means another thing (intubation for anaesthesia);
- ``whole_keys``: the keys name it only as whole words, a plural allowed and not as the head of
  a hyphenated word ("insulin" is no "insulinoma", "steroid" no "steroid-refractory");
- ``low``: a lab finding read off a value: (analyte regex, upper bound of the low range in the
  unit the value is written in, counts per microlitre read in thousands; the unit's regex, so
  that "fluorescein sodium 1%" is no sodium value), one per unit;
- ``high``: the same for a value above its range;
- ``narrowed``: the question's other words narrow it ("portal vein thrombosis" is a thrombosis
  near "portal vein"), and a diagnosis the vocabulary spells ("aplastic anaemia") is that one.

Findings, diagnoses and lab results asked in lay or direction words ("an enlarged liver",
"a chest infection", "who smoked", "high potassium") come from ``text.findings``,
``text.infection_findings``, ``text.history_findings`` and ``text.lab_findings``, inserted ahead
of the findings below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.disease_groups import DISEASE_GROUPS
from assistant.text.drug_classes import DRUG_CLASSES
from assistant.text.findings import FINDINGS
from assistant.text.history_findings import HISTORY_FINDINGS
from assistant.text.infection_findings import INFECTION_FINDINGS
from assistant.text.lab_findings import LAB_FINDINGS
from assistant.text.vocabulary import DRUG_ALIASES, either_spelling


@dataclass(frozen=True)
class Concept:
    keys: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    asked: str = ""
    text: str = ""
    exclude: str = ""
    low: tuple[tuple[str, float, str], ...] = ()
    high: tuple[tuple[str, float, str], ...] = ()
    whole_keys: bool = False
    narrowed: bool = False


_STEM_CELL = ("stem cell transplant", "hematopoietic stem cell", "bone marrow transplant", "stem cell transplantation")
_CHECKPOINT = ("checkpoint inhibitor", "pd-1 inhibitor", "pd-l1 inhibitor", "anti-pd-1", "pembrolizumab", "nivolumab", "sintilimab", "durvalumab",
               "atezolizumab", "cadonilimab", "ipilimumab", "tislelizumab", "camrelizumab", "toripalimab", "avelumab", "cemiplimab")

# Tried in order by the list answers: the specific before the general.
CONCEPTS: dict[str, Concept] = {
    "kidney transplant": Concept(forms=("kidney transplant", "renal transplant", "transplanted kidney", "kidney transplantation", "renal allograft"), acronyms=("KTx",)),
    "stem cell transplant": Concept(("stem cell", "hsct", "bone marrow transplant"), _STEM_CELL, ("HSCT", "ASCT", "SCT", "BMT")),
    "transplant": Concept(
        forms=("transplant", "transplantation", "transplanted"),
        asked=r"^(?:transplant\w*|hsct|allo-?sct|stem cell transplant\w*)$", text=r"transplant|\bHSCT\b|\ballo-?SCT\b|\bA?SCT\b|stem cell rescue",
    ),
    "died": Concept(("died", "death", "deceased", "fatal", "passed away", "expired", "did not survive", "not survive"),
                    ("died", "death", "deceased", "passed away", "expired", "fatal", "succumbed", "demise", "could not be resuscitated", "did not survive")),
    "cytokine release syndrome": Concept(("cytokine release", "crs"), ("cytokine release syndrome",), ("CRS",), r"^(?:cytokine release syndrome|crs)$", r"cytokine release syndrome|\bCRS\b"),
    "intravenous immunoglobulin": Concept(
        ("ivig", "intravenous immunoglobulin", "gamma globulin"),
        ("intravenous immunoglobulin", "immunoglobulin therapy", "gamma globulin", "gammaglobulin", "intravenous immune globulin"), ("IVIG", "IVIg"),
        r"^(?:intravenous immunoglobulins?|ivig)$", r"intravenous immunoglobulin|\bIVIG\b|gamma ?globulin",
    ),
    "dialysis": Concept(("dialysis", "renal replacement", "crrt"), ("dialysis", "hemodialysis", "haemodialysis", "renal replacement", "hemofiltration", "hemodiafiltration", "peritoneal dialysis"), ("CRRT", "CVVHD", "CVVH", "CVVHDF", "RRT", "HD")),
    "rituximab": Concept(acronyms=("RTX",)),  # forms: the vocabulary's generic and brand names
    "cyclophosphamide": Concept(acronyms=("CTX",)),
    "methylprednisolone": Concept(acronyms=("MPD", "MP")),
    "heparin": Concept(forms=("heparin", "heparinization", "heparinisation", "heparinized", "enoxaparin", "nadroparin", "dalteparin", "tinzaparin", "low molecular weight heparin"), acronyms=("LMWH", "UFH")),
    "checkpoint inhibitor": Concept(("checkpoint", "pd-1", "pd-l1"), _CHECKPOINT, ("ICI", "ICIs")),
    "bcr-abl inhibitor": Concept(("bcr-abl", "imatinib", "dasatinib", "nilotinib"), ("imatinib", "dasatinib", "nilotinib", "bosutinib", "ponatinib", "asciminib")),
    "hydatid": Concept(forms=("hydatid", "echinococcal", "echinococcus", "echinococcosis")),
    "tuberculosis": Concept(forms=("tuberculosis", "tubercular", "tuberculous"), acronyms=("TB",)),
    "covid": Concept(("covid", "sars-cov-2"), ("covid-19", "covid", "sars-cov-2")),
    "plasma exchange": Concept(forms=("plasma exchange", "plasmapheresis"), acronyms=("TPE", "PLEX"), asked=r"^plasma exchange$", text=r"plasma exchange"),
    "hemolytic uremic syndrome": Concept(("hemolytic uremic", "hemolytic-uremic", "hus"), ("hemolytic uremic syndrome", "hemolytic-uremic syndrome", "thrombotic microangiopathy"), ("HUS", "aHUS", "TMA")),
    "plasma cell disorder": Concept(("plasma cell",), ("myeloma", "plasmacytoma", "plasma cell neoplasm", "plasma cell dyscrasia")),
    "leukemia": Concept(forms=("leukemia", "leukaemia"), acronyms=("ALL", "AML", "CML", "CLL", "APL", "B-ALL", "T-ALL")),
    "hemophagocytic lymphohistiocytosis": Concept(("hemophagocytic", "hlh"), ("hemophagocytic lymphohistiocytosis", "haemophagocytic lymphohistiocytosis"), ("HLH",)),
    "acute myeloid leukemia": Concept(("acute myeloid", "aml"), ("acute myeloid leukemia", "acute myeloid leukaemia"), ("AML",)),
    "immune thrombocytopenia": Concept(("immune thrombocytopeni", "itp"), ("immune thrombocytopenia", "immune thrombocytopenic purpura"), ("ITP",)),
    "splenectomy": Concept(("splenectomy", "spleen removed"), ("splenectomy", "spleen removed", "spleen was removed")),
    "cesarean section": Concept(("c-section", "c section", "caesarean", "cesarean", "caesarian", "cesarian"),
                                ("cesarean section", "cesarean delivery", "cesarean", "c-section", "lower segment caesarean section"), ("LSCS",),
                                exclude=r"\bborn\b|\bbaby\b|\binfant\b|\bneonat|newborn"),  # the baby was born by it, the mother had it
    "dilatation and curettage": Concept(("d&c", "dilatation and curettage", "dilation and curettage", "suction curettage"),
                                        ("dilatation and curettage", "dilation and curettage", "suction curettage", "dilatation and evacuation",
                                         "dilation and evacuation"), ("D&C", "D&E")),
    "upper gi endoscopy": Concept(("upper gi endoscop", "upper endoscop", "upper gastrointestinal endoscop", "gastroscop", "egd", "ogd", "esophagogastroduodenoscop",
                                   "oesophagogastroduodenoscop", "gastroduodenoscop", "endoscopic ultrasound"),
                                  ("upper gastrointestinal endoscopy", "upper gi endoscopy", "upper endoscopy", "gastroscopy", "esophagogastroduodenoscopy",
                                   "oesophagogastroduodenoscopy", "gastroduodenoscopy", "endoscopic ultrasound", "endoscopic ultrasonography"), ("EGD", "OGD", "EUS")),
    "electrocardiogram": Concept(("ecg", "ekg", "electrocardiogra"), ("electrocardiogram", "electrocardiography", "electrocardiographic", "ecg", "ekg")),
    "echocardiography": Concept(("echocardiogra", "echo", "tte", "tee", "toe", "cardiac ultrasound", "heart ultrasound"),
                                ("echocardiography", "echocardiogram", "echocardiographic", "transthoracic echo", "transesophageal echo", "cardiac ultrasound",
                                 "echo"), ("TTE", "TEE", "TOE"), whole_keys=True),
    "laparoscopy": Concept(("laparoscop", "keyhole surgery", "keyhole operation", "robot-assisted", "robotic-assisted", "robotic surgery"),
                           ("laparoscopy", "laparoscopic", "laproscopic", "laparoscopically", "robot-assisted", "robotic-assisted", "robotic surgery")),
    # Findings (symptoms, signs, lab abnormalities, complications) by the words a clinician or a
    # report uses for them; a lab abnormality also by a value below its range.
    "fever": Concept(("fever", "febrile", "pyrexi", "high temperature"), ("fever", "feverish", "febrile", "pyrexia", "pyrexial", "rise of temperature", "high temperature")),
    "seizure": Concept(("seizure", "convuls", "epileptic fit"), ("seizure", "convulsion", "convulsive", "status epilepticus", "infantile spasms", "epileptic fit"),
                       asked=r"^(?:seizures?|convulsions?|epileptic fits?)$", text=r"\bseizures?\b|\bconvuls\w*|status epilepticus|epileptic fits?|infantile spasms"),
    "acute kidney injury": Concept(
        ("acute kidney injur", "acute renal", "renal failure", "kidney failure", "aki", "kidney injur"),
        ("acute kidney injury", "acute renal failure", "acute renal injury", "renal failure", "kidney failure"), ("AKI",),
    ),
    "blood gas": Concept(("blood gas", "abg", "vbg", "arterial gas", "venous gas", "gasometr"),
                         ("blood gas", "arterial gas", "venous gas", "gasometry", "PaO2", "PaCO2", "pO2", "pCO2", "base excess", "arterial oxygen pressure",
                          "arterial oxygen tension", "oxygenation index"), ("ABG", "VBG")),
    "oxygen therapy": Concept(
        ("extra oxygen", "supplemental oxygen", "supplementary oxygen", "oxygen therapy", "oxygen support", "oxygen supplement", "home oxygen", "nasal cannula"),
        ("oxygen therapy", "supplemental oxygen", "supplementary oxygen", "oxygen supplementation", "oxygen support", "nasal cannula", "nasal prongs",
         "non-rebreather", "venturi mask", "high-flow nasal", "high-flow oxygen", "low-flow oxygen", "liters of oxygen", "litres of oxygen", "L of oxygen",
         "L/min of oxygen", "oxygen inhalation", "home oxygen", "oxygen by mask", "oxygen via"), ("HFNC",),
        exclude=r"hyperbaric|extracorporeal|\bECMO\b|ventilat|intubat|\bCPAP\b|\bBiPAP\b",
    ),
    "mechanical ventilation": Concept(
        ("mechanical ventilation", "mechanically ventilated", "ventilat", "intubat"),
        ("mechanical ventilation", "mechanically ventilated", "intubated", "intubation", "ventilator"),
        exclude=r"an(?:a)?esthe|laryngoscop|\binduction\b|naso-?(?:endo)?tracheal|nasal endotracheal|\bdrap|\bscrub",
    ),
    "splenomegaly": Concept(("splenomegal", "enlarged spleen", "spleen enlarge", "big spleen"), ("splenomegaly", "hepatosplenomegaly", "enlarged spleen", "spleen was enlarged")),
    "hemoptysis": Concept(("hemoptysis", "haemoptysis", "coughed up blood", "coughing up blood", "cough up blood"), ("hemoptysis", "coughed up blood", "coughing up blood", "blood-streaked sputum")),
    "hematuria": Concept(("hematuria", "haematuria", "blood in the urine", "blood in his urine", "blood in her urine", "blood in urine"),
                         ("hematuria", "blood in the urine", "bloody urine"), asked=r"^(?:ha?ematuria|blood in (?:the |his |her )?urine)$",
                         text=r"\bha?ematuria\b|\bblood in (?:the |his |her )?urine\b|\bbloody urine\b"),
    "jaundice": Concept(("jaundice", "icter", "yellow skin", "yellowing of the skin", "yellow eyes", "yellowing of the eyes", "yellow discoloration", "turned yellow"), ("jaundice", "jaundiced", "icterus", "icteric")),
    "neutropenia": Concept(("neutropeni", "low neutrophil", "agranulocytosis"), ("neutropenia", "neutropenic", "agranulocytosis", "low neutrophil count")),
    "thrombocytopenia": Concept(
        ("thrombocytopeni", "low platelet", "reduced platelet", "decreased platelet"),
        ("thrombocytopenia", "thrombocytopenic", "pancytopenia", "low platelet count", "reduced platelet count", "decreased platelet count"),
        low=((r"platelets?(?:\s+counts?)?", 150.0, r"\s*(?:[×x*]\s*10|[kK]\b|/\s*[µμum]|cells|lakh)"),),
    ),
    "hyponatremia": Concept(("hyponatr", "low sodium"), ("hyponatremia", "hyponatremic", "low sodium"), low=((r"sodium(?:\s+levels?)?|\bNa\+?", 135.0, r"\s*(?:mmol|mEq|meq)"),)),
    # Drug classes and drugs outside the tag vocabulary, asked by class, brand or generic name.
    "proton pump inhibitor": Concept(("proton pump inhibitor", "proton-pump inhibitor", "ppi"),
                                     ("proton pump inhibitor", "proton-pump inhibitor", "omeprazole", "esomeprazole", "pantoprazole", "lansoprazole", "rabeprazole"), ("PPI",)),
    "beta blocker": Concept(("beta blocker", "beta-blocker", "β-blocker", "ß-blocker", "b-blocker", "beta-adrenergic blocker"),
                            ("beta blocker", "β-blocker", "ß-blocker", "beta-adrenergic blocker", "metoprolol", "propranolol", "atenolol", "bisoprolol",
                             "carvedilol", "nebivolol", "labetalol", "esmolol", "timolol", "nadolol", "sotalol")),
    "calcium channel blocker": Concept(("calcium channel blocker", "calcium-channel blocker", "ccb"),
                                       ("calcium channel blocker", "amlodipine", "nifedipine", "nicardipine", "diltiazem", "verapamil", "felodipine",
                                        "nimodipine", "lercanidipine", "clevidipine"), ("CCB",)),
    "statin": Concept(("statin",), ("statin", "atorvastatin", "rosuvastatin", "simvastatin", "pravastatin", "lovastatin", "pitavastatin", "fluvastatin",
                                     "lipitor", "crestor", "zocor")),
    "direct oral anticoagulant": Concept(("direct oral anticoagulant", "doac", "noac", "novel oral anticoagulant"),
                                         ("direct oral anticoagulant", "apixaban", "rivaroxaban", "dabigatran", "edoxaban", "eliquis", "xarelto", "pradaxa", "savaysa"),
                                         ("DOAC", "NOAC")),
    "levothyroxine": Concept(("levothyroxine", "synthroid", "thyroxine", "euthyrox"), ("levothyroxine", "l-thyroxine", "thyroxine", "synthroid", "euthyrox")),
    "ondansetron": Concept(("ondansetron", "zofran"), ("ondansetron", "zofran")),
    # Procedures asked by a lay name or an acronym.
    "lumbar puncture": Concept(("lumbar puncture", "spinal tap", "lumbar tap", "csf analysis", "cerebrospinal fluid analysis"),
                               ("lumbar puncture", "spinal tap", "lumbar tap", "csf analysis", "cerebrospinal fluid analysis", "csf examination",
                                "cerebrospinal fluid examination"), ("LP",)),
    "bronchoalveolar lavage": Concept(("bronchoalveolar lavage", "broncho-alveolar lavage"), ("bronchoalveolar lavage", "broncho-alveolar lavage"), ("BAL",)),
    # Asked in yes/no questions only.
    "infection": Concept(asked=r"^infections?$", text=r"infect|pneumonia|sepsis|septic|rhinosinusitis|abscess"),
    "thrombopoietin receptor agonist": Concept(
        asked=r"^(?:thrombopoietin receptor agonists?|tpo-?ras?)$", text=r"thrombopoietin receptor agonist|\bTPO-?RAs?\b|romiplostim|eltrombopag|avatrombopag"
    ),
    "helicobacter pylori": Concept(asked=r"^(?:helicobacter pylori|h\. pylori)$", text=r"helicobacter pylori|\bH\. ?pylori\b"),
    "chemotherapy": Concept(("chemo", "chemotherapy", "chemotherapies", "chemotherapeutic"),  # "Who had chemo?"; whole words: "chemokine" is none
                            ("chemotherapy", "chemotherapeutic", "chemo", "chemoradiotherapy", "chemoradiation", "radiochemotherapy", "chemoimmunotherapy",
                             "polychemotherapy"), whole_keys=True),
    "radiotherapy": Concept(
        ("radiotherap", "radiation therap", "radiation treatment", "irradiat", "brachytherap", "proton therap", "proton beam", "chemoradi", "radiochemo"),
        ("radiotherapy", "radiation therapy", "radiation treatment", "irradiation", "brachytherapy", "proton therapy", "proton beam therapy",
         "chemoradiotherapy", "chemoradiation", "radiochemotherapy", "stereotactic radiosurgery", "radiation"), ("XRT", "IMRT", "SBRT"),
        asked=r"^radiotherapy$|^radiation therapy$|^irradiation$", text=r"radiotherapy|radiation therapy|irradiation|\bIMRT\b|\bSBRT\b|\d\s?Gy\b",
        exclude=r"gamma[- ]irradiat|irradiated (?:blood|graft|product|platelet)|laser|ultraviolet|\bUV\b|radiat\w* (?:to|into|towards)\b|"
                r"(?:back|pain) radiation|radiation (?:exposure|to the)|irradiation time"),
    "testis": Concept(asked=r"^testes$|^testis$|^testicles?$", text=r"test[ie]s|testic|orchitis|scrot"),
    "grade 3 toxicity": Concept(
        asked=r"^(?:grade|≥) ?≥?3 (?:hematologic )?toxicity$|^≥3 hematologic toxicity$", text=r"grade\s*(?:≥|>=|3|III|[34])\S*\s+(?:\w+\s+)?toxicit"
    ),
}


def _with_brands(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names, each vocabulary drug followed by its brands and spellings (tacrolimus, Prograf)."""
    return tuple(dict.fromkeys(n for name in names for n in (name, *sorted(a for a, g in DRUG_ALIASES.items() if g == name))))


def _with_drug_classes(concepts: dict[str, Concept], before: str) -> dict[str, Concept]:
    """``concepts`` with the drug classes (``text.drug_classes``) inserted ahead of ``before``:
    a class is tried before the findings, so "anti-seizure drugs" is no seizure."""
    classes = {
        name: Concept(c.keys, _with_brands(c.members) + tuple(f for other in c.also for f in concepts[other].forms), c.acronyms,
                      exclude=c.exclude, whole_keys=True)
        for name, c in DRUG_CLASSES.items()
    }
    names = list(concepts)
    at = names.index(before)
    return {n: concepts[n] for n in names[:at]} | classes | {n: concepts[n] for n in names[at:]}


def _spelled(forms: tuple[str, ...]) -> str:
    """A yes/no answer's sentence pattern: the forms as words (hyphen or space, British
    spellings, endings); no acronym, as a yes/no answer does not check what a document
    defines it as (AMI: acute mesenteric ischaemia)."""
    def one(form: str) -> str:
        return either_spelling(r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", form) if w))
    return r"\b(?:" + "|".join(one(f) for f in forms) + r")(?:s|es|ed|ing|al)?\b"


def _asked(keys: tuple[str, ...], acronyms: tuple[str, ...]) -> str:
    """A finding asked alone: a key with its word's ending ("tachycardi": "tachycardic"), or an
    acronym whole ("THR" is no "thrombocytopenic"), and maybe what is measured."""
    named = [re.escape(k) + r"\w*" for k in keys] + [re.escape(a) + r"s?" for a in acronyms]
    return r"^(?:" + "|".join(named) + r")(?:\s+(?:rates?|counts?|levels?|values?|beats?|nodes?|glands?))?$"


def _with_findings(concepts: dict[str, Concept], before: str) -> dict[str, Concept]:
    """``concepts`` with the findings tables (``text.findings``, ``text.infection_findings``, ``text.history_findings``, then ``text.lab_findings``) inserted ahead of ``before``,
    each also a yes/no target: its keys or acronyms, asked alone ("Did he have a fast heart
    rate?"; "diabetic ketoacidosis" is no diabetes), answered by sentences naming a form."""
    rows = {
        name: Concept(f.keys, f.forms, f.acronyms, exclude=f.exclude, low=f.low, high=f.high, whole_keys=f.whole_keys, narrowed=True,
                      asked=_asked(f.keys, f.acronyms),
                      text=_spelled(f.forms))
        for name, f in (FINDINGS | INFECTION_FINDINGS | HISTORY_FINDINGS | LAB_FINDINGS).items() if name not in concepts
    }
    names = list(concepts)
    at = names.index(before)
    return {n: concepts[n] for n in names[:at]} | rows | {n: concepts[n] for n in names[at:]}


CONCEPTS = _with_findings(_with_drug_classes(CONCEPTS, before="fever"), before="fever")
# Kinds of disease (``text.disease_groups``) first: their keys are category names, never a member's.
CONCEPTS = {n: Concept(g.keys, g.members, g.acronyms, exclude=g.exclude, whole_keys=True) for n, g in DISEASE_GROUPS.items()} | CONCEPTS
