"""Drug classes as clinicians ask for them and the drugs records write instead: a question
says "an anthracycline", "anti-seizure drugs", "an ACEi"; a case report says "doxorubicin
60 mg/m2", "levetiracetam", "lisinopril". One table of general pharmacology (ATC-like
groupings, common abbreviations, generic and brand names), not tuned to any question set;
``text.concepts`` turns each row into a concept the list answers read, ahead of the findings,
so a class beats the disease word inside it ("anti-seizure drug" is no seizure).

Fields of a row:
- ``keys``: how a question names the class, matched as whole words (a plural allowed; hyphen,
  space or nothing between words alike): "insulin" is not "insulinoma", "epo" not "EPOCH";
- ``members``: how records write it: the class's own names, generics and brands, matched as
  whole words with endings (a vocabulary drug also brings its brands and spellings). A name
  that is also an everyday word ("Versed", "Luminal") is left out, and so are gabapentin and
  pregabalin, mostly given for pain and rarely meant by "anti-seizure drugs";
- ``acronyms``: as written, counted only where the document means them (``subjects``);
- ``exclude``: a regex that, in the mention's sentence, means another thing (a lab level, a
  local anaesthetic's adrenaline, a tumour "producing G-CSF");
- ``also``: other concepts whose forms belong to the class (anticoagulant: heparin, DOAC).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class DrugClass:
    keys: tuple[str, ...]
    members: tuple[str, ...]
    acronyms: tuple[str, ...] = ()
    exclude: str = ""
    also: tuple[str, ...] = ()


_PENICILLINS = ("penicillin", "benzylpenicillin", "phenoxymethylpenicillin", "benzathine penicillin", "amoxicillin", "ampicillin", "piperacillin",
                "flucloxacillin", "dicloxacillin", "cloxacillin", "nafcillin", "oxacillin", "ticarcillin", "temocillin", "unasyn", "sulbactam")
_CEPHALOSPORINS = ("cephalosporin", "cefazolin", "cephazolin", "cefalexin", "cephalexin", "cefadroxil", "cefradine", "cefuroxime", "cefoxitin",
                   "cefaclor", "ceftriaxone", "cefotaxime", "ceftazidime", "cefoperazone", "cefixime", "cefdinir", "cefpodoxime", "cefepime",
                   "ceftaroline", "ceftolozane", "cefiderocol", "ceftobiprole", "rocephin", "keflex", "ancef", "zinacef", "fortaz", "maxipime")
_CARBAPENEMS = ("carbapenem", "meropenem", "imipenem", "ertapenem", "doripenem", "biapenem", "tienam", "primaxin", "merrem", "invanz")
_AZOLES = ("azole antifungal", "triazole antifungal", "fluconazole", "itraconazole", "voriconazole", "posaconazole", "isavuconazole",
           "isavuconazonium", "ketoconazole", "clotrimazole", "miconazole", "econazole", "sporanox", "cresemba")
_ECHINOCANDINS = ("echinocandin", "caspofungin", "micafungin", "anidulafungin", "rezafungin", "mycamine", "eraxis")
_SSRIS = ("selective serotonin reuptake inhibitor", "fluoxetine", "sertraline", "citalopram", "escitalopram", "paroxetine", "fluvoxamine",
          "prozac", "zoloft", "lexapro", "celexa", "paxil")
_INSULINS = ("insulin", "insulin glargine", "insulin detemir", "insulin degludec", "insulin aspart", "insulin lispro", "insulin glulisine",
             "lantus", "levemir", "tresiba", "toujeo", "humalog", "novolog", "novorapid", "humulin", "novolin")
_GLP1 = ("glp-1 receptor agonist", "glucagon-like peptide-1 receptor agonist", "semaglutide", "liraglutide", "dulaglutide", "exenatide",
         "lixisenatide", "tirzepatide", "ozempic", "wegovy", "rybelsus", "victoza", "saxenda", "trulicity", "byetta", "bydureon", "mounjaro")
_SULFONYLUREAS = ("sulfonylurea", "sulphonylurea", "glipizide", "glyburide", "glibenclamide", "glimepiride", "gliclazide", "tolbutamide",
                  "chlorpropamide", "glucotrol", "amaryl", "diamicron")
_SGLT2 = ("sglt2 inhibitor", "sglt-2 inhibitor", "sodium-glucose cotransporter 2 inhibitor", "empagliflozin", "dapagliflozin", "canagliflozin",
          "ertugliflozin", "sotagliflozin", "jardiance", "farxiga", "forxiga", "invokana")
_DPP4 = ("dpp-4 inhibitor", "sitagliptin", "saxagliptin", "linagliptin", "alogliptin", "vildagliptin", "januvia", "tradjenta", "trajenta", "galvus")
_LOOP = ("loop diuretic", "furosemide", "frusemide", "bumetanide", "torsemide", "torasemide", "ethacrynic acid", "lasix", "bumex")
_THIAZIDES = ("thiazide", "hydrochlorothiazide", "chlorthalidone", "chlortalidone", "indapamide", "metolazone", "chlorothiazide", "bendroflumethiazide")
_MRAS = ("mineralocorticoid receptor antagonist", "aldosterone antagonist", "spironolactone", "eplerenone", "finerenone", "aldactone")
_VASOPRESSORS = ("vasopressor", "pressor support", "norepinephrine", "noradrenaline", "epinephrine", "adrenaline", "vasopressin", "phenylephrine", "dopamine",
                 "levophed", "ephedrine")
_PLATINUM = ("platinum", "platinum-based", "cisplatin", "carboplatin", "oxaliplatin", "nedaplatin", "lobaplatin")
_ANTHRACYCLINES = ("anthracycline", "doxorubicin", "daunorubicin", "idarubicin", "epirubicin", "pirarubicin", "aclarubicin", "amrubicin",
                   "mitoxantrone", "doxil", "caelyx", "myocet")
_ALKYLATORS = ("alkylating agent", "cyclophosphamide", "ifosfamide", "melphalan", "busulfan", "chlorambucil", "bendamustine", "temozolomide",
               "carmustine", "lomustine", "dacarbazine", "thiotepa", "procarbazine", "mechlorethamine", "treosulfan", "trabectedin", "temodar")
_ANTIMETABOLITES = ("anti-metabolite", "methotrexate", "pemetrexed", "pralatrexate", "fluorouracil", "capecitabine", "tegafur", "cytarabine",
                    "gemcitabine", "fludarabine", "cladribine", "clofarabine", "nelarabine", "mercaptopurine", "thioguanine", "alimta")
_TAXANES = ("taxane", "paclitaxel", "nab-paclitaxel", "docetaxel", "cabazitaxel", "abraxane")
_VINCAS = ("vinca alkaloid", "vincristine", "vinblastine", "vinorelbine", "vindesine", "navelbine")
_HERPES_ANTIVIRALS = ("acyclovir", "valacyclovir", "famciclovir", "ganciclovir", "valganciclovir", "foscarnet", "cidofovir", "letermovir", "valcyte")
_ANTIRETROVIRALS = ("anti-retroviral", "tenofovir", "emtricitabine", "lamivudine", "zidovudine", "abacavir", "efavirenz", "nevirapine", "rilpivirine",
                    "dolutegravir", "bictegravir", "raltegravir", "elvitegravir", "cabotegravir", "darunavir", "atazanavir", "lopinavir", "ritonavir",
                    "biktarvy", "truvada", "descovy", "genvoya", "triumeq", "odefsey")
_TKIS = ("tyrosine kinase inhibitor", "imatinib", "dasatinib", "nilotinib", "bosutinib", "ponatinib", "asciminib", "flumatinib", "olverembatinib",
         "erlotinib", "gefitinib", "afatinib", "dacomitinib", "osimertinib", "almonertinib", "aumolertinib", "furmonertinib", "icotinib",
         "lapatinib", "neratinib", "tucatinib", "pyrotinib", "sunitinib", "sorafenib", "pazopanib", "axitinib", "cabozantinib", "lenvatinib",
         "regorafenib", "vandetanib", "anlotinib", "apatinib", "fruquintinib", "crizotinib", "alectinib", "brigatinib", "lorlatinib", "ceritinib",
         "ensartinib", "capmatinib", "tepotinib", "savolitinib", "selpercatinib", "pralsetinib", "larotrectinib", "entrectinib", "ibrutinib",
         "acalabrutinib", "zanubrutinib", "orelabrutinib", "pirtobrutinib", "midostaurin", "gilteritinib", "quizartinib")
_BENZODIAZEPINES = ("benzodiazepine", "lorazepam", "diazepam", "midazolam", "clonazepam", "alprazolam", "chlordiazepoxide", "clobazam", "temazepam",
                    "oxazepam", "nitrazepam", "clorazepate", "ativan", "valium", "xanax", "klonopin", "rivotril")
_CORTICOSTEROIDS = ("corticosteroid", "glucocorticoid", "steroid", "prednisone", "prednisolone", "methylprednisolone", "dexamethasone",
                    "hydrocortisone", "budesonide", "fludrocortisone", "triamcinolone", "betamethasone", "beclomethasone", "fluticasone",
                    "mometasone", "cortisone", "deflazacort", "clobetasol", "medrol", "kenalog")
_TB_DRUGS = ("isoniazid", "rifampicin", "pyrazinamide", "ethambutol", "rifabutin", "rifapentine", "bedaquiline", "delamanid", "pretomanid")

# The class's own names head each member list; the specific before the general (an "azole
# antifungal" before "antifungal", a "loop diuretic" before "diuretic").
DRUG_CLASSES: dict[str, DrugClass] = {
    # -- heart, vessels, blood --------------------------------------------------------------------
    "ace inhibitor": DrugClass(("ace inhibitor", "acei", "angiotensin converting enzyme inhibitor", "angiotensin-converting enzyme inhibitor"),
                               ("ace inhibitor", "angiotensin-converting enzyme inhibitor", "lisinopril", "enalapril", "enalaprilat", "ramipril",
                                "captopril", "perindopril", "benazepril", "quinapril", "fosinopril", "trandolapril", "zestril", "vasotec", "altace"),
                               ("ACEi", "ACEI")),
    "angiotensin receptor blocker": DrugClass(("angiotensin receptor blocker", "angiotensin ii receptor blocker", "angiotensin receptor antagonist",
                                               "angiotensin ii receptor antagonist", "arb", "sartan"),
                                              ("angiotensin receptor blocker", "angiotensin ii receptor blocker", "losartan", "valsartan", "irbesartan",
                                               "candesartan", "telmisartan", "olmesartan", "azilsartan", "eprosartan", "cozaar", "diovan", "entresto"),
                                              ("ARB",)),
    "nitrate": DrugClass(("nitrate", "nitrovasodilator", "organic nitrate"),
                         ("nitroglycerin", "nitroglycerine", "glyceryl trinitrate", "isosorbide dinitrate", "isosorbide mononitrate", "isosorbide",
                          "nitrate patch", "risordan", "isordil", "imdur", "nitrostat", "nitro-dur", "nitrolingual", "trinitrine"),
                         ("GTN", "ISDN", "ISMN"), exclude=r"(?:silver|gallium|sodium|potassium|ammonium|urinary|urine) nitrates?|nitrates? in (?:the )?urine"),
    "loop diuretic": DrugClass(("loop diuretic",), _LOOP),
    "thiazide diuretic": DrugClass(("thiazide",), _THIAZIDES, ("HCTZ",)),
    "mineralocorticoid receptor antagonist": DrugClass(("mineralocorticoid receptor antagonist", "aldosterone antagonist", "potassium-sparing diuretic"),
                                                       _MRAS),
    "diuretic": DrugClass(("diuretic",), ("diuretic", "acetazolamide", "amiloride", "triamterene", "mannitol") + _LOOP + _THIAZIDES + _MRAS,
                          exclude=r"\bagar\b"),  # mannitol salt agar
    "inotrope": DrugClass(("inotrope", "inotropic"), ("inotrope", "inotropic support", "dobutamine", "milrinone", "olprinone", "dopamine", "levosimendan",
                                                      "enoximone"),
                          exclude=r"dopamine (?:agonist|antagonist|receptor|transporter)|dopaminergic|inotropic (?:effect|function|state)"),
    "vasopressor": DrugClass(("vasopressor", "pressor", "vasoconstrictor"), _VASOPRESSORS,
                             exclude=r"[a-z]+caine\b|local an(?:a)?esthe|infiltrat|anaphyla|nebuli[sz]|racemic|injected with|"
                                     r"(?:epinephrine|adrenaline) injection|auto-?injector|epipen|soak|metanephrine|catecholamine|pheochromocytoma|"
                                     r"paraganglioma|inappropriate|\bSIADH\b|dopamine (?:agonist|antagonist|receptor|transporter)|dopaminergic|"
                                     r"vasopressin (?:antagonist|receptor|V2)|arginine vasopressin"),
    "low molecular weight heparin": DrugClass(("low molecular weight heparin", "lmwh"),
                                              ("low molecular weight heparin", "enoxaparin", "dalteparin", "tinzaparin", "nadroparin", "certoparin",
                                               "parnaparin", "bemiparin", "fragmin", "innohep", "fraxiparine"), ("LMWH",)),
    "anticoagulant": DrugClass(("anti-coagulant", "anti-coagulation", "anti-coagulated", "blood thinner"),
                               ("anti-coagulant", "anti-coagulation", "anti-coagulated", "warfarin", "acenocoumarol", "phenprocoumon", "fondaparinux",
                                "argatroban", "bivalirudin", "arixtra", "vitamin k antagonist"),
                               exclude=r"lupus anticoagulant|circulating anticoagulant|contraindicat|\btubes?\b|citrate|rodenticide|poison",
                               also=("heparin", "direct oral anticoagulant")),
    "p2y12 inhibitor": DrugClass(("p2y12",), ("p2y12 inhibitor", "clopidogrel", "prasugrel", "ticagrelor", "cangrelor", "ticlopidine", "plavix",
                                               "brilinta", "effient")),
    "antiplatelet": DrugClass(("anti-platelet", "platelet inhibitor", "dual anti-platelet", "dapt"),
                              ("anti-platelet", "dual anti-platelet therapy", "aspirin", "acetylsalicylic acid", "clopidogrel", "prasugrel", "ticagrelor",
                               "cangrelor", "ticlopidine", "dipyridamole", "cilostazol", "abciximab", "eptifibatide", "tirofiban", "plavix", "brilinta",
                               "effient", "aggrenox"), ("DAPT",),
                              exclude=r"aspirin[- ](?:exacerbated|induced|sensitiv|intoleran|allerg)|stress (?:test|perfusion|imaging)|thallium"),
    "thrombolytic": DrugClass(("thrombolytic", "thrombolysis", "fibrinolytic", "tpa", "t-pa", "rtpa", "rt-pa", "tissue plasminogen activator", "clot buster"),
                              ("thrombolytic", "thrombolysis", "fibrinolytic therapy", "tissue plasminogen activator", "alteplase", "tenecteplase",
                               "reteplase", "streptokinase", "urokinase", "tnkase"), ("tPA", "t-PA", "rtPA", "rt-PA", "r-tPA")),
    # -- blood cells ------------------------------------------------------------------------------
    "granulocyte colony-stimulating factor": DrugClass(("g-csf", "gcsf", "granulocyte colony", "colony-stimulating factor", "gm-csf"),
                                                       ("granulocyte colony-stimulating factor", "granulocyte-macrophage colony-stimulating factor",
                                                        "g-csf", "gm-csf",
                                                        "filgrastim", "pegfilgrastim", "lenograstim", "lipegfilgrastim", "sargramostim",
                                                        "neupogen", "neulasta", "zarxio"), (),
                                                       exclude=r"produc|secret|express|serum (?:G-?CSF|granulocyte)|(?:G-?CSF|factor) (?:level|concentration)"),
    "erythropoiesis-stimulating agent": DrugClass(("erythropoiesis-stimulating", "erythropoietin", "epoetin", "darbepoetin", "esa", "epo"),
                                                  ("erythropoiesis-stimulating agent", "erythropoietin-stimulating agent", "recombinant human erythropoietin",
                                                   "recombinant erythropoietin", "erythropoietin therapy", "erythropoietin injection",
                                                   "erythropoietin treatment",
                                                   "epoetin", "darbepoetin", "mircera", "aranesp", "epogen", "procrit", "eprex", "retacrit"),
                                                  ("ESA", "rhEPO", "rHuEPO")),
    # -- infection ------------------------------------------------------------------------------
    "macrolide": DrugClass(("macrolide",), ("macrolide", "azithromycin", "clarithromycin", "erythromycin", "roxithromycin", "biaxin", "klacid")),
    "fluoroquinolone": DrugClass(("fluoroquinolone", "quinolone"), ("fluoroquinolone", "quinolone", "ciprofloxacin", "levofloxacin", "moxifloxacin",
                                                                    "ofloxacin", "norfloxacin", "gatifloxacin", "delafloxacin", "avelox")),
    "aminoglycoside": DrugClass(("aminoglycoside",), ("aminoglycoside", "gentamicin", "gentamycin", "amikacin", "tobramycin", "streptomycin",
                                                      "neomycin", "kanamycin", "netilmicin", "plazomicin")),
    "glycopeptide": DrugClass(("glycopeptide",), ("glycopeptide", "vancomycin", "teicoplanin", "telavancin", "dalbavancin", "oritavancin")),
    "carbapenem": DrugClass(("carbapenem",), _CARBAPENEMS),
    "cephalosporin": DrugClass(("cephalosporin",), _CEPHALOSPORINS),
    "beta-lactam": DrugClass(("beta-lactam", "β-lactam", "betalactam"),
                             ("beta-lactam", "β-lactam", "aztreonam") + _PENICILLINS + _CEPHALOSPORINS + _CARBAPENEMS,
                             exclude=r"allerg|anaphyla|hypersensitiv"),
    "tetracycline": DrugClass(("tetracycline",), ("tetracycline", "doxycycline", "minocycline", "tigecycline", "eravacycline", "omadacycline")),
    "antituberculosis drug": DrugClass(("anti-tubercular", "anti-tuberculous", "anti-tuberculosis", "anti-tb"),
                                       ("anti-tubercular", "anti-tuberculous", "anti-tuberculosis", "anti-tb") + _TB_DRUGS, ("ATT", "HRZE")),
    "azole antifungal": DrugClass(("azole", "triazole"), _AZOLES),
    "echinocandin": DrugClass(("echinocandin",), _ECHINOCANDINS),
    "antifungal": DrugClass(("anti-fungal", "anti-mycotic"), ("anti-fungal", "amphotericin", "nystatin", "terbinafine", "flucytosine", "griseofulvin")
                            + _AZOLES + _ECHINOCANDINS),
    "antiretroviral": DrugClass(("anti-retroviral", "haart"), _ANTIRETROVIRALS, ("HAART", "cART")),
    "antiviral": DrugClass(("anti-viral",), ("anti-viral", "oseltamivir", "zanamivir", "baloxavir", "peramivir", "remdesivir", "nirmatrelvir", "paxlovid",
                                            "molnupiravir", "ribavirin", "sofosbuvir", "entecavir", "tenofovir", "velpatasvir", "ledipasvir",
                                            "glecaprevir") + _HERPES_ANTIVIRALS),
    "antimalarial": DrugClass(("anti-malarial",), ("anti-malarial", "hydroxychloroquine", "chloroquine", "artesunate", "artemether", "lumefantrine",
                                                  "quinine", "mefloquine", "primaquine", "atovaquone", "plaquenil")),
    # -- nervous system -------------------------------------------------------------------------
    "anticonvulsant": DrugClass(("anti-convulsant", "anti-seizure", "anti-epileptic", "seizure medication", "seizure medicine", "seizure drug",
                                 "epilepsy medication", "epilepsy drug", "asm", "aed"),
                                ("anti-convulsant", "anti-seizure", "anti-epileptic", "levetiracetam", "phenytoin", "fosphenytoin", "valproate",
                                 "valproic acid", "divalproex", "carbamazepine", "oxcarbazepine", "eslicarbazepine", "lamotrigine", "topiramate",
                                 "lacosamide", "phenobarbital", "phenobarbitone", "zonisamide", "brivaracetam", "perampanel", "ethosuximide",
                                 "vigabatrin", "rufinamide", "cenobamate", "primidone", "stiripentol", "keppra",
                                 "dilantin", "tegretol", "depakote", "depakine", "epilim", "lamictal", "topamax", "vimpat", "trileptal"), ("AED", "ASM")),
    "benzodiazepine": DrugClass(("benzodiazepine", "benzo"), _BENZODIAZEPINES),
    "selective serotonin reuptake inhibitor": DrugClass(("ssri", "selective serotonin reuptake inhibitor"), _SSRIS, ("SSRI",)),
    "antidepressant": DrugClass(("anti-depressant",), ("anti-depressant", "venlafaxine", "desvenlafaxine", "duloxetine", "milnacipran", "amitriptyline",
                                                      "nortriptyline", "imipramine", "clomipramine", "desipramine", "doxepin", "mirtazapine", "bupropion",
                                                      "trazodone", "vortioxetine", "agomelatine", "phenelzine", "tranylcypromine") + _SSRIS),
    "antipsychotic": DrugClass(("anti-psychotic", "neuroleptic"), ("anti-psychotic", "neuroleptic", "haloperidol", "olanzapine", "quetiapine", "risperidone",
                                                                  "aripiprazole", "clozapine", "ziprasidone", "paliperidone", "lurasidone",
                                                                  "chlorpromazine", "fluphenazine", "perphenazine", "amisulpride", "sulpiride",
                                                                  "cariprazine", "brexpiprazole", "haldol", "zyprexa", "seroquel", "risperdal",
                                                                  "abilify", "clozaril"), exclude=r"neuroleptic malignant"),
    "opioid": DrugClass(("opioid", "opiate", "narcotic analgesic"), ("opioid", "opiate", "morphine", "oxycodone", "hydromorphone", "fentanyl",
                                                                     "remifentanil", "sufentanil", "alfentanil", "methadone", "buprenorphine",
                                                                     "tramadol", "tapentadol", "codeine", "hydrocodone", "pethidine", "meperidine",
                                                                     "nalbuphine", "butorphanol", "oxycontin", "dilaudid", "suboxone", "subutex"),
                        exclude=r"(?:drug|tox\w*) screen|toxicolog|urine drug"),
    # -- inflammation, immunity -------------------------------------------------------------------
    "nonsteroidal anti-inflammatory drug": DrugClass(("nsaid", "nonsteroidal anti-inflammatory", "non-steroidal anti-inflammatory"),
                                                     ("nonsteroidal anti-inflammatory", "non-steroidal anti-inflammatory", "ibuprofen", "naproxen",
                                                      "diclofenac", "ketorolac", "indomethacin", "indometacin", "celecoxib", "meloxicam", "piroxicam",
                                                      "ketoprofen", "etoricoxib", "mefenamic acid", "nimesulide", "etodolac", "nabumetone",
                                                      "flurbiprofen", "dexketoprofen", "loxoprofen", "parecoxib", "advil", "motrin", "voltaren",
                                                      "toradol", "celebrex"), ("NSAID",), exclude=r"\bavoid"),
    "corticosteroid": DrugClass(("corticosteroid", "glucocorticoid", "steroid", "corticoid"), _CORTICOSTEROIDS,
                                exclude=r"anabolic|steroid (?:receptor|hormone)|sex steroid"),
    "calcineurin inhibitor": DrugClass(("calcineurin inhibitor", "cni"), ("calcineurin inhibitor", "tacrolimus", "cyclosporine", "voclosporin",
                                                                          "advagraf", "envarsus", "sandimmune"), ("CNI",)),
    "mtor inhibitor": DrugClass(("mtor inhibitor",), ("mtor inhibitor", "sirolimus", "everolimus", "temsirolimus", "afinitor", "certican")),
    "tnf inhibitor": DrugClass(("tnf inhibitor", "tnf-alpha inhibitor", "tnf-α inhibitor", "anti-tnf", "tnf blocker", "tnf antagonist", "tnfi"),
                               ("anti-tnf", "tnf inhibitor", "tnf-alpha inhibitor", "tnf-α inhibitor", "infliximab", "adalimumab", "etanercept",
                                "certolizumab", "golimumab", "remicade", "humira", "enbrel", "cimzia", "simponi", "inflectra", "remsima")),
    "jak inhibitor": DrugClass(("jak inhibitor", "janus kinase inhibitor", "jakinib"),
                               ("jak inhibitor", "janus kinase inhibitor", "ruxolitinib", "tofacitinib", "baricitinib", "upadacitinib", "fedratinib",
                                "pacritinib", "momelotinib", "abrocitinib", "filgotinib", "xeljanz", "olumiant", "rinvoq")),
    "il-6 inhibitor": DrugClass(("il-6 inhibitor", "anti-il-6", "il-6 receptor antagonist", "il-6 blocker", "interleukin-6 inhibitor"),
                                ("tocilizumab", "sarilumab", "siltuximab", "kevzara")),
    "anti-cd20 antibody": DrugClass(("anti-cd20", "cd20 antibody", "cd20 monoclonal"),
                                    ("anti-cd20", "rituximab", "obinutuzumab", "ofatumumab", "ocrelizumab", "ublituximab", "ocrevus", "kesimpta")),
    "anti-cd38 antibody": DrugClass(("anti-cd38", "cd38 antibody"), ("anti-cd38", "daratumumab", "isatuximab", "sarclisa")),
    # -- cancer ---------------------------------------------------------------------------------
    "platinum": DrugClass(("platinum", "platinum-based"), _PLATINUM),
    "anthracycline": DrugClass(("anthracycline",), _ANTHRACYCLINES),
    "alkylating agent": DrugClass(("alkylating agent", "alkylator"), _ALKYLATORS),
    "antimetabolite": DrugClass(("anti-metabolite",), _ANTIMETABOLITES),
    "taxane": DrugClass(("taxane",), _TAXANES),
    "vinca alkaloid": DrugClass(("vinca",), _VINCAS),
    "tyrosine kinase inhibitor": DrugClass(("tki", "tyrosine kinase inhibitor"), _TKIS, ("TKI",)),
    "proteasome inhibitor": DrugClass(("proteasome inhibitor",), ("proteasome inhibitor", "bortezomib", "carfilzomib", "ixazomib", "ninlaro")),
    "immunomodulatory drug": DrugClass(("immunomodulatory drug", "imid"), ("thalidomide", "lenalidomide", "pomalidomide", "pomalyst"), ("IMiD",)),
    "hypomethylating agent": DrugClass(("hypomethylating", "demethylating", "hma"), ("hypomethylating agent", "azacitidine", "decitabine",
                                                                                      "guadecitabine", "onureg"), ("HMA",)),
    # -- hormones, metabolism, stomach, allergy ---------------------------------------------------
    "insulin": DrugClass(("insulin",), _INSULINS,
                         exclude=r"insulin[- ]?(?:like|resistan|sensitiv|secret|level|concentration|antibod|autoantibod|receptor|producing)|"
                                 r"insulinoma|hyperinsulin|c-peptide|(?:fasting|serum|plasma) insulin|\bHOMA|growth factor|\bIGF|\b[mµμu]IU\b|pmol/L"),
    "glp-1 receptor agonist": DrugClass(("glp-1", "glp1", "glucagon-like peptide", "incretin"), _GLP1, ("GLP-1RA", "GLP-1 RA")),
    "sulfonylurea": DrugClass(("sulfonylurea", "sulphonylurea"), _SULFONYLUREAS),
    "sglt2 inhibitor": DrugClass(("sglt2", "sglt-2", "sodium-glucose cotransporter", "gliflozin"), _SGLT2, ("SGLT2i",)),
    "dpp-4 inhibitor": DrugClass(("dpp-4", "dpp4", "gliptin", "dipeptidyl peptidase"), _DPP4),
    "oral antidiabetic": DrugClass(("oral anti-diabetic", "oral hypoglycemic", "oral hypoglycaemic", "oral anti-hyperglycemic", "anti-diabetic"),
                                   ("oral anti-diabetic", "oral hypoglycemic", "oral hypoglycaemic", "metformin", "pioglitazone", "rosiglitazone",
                                    "repaglinide", "nateglinide", "acarbose") + _SULFONYLUREAS + _SGLT2 + _DPP4),
    "bisphosphonate": DrugClass(("bisphosphonate",), ("bisphosphonate", "zoledronic acid", "zoledronate", "alendronate", "alendronic acid", "risedronate",
                                                      "ibandronate", "pamidronate", "etidronate", "fosamax", "zometa", "reclast", "aclasta", "boniva",
                                                      "actonel")),
    "antithyroid drug": DrugClass(("anti-thyroid", "thionamide"), ("anti-thyroid", "methimazole", "thiamazole", "carbimazole", "propylthiouracil"), ("PTU",)),
    "h2 blocker": DrugClass(("h2 blocker", "h2 antagonist", "h2 receptor", "h2-receptor", "h2ra", "histamine-2", "histamine h2"),
                            ("h2 blocker", "h2 receptor antagonist", "famotidine", "ranitidine", "cimetidine", "nizatidine", "pepcid", "zantac", "tagamet"),
                            ("H2RA",)),
    "statin": DrugClass(("statin", "hmg-coa reductase inhibitor", "lipid-lowering"),
                        ("statin", "atorvastatin", "rosuvastatin", "simvastatin", "pravastatin", "pitavastatin", "lovastatin", "fluvastatin",
                         "lipitor", "crestor", "zocor", "livalo")),
    "antihistamine": DrugClass(("anti-histamine", "h1 blocker", "h1 antagonist", "h1-antihistamine"),
                               ("anti-histamine", "diphenhydramine", "chlorphenamine", "chlorpheniramine", "hydroxyzine", "cetirizine", "levocetirizine",
                                "loratadine", "desloratadine", "fexofenadine", "promethazine", "cyproheptadine", "bilastine", "ebastine", "rupatadine",
                                "clemastine", "benadryl", "zyrtec", "claritin", "atarax", "phenergan", "piriton", "xyzal")),
}
# Any drug for pain, as a patient asks ("Who was given painkillers?"): paracetamol, metamizole, and every opioid and NSAID above.
DRUG_CLASSES["analgesic"] = DrugClass(
    ("analgesic", "analgesia", "painkiller", "pain killer", "pain reliever", "pain relief", "pain medication", "pain medicine"),
    ("analgesic", "analgesia", "paracetamol", "acetaminophen", "tylenol", "panadol", "metamizole", "dipyrone")
    + DRUG_CLASSES["opioid"].members + DRUG_CLASSES["nonsteroidal anti-inflammatory drug"].members,
    exclude=DRUG_CLASSES["opioid"].exclude)
# Every name a class member is written by: a drug mention, not a finding ("prophylaxis of febrile
# neutropenia using G-CSF" gives the G-CSF).
DRUG_CLASS_MEMBERS = frozenset(m for c in DRUG_CLASSES.values() for m in c.members)


def _words(name: str) -> str:
    """A key or member as a regex: hyphen, space or nothing between its words alike."""
    return r"[\s\-]?".join(re.escape(w) for w in re.split(r"[\s\-]+", name) if w)


@dataclass(frozen=True)
class AskedClass:
    """A class a question names ("Which statin ...?"), with what names it in the question and what writes a member in a sentence."""

    name: str
    asked: re.Pattern[str]
    member: re.Pattern[str]
    exclude: re.Pattern[str] | None

    @cached_property
    def unexcluded_member(self) -> re.Pattern[str]:
        """A member not starting what ``exclude`` names ("insulin" but not "insulin resistance")."""
        return re.compile((r"(?!" + self.exclude.pattern + r")" if self.exclude else "") + r"(?:" + self.member.pattern + r")", re.I)

    def named_in(self, question: str) -> set[str]:
        """The members the question itself names ("Which TKI replaced dasatinib?"): never its answer."""
        return {m.group(0).lower() for m in self.unexcluded_member.finditer(question)}


ASKED_CLASSES = tuple(
    AskedClass(name, re.compile(r"\b(?:" + "|".join(_words(k) for k in c.keys) + r")s?\b", re.I),
               re.compile(r"\b(?:" + "|".join(_words(m) for m in sorted(c.members, key=len, reverse=True)) + r")\w*"
                          + (r"|\b(?-i:" + "|".join(map(re.escape, c.acronyms)) + r")s?\b" if c.acronyms else ""), re.I),
               re.compile(c.exclude, re.I) if c.exclude else None)
    for name, c in DRUG_CLASSES.items()
)


def asked_classes(question: str) -> list[AskedClass]:
    """The drug classes a question names by a key ("which statin", "an anticoagulant")."""
    return [c for c in ASKED_CLASSES if c.asked.search(question)]
