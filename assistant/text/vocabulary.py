"""Clinical vocabulary shared by tagging (ingest) and answering: diagnosis patterns and
drug names, weighted to hematology and oncology, with one name per concept (brand names,
INN/British spellings and unambiguous abbreviations fold into the generic). A small
curated list, not a coding system (no ICD/RxNorm)."""

from __future__ import annotations

import re

# label -> (long form, matched case-insensitively; acronym, matched case-sensitively)
DIAGNOSES: dict[str, tuple[str, str | None]] = {
    "acute lymphoblastic leukemia": (r"acute lymphoblastic leuka?emia", r"\bB-ALL\b|\bT-ALL\b|\bALL\b(?= (?:in|relapse|onset|patients?)\b)"),
    "acute myeloid leukemia": (r"acute myeloid leuka?emia", r"\bAML\b"),
    "acute promyelocytic leukemia": (r"acute promyelocytic leuka?emia", r"\bAPL\b"),
    "chronic myeloid leukemia": (r"chronic myeloid leuka?emia", r"\bCML\b"),
    "chronic lymphocytic leukemia": (r"chronic lymphocytic leuka?emia", r"\bCLL\b"),
    "multiple myeloma": (r"multiple myeloma", None),
    "plasmacytoma": (r"plasmacytoma", None),
    "hodgkin lymphoma": (r"(?<!non-)(?<!non )hodgkin(?:'s)? lymphoma", None),
    "non-hodgkin lymphoma": (r"non[- ]hodgkin(?:'s)? lymphoma", None),
    "diffuse large b-cell lymphoma": (r"diffuse large b[- ]cell lymphoma", r"\bDLBCL\b"),
    "large b-cell lymphoma": (r"large b[- ]cell lymphoma", None),
    "malt lymphoma": (r"malt lymphoma|mucosa-associated lymphoid tissue", None),
    "t-cell lymphoma": (r"t[- ]cell lymphoma", r"\bAITL\b"),
    "lymphoma": (r"lymphoma", None),
    "leukemia": (r"leuka?emia", None),
    "myelodysplastic syndrome": (r"myelodysplastic", r"\bMDS\b"),
    "myeloproliferative neoplasm": (r"myeloproliferative|polycythemia vera|essential thrombocytha?emia|myelofibrosis", None),
    "immune thrombocytopenia": (r"immune thrombocytop[a-z]*", r"\bITP\b"),
    "thrombotic thrombocytopenic purpura": (r"thrombotic thrombocytopenic purpura", r"\bTTP\b"),
    "hemolytic uremic syndrome": (r"ha?emolytic[- ]ura?emic syndrome", r"\ba?HUS\b"),
    "hemophagocytic lymphohistiocytosis": (r"ha?emophagocytic lymphohistiocytosis", r"\bHLH\b"),
    "aplastic anemia": (r"aplastic ana?emia", None),
    "hemolytic anemia": (r"ha?emolytic ana?emia", None),
    "sickle cell disease": (r"sickle cell", None),
    "thalassemia": (r"thalassa?emia", None),
    "hemophilia": (r"ha?emophilia", None),
    "disseminated intravascular coagulation": (r"disseminated intravascular coagulation", r"\bDIC\b"),
    "venous thromboembolism": (r"venous thromboembolism|deep vein thrombosis|deep venous thrombosis|pulmonary embolism", r"\bDVT\b"),
    "amyloidosis": (r"amyloidosis", None),
    "histiocytosis": (r"histiocytosis", None),
    "sepsis": (r"\bsepsis\b|septic shock", None),
    "tuberculosis": (r"tuberculosis", None),
    "covid-19": (r"covid-19|sars-cov-2", None),
    "breast cancer": (r"breast (?:cancer|carcinoma)", None),
    "lung cancer": (r"lung (?:cancer|adenocarcinoma|carcinoma)|non-small cell lung", None),
    "colorectal cancer": (r"colorectal (?:cancer|carcinoma)|colon (?:cancer|adenocarcinoma)", None),
    "cholangiocarcinoma": (r"cholangiocarcinoma", None),
    "hepatocellular carcinoma": (r"hepatocellular carcinoma", None),
    "melanoma": (r"melanoma", None),
    "sarcoma": (r"sarcoma", None),
    "glioma": (r"glioma|glioblastoma", None),
}

DRUGS = """
blinatumomab inotuzumab methotrexate cytarabine dexamethasone prednisone prednisolone
methylprednisolone hydrocortisone vincristine daunorubicin doxorubicin idarubicin
cyclophosphamide ifosfamide etoposide asparaginase pegaspargase mercaptopurine
thioguanine fludarabine bendamustine chlorambucil busulfan melphalan carboplatin cisplatin
oxaliplatin gemcitabine capecitabine fluorouracil paclitaxel docetaxel irinotecan
rituximab obinutuzumab brentuximab daratumumab bortezomib carfilzomib lenalidomide
pomalidomide thalidomide imatinib dasatinib nilotinib ponatinib bosutinib ibrutinib
acalabrutinib zanubrutinib venetoclax azacitidine decitabine hydroxyurea ruxolitinib
midostaurin gilteritinib sorafenib
eculizumab ravulizumab caplacizumab romiplostim eltrombopag avatrombopag
tacrolimus cyclosporine mycophenolate sirolimus tocilizumab
alemtuzumab emicizumab heparin enoxaparin warfarin apixaban rivaroxaban dabigatran
alteplase filgrastim pembrolizumab nivolumab ipilimumab atezolizumab
trastuzumab bevacizumab cetuximab erlotinib osimertinib vancomycin meropenem
piperacillin ceftriaxone amoxicillin azithromycin levofloxacin ciprofloxacin
metronidazole linezolid doxycycline trimethoprim voriconazole posaconazole
amphotericin fluconazole caspofungin acyclovir valacyclovir ganciclovir oseltamivir
remdesivir rifampicin isoniazid insulin metformin
""".split() + ["all-trans retinoic acid", "arsenic trioxide", "tranexamic acid", "intravenous immunoglobulin"]
# One name per entry: "arsenic trioxide" is one drug, and "acid" is none.

# alias (lowercase; matched case-insensitively as a whole word) -> the generic in DRUGS.
DRUG_ALIASES: dict[str, str] = {
    "ivig": "intravenous immunoglobulin", "intravenous immune globulin": "intravenous immunoglobulin",
    "intravenous immunoglobulins": "intravenous immunoglobulin", "immunoglobulin therapy": "intravenous immunoglobulin",
    "gamma globulin": "intravenous immunoglobulin", "gammaglobulin": "intravenous immunoglobulin",
    "rituxan": "rituximab", "mabthera": "rituximab", "keytruda": "pembrolizumab", "opdivo": "nivolumab",
    "yervoy": "ipilimumab", "tecentriq": "atezolizumab", "herceptin": "trastuzumab", "avastin": "bevacizumab",
    "erbitux": "cetuximab", "tagrisso": "osimertinib", "tarceva": "erlotinib", "gleevec": "imatinib", "glivec": "imatinib",
    "sprycel": "dasatinib", "tasigna": "nilotinib", "iclusig": "ponatinib", "imbruvica": "ibrutinib", "venclexta": "venetoclax",
    "revlimid": "lenalidomide", "velcade": "bortezomib", "darzalex": "daratumumab", "kyprolis": "carfilzomib",
    "blincyto": "blinatumomab", "besponsa": "inotuzumab", "adcetris": "brentuximab", "gazyva": "obinutuzumab",
    "vidaza": "azacitidine", "dacogen": "decitabine", "jakafi": "ruxolitinib", "jakavi": "ruxolitinib", "hydrea": "hydroxyurea",
    "hydroxycarbamide": "hydroxyurea", "soliris": "eculizumab", "ultomiris": "ravulizumab", "cablivi": "caplacizumab",
    "nplate": "romiplostim", "promacta": "eltrombopag", "revolade": "eltrombopag", "actemra": "tocilizumab", "roactemra": "tocilizumab",
    "campath": "alemtuzumab", "hemlibra": "emicizumab", "lovenox": "enoxaparin", "clexane": "enoxaparin", "coumadin": "warfarin",
    "eliquis": "apixaban", "xarelto": "rivaroxaban", "pradaxa": "dabigatran", "activase": "alteplase", "neupogen": "filgrastim",
    "solu-medrol": "methylprednisolone", "decadron": "dexamethasone", "endoxan": "cyclophosphamide", "cytoxan": "cyclophosphamide",
    "adriamycin": "doxorubicin", "oncovin": "vincristine", "xeloda": "capecitabine", "gemzar": "gemcitabine", "taxol": "paclitaxel",
    "taxotere": "docetaxel", "5-fluorouracil": "fluorouracil", "5-fu": "fluorouracil", "mtx": "methotrexate",
    "ciclosporin": "cyclosporine", "cyclosporin": "cyclosporine", "ciclosporine": "cyclosporine", "neoral": "cyclosporine",
    "prograf": "tacrolimus", "cellcept": "mycophenolate", "rapamycin": "sirolimus", "rapamune": "sirolimus",
    "aciclovir": "acyclovir", "zovirax": "acyclovir", "valaciclovir": "valacyclovir", "valtrex": "valacyclovir",
    "rifampin": "rifampicin", "tazocin": "piperacillin", "zosyn": "piperacillin", "piperacillin-tazobactam": "piperacillin",
    "augmentin": "amoxicillin", "co-amoxiclav": "amoxicillin", "amoxycillin": "amoxicillin", "zithromax": "azithromycin",
    "levaquin": "levofloxacin", "cipro": "ciprofloxacin", "flagyl": "metronidazole", "zyvox": "linezolid",
    "co-trimoxazole": "trimethoprim", "cotrimoxazole": "trimethoprim", "bactrim": "trimethoprim", "septra": "trimethoprim",
    "trimethoprim-sulfamethoxazole": "trimethoprim", "tmp-smx": "trimethoprim", "vfend": "voriconazole", "noxafil": "posaconazole",
    "ambisome": "amphotericin", "diflucan": "fluconazole", "cancidas": "caspofungin", "cytovene": "ganciclovir",
    "tamiflu": "oseltamivir", "veklury": "remdesivir", "atra": "all-trans retinoic acid", "tretinoin": "all-trans retinoic acid",
    "trisenox": "arsenic trioxide", "cyklokapron": "tranexamic acid", "glucophage": "metformin",
}
DRUG_NAMES: list[str] = DRUGS + sorted(DRUG_ALIASES)  # every name a drug is written by in text
_SPELLING = [(re.compile(p), r) for p, r in [
    (r"\bhaem", "hem"), (r"aem", "em"), (r"\boesophag", "esophag"), (r"oedema", "edema"), (r"tumour", "tumor"),
    (r"\bfoet", "fet"), (r"caesar", "cesar"), (r"anaesth", "anesth"), (r"\bpaediatr", "pediatr"), (r"[\u2010-\u2015\u2212]", "-"),
    (r"\bdistens(?=ion|\b)", "distent"), (r"(?<=[nh])oea", "ea"),  # "apnoea", "diarrhoea"
    (r"\bappendicectom", "appendectom"),
]]


def american(text: str) -> str:
    """British spellings as American ones ("anaemic" -> "anemic", "oedema" -> "edema")."""
    for pattern, repl in _SPELLING:
        text = pattern.sub(repl, text)
    return text


# American -> British, for a stem looked up in an index of either spelling ("papilledema" -> "papilloedema").
_BRITISH_FORMS = [(re.compile(p), r) for p, r in [
    (r"^hem", "haem"), (r"(?<=[a-z])(?<!a)em(?=i)", "aem"), (r"edem", "oedem"), (r"^esophag", "oesophag"), (r"tumor", "tumour"),
    (r"^fet", "foet"), (r"^pediatr", "paediatr"), (r"(?<=[a-z])iz(?=[aei])", "is"), (r"^cesar", "caesar"), (r"^anesth", "anaesth"),
    (r"^distent", "distens"), (r"(?<=[nh])ea(?=s?$)", "oea"),
]]


def spellings(stem: str) -> set[str]:
    """A stem in its American and British spellings: an index holds whichever the report used."""
    american_stem = american(stem)
    british = american_stem
    for pattern, repl in _BRITISH_FORMS:
        british = pattern.sub(repl, british)
    return {stem, american_stem, british}


# An organ and its adjective name the same place: a "liver biopsy" is written "hepatic puncture biopsy",
# "the swelling inside his cheek" "a swelling over the left buccal mucosa".
ORGAN_ADJECTIVES = (("liver", "hepatic"), ("kidney", "renal"), ("lung", "pulmonary"), ("heart", "cardiac"), ("brain", "cerebral"), ("skin", "cutaneous"),
                    ("stomach", "gastric"), ("bladder", "vesical"), ("breast", "mammary"), ("cheek", "buccal"), ("eye", "ocular"), ("nose", "nasal"),
                    ("mouth", "oral"))
# The regions records name an organ by ("right lower quadrant tenderness" is the abdomen's, "lumbar MRI" the spine's): alternatives of a qualifier.
ORGAN_REGIONS = {"abdomen": "|(?:peri)?umbilic|epigastri|hypogastri|quadrant|flank|suprapubic|hypochondri|iliac fossa",
                 "spine": r"|spinal|lumbar(?![\s-]+puncture)|lumbosacral|thoracolumbar|sacral|vertebra|whole[- ]spine", "chest": "|thora",
                 "lung": "|respiratory|auscultat|breath sounds", "mouth": r"|intraoral|tongue|gingiv|gums?(?![a-z])|lips?(?![a-z])|palat|aphthous"}

# An organ taken out, as a record names the operation ("had her appendix out": an appendectomy).
ORGAN_REMOVALS = {"appendix": "appendectomy", "gallbladder": "cholecystectomy", "gall bladder": "cholecystectomy", "spleen": "splenectomy",
                  "tonsils": "tonsillectomy", "womb": "hysterectomy", "uterus": "hysterectomy", "kidney": "nephrectomy", "ovary": "oophorectomy",
                  "ovaries": "oophorectomy", "breast": "mastectomy", "thyroid": "thyroidectomy", "colon": "colectomy", "stomach": "gastrectomy",
                  "prostate": "prostatectomy", "adrenal gland": "adrenalectomy", "testicle": "orchiectomy", "testis": "orchiectomy", "eye": "enucleation"}

# Irregular past verbs that tell what happened to a patient ("who fell", "who slept badly"): a
# description of the patient in a question, or a list question of its own.
IRREGULAR_PAST = "fell|broke|ate|drank|bit|hit|cut|ran|drove|rode|flew|fought|swam|threw|tore|caught|struck|stung|underwent|swallowed|slept|woke|bled|wore|sought|lost"  # what happened to a patient, told in the past

# Words that put a value out of its range, up or down ("elevated D-dimer", "LDH was raised",
# "low platelets"): list subjects read a direction with them, and a direction makes a lab name a result.
RAISED = r"elevated|raised|increased|high|rising|abnormal"
LOWERED = r"low|decreased|reduced|depressed|diminished"


# An American form's regex, with the British spelling allowed where it differs (the one
# place list patterns and yes/no answer patterns get it from).
_EITHER = [(re.compile(p), r) for p, r in [(r"(?<![a-z])hem", "ha?em"), (r"(?<=[a-z])emi(?=as?\b|c\b|a)", "a?emi"), (r"edema", "o?edema"), (r"(?<![a-z])cesar", "ca?esar"),
                                                       (r"tumor", "tumou?r"), (r"(?<![a-z])esophag", "o?esophag"),
                                                       (r"(?<![a-z])anesth", "ana?esth"), (r"(?<![a-z])pediatr", "pa?ediatr"),
                                                       (r"(?<![a-z])distent(?=ion)", "disten[st]"), (r"(?<=pn|rh)ea(?![a-z])", "o?ea"),
                                                       (r"(?<![a-z])appendectom", "append(?:ic)?ectom")]]


def either_spelling(pattern: str) -> str:
    """A regex written in American spelling that also matches the British one
    ("anemia" -> "ana?emia", "hematuria" -> "ha?ematuria", "papilledema" -> "papillo?edema")."""
    for old, new in _EITHER:
        pattern = old.sub(new, pattern)
    return pattern


def normalize_name(name: str) -> str:
    """A tag name in one spelling: lowercase, American, dashes as "-", single spaces; drug
    aliases as their generic, and a name the vocabulary knows (hyphen or space alike:
    "hemolytic-uremic syndrome") as its label."""
    text = american(" ".join(str(name).lower().split()))
    if text in DRUG_ALIASES:
        return DRUG_ALIASES[text]
    for label, (long_form, _) in DIAGNOSES.items():
        if re.fullmatch(long_form, text) or re.fullmatch(long_form, text.replace("-", " ")):
            return label
    return fold_key(text) if fold_key(text) in _FOLDED_LABELS else text


def fold_key(name: str) -> str:
    """The key two spellings of one name share ("hemolytic-uremic syndrome" and
    "hemolytic uremic syndrome"): hyphens and spaces fold, case folds."""
    return re.sub(r"[\s\-]+", " ", name.lower()).strip()


_FOLDED_LABELS = {fold_key(label) for label in DIAGNOSES} | {fold_key(d) for d in DRUGS}


# Words that name an infection or its cause: the "what infection" answer type and the
# "compare the infections" aspect read the same list.
INFECTION = re.compile(
    r"\b(?:infect\w*|pneumonia|sepsis|septic|bacter[a-z]*|fungal|mycos[ie]s|aspergill\w*|candid[ai]\w*|viral|virus|COVID-19|"
    r"tubercul\w*|abscess|cellulitis|[a-z]+cocc(?:us|i)|[A-Z][a-z]+ (?:pneumophila|coli|aureus|pneumoniae|aeruginosa|albicans|glabrata))\b",
    re.I,
)

# Laboratory analytes: "What was the creatinine ...?" asks for a value, as "what level" does.
# The number answer type (extractive and short answers) reads this list.
LAB_ANALYTES = (
    r"(?:creatinine|urea|bun|ha?emoglobin|hb|hematocrit|platelets?|platelet count|wbc|white (?:blood )?cell count|leukocytes?|"
    r"neutrophils?|lymphocytes?|ldh|lactate dehydrogenase|ferritin|bilirubin|sodium|potassium|calcium|magnesium|phosph\w+|glucose|"
    r"hba1c|albumin|crp|c-reactive protein|procalcitonin|troponins?|d-dimer|fibrinogen|inr|aptt|ast|alt|alkaline phosphatase|"
    r"lactate|lactic acid|ggt|gamma-glutamyl ?transferase|transaminases|aminotransferases|liver enzymes|ige|igg|iga|igm|tsh|cortisol|psa|cea|afp|ca-?125|beta-?hcg|ddimer|esr|ck|creatine kinase|amylase|lipase|"
    r"reticulocytes?|blasts?|cd4(?: count)?|viral load|egfr|gfr|ejection fraction|spo2|oxygen saturation|blood pressure|heart rate|bmi|body mass index|body weight|birth weight|height|temperature|respiratory rate)"
)
LAB_ANALYTE = re.compile(r"\b" + LAB_ANALYTES + r"\b", re.I)

# Acronyms of tests, places and procedures that every clinician writes without defining them
# (a report may spell one out and never use the letters): a question's "MRI" is also found as
# "magnetic resonance". Diagnoses carry their acronyms in DIAGNOSES.
CLINICAL_ACRONYMS: dict[str, str] = {
    "MRI": "magnetic resonance", "CMR": "cardiac magnetic resonance", "CT": "computed tomography", "PET": "positron emission tomography",
    "ECG": "electrocardiogram", "EKG": "electrocardiogram", "EEG": "electroencephalogram", "ICU": "intensive care unit",
    "PJP": "pneumocystis pneumonia", "TTE": "transthoracic echocardiogram", "TEE": "transesophageal echocardiogram",
    "LP": "lumbar puncture", "BAL": "bronchoalveolar lavage", "CSF": "cerebrospinal fluid", "ECMO": "extracorporeal membrane oxygenation",
    "TPN": "parenteral nutrition", "CPR": "cardiopulmonary resuscitation", "IVIG": "intravenous immunoglobulin",
    "echo": "echocardiogram",  # a short word people say, as they say the letters
}

# Lab tests and clinical scores written by their letters or spelled out, one meaning each: a
# question's "TSH" is answered by "thyroid-stimulating hormone level was 1.14" in a report that
# never writes the letters.
LAB_ACRONYMS: dict[str, tuple[str, ...]] = {
    "TSH": ("thyroid-stimulating hormone", "thyroid stimulating hormone"), "HbA1c": ("glycated haemoglobin", "glycated hemoglobin", "haemoglobin A1c", "hemoglobin A1c"),
    "GCS": ("Glasgow Coma Scale",), "BNP": ("brain natriuretic peptide", "B-type natriuretic peptide"), "CRP": ("C-reactive protein",),
    "ESR": ("erythrocyte sedimentation rate",), "INR": ("international normalized ratio", "international normalised ratio"),
    "LVEF": ("left ventricular ejection fraction",), "EF": ("ejection fraction",), "BMI": ("body mass index",),
    "WBC": ("white blood cell count", "white blood cells", "white blood cell", "leukocyte count"), "ALT": ("alanine aminotransferase", "alanine transaminase"),
    "AST": ("aspartate aminotransferase", "aspartate transaminase"), "LDH": ("lactate dehydrogenase",), "CK": ("creatine kinase", "creatine phosphokinase"),
    "PSA": ("prostate-specific antigen",), "CEA": ("carcinoembryonic antigen",), "AFP": ("alpha-fetoprotein", "α-fetoprotein"),
    "eGFR": ("estimated glomerular filtration rate",), "ALP": ("alkaline phosphatase",), "PTH": ("parathyroid hormone",),
    "ACTH": ("adrenocorticotropic hormone", "corticotropin"), "NT-proBNP": ("N-terminal pro-B-type natriuretic peptide",),
    "BSA": ("body surface area",), "SpO2": ("oxygen saturation",), "APTT": ("activated partial thromboplastin time",),
}
# Letters a lab list writes that a lookup may ask spelled out ("Hgb 6.1 g/dL" for "the hemoglobin"), but
# that a list question's subject does not widen into: "(a low haemoglobin / Hb)" is no "any haemoglobin".
_LAB_LETTERS = {"Hb": ("hemoglobin", "haemoglobin"), "Hgb": ("hemoglobin", "haemoglobin"), "Hct": ("hematocrit", "haematocrit"),
                "PLT": ("platelet count", "platelets"), "ANC": ("absolute neutrophil count",), "ALC": ("absolute lymphocyte count",), "BUN": ("blood urea nitrogen",),
                "BSA": ("body surface area",)}
LAB_ALIASES = tuple((re.compile(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])"), re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b", re.I), short, names[0])
                    for short, names in (LAB_ACRONYMS | _LAB_LETTERS).items())


# Every acronym above with its spelled-out forms: a list question's "TSH" or "PET scan" also finds them.
SPELLED_OUT: dict[str, tuple[str, ...]] = {short: (long,) for short, long in CLINICAL_ACRONYMS.items()} | LAB_ACRONYMS


def asked_lab_tests(text: str) -> tuple:
    """The lab tests (entries of ``LAB_ALIASES``) the text names, by letters or spelled out."""
    return tuple(entry for entry in LAB_ALIASES if entry[0].search(text) or entry[1].search(text))


def lab_aliases(sentence: str, tests: tuple = LAB_ALIASES) -> str:
    """The other names of the lab tests the sentence names by letters or spelled out
    (" thyroid-stimulating hormone" for "TSH 1.14", " TSH" for "thyroid-stimulating hormone"), to
    append to it where a question may use either; ``tests``: only these (``asked_lab_tests``)."""
    out = []
    for letters, spelled, short, long in tests:
        if letters.search(sentence):
            out.append(long)
        if spelled.search(sentence):
            out.append(short)
    return "".join(" " + name for name in out)



# What a patient or a relative says and the record's word for it ("When did he go home?" is
# answered by "discharged home seven days after surgery", "the drain was taken out" by "removed").
_LAY_WORDS = [(re.compile(p, re.I), words) for p, words in [
    (r"\b(?:go|goes|went|gone|going|sent|send)\s+home\b|\b(?:left|leave|leaving)\s+(?:the\s+)?hospital\b", "discharged"),
    (r"\b(?:taken|take|took|taking|pulled|came|come)\s+out\b", "removed"),
    (r"\boperated\s+on\b", "surgery"),
    (r"\b(?:stay\w*|kept)\s+in\s+(?:the\s+)?hospital\b", "hospitalized"),
]]


def record_words(question: str) -> str:
    """The record's words for the question's lay verbs (" discharged" for "go home"), to search and weigh beside its own."""
    return "".join(" " + words for pattern, words in _LAY_WORDS if pattern.search(question))
