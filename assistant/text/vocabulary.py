"""Clinical vocabulary shared by tagging (ingest) and answering: diagnosis patterns and
drug names, weighted to hematology and oncology. A small curated list, not a coding
system (no ICD/RxNorm)."""

from __future__ import annotations

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
    "diffuse large b-cell lymphoma": (r"diffuse large b-cell lymphoma", r"\bDLBCL\b"),
    "large b-cell lymphoma": (r"large b-cell lymphoma", None),
    "malt lymphoma": (r"malt lymphoma|mucosa-associated lymphoid tissue", None),
    "t-cell lymphoma": (r"t-cell lymphoma", r"\bAITL\b"),
    "lymphoma": (r"lymphoma", None),
    "leukemia": (r"leuka?emia", None),
    "myelodysplastic syndrome": (r"myelodysplastic", r"\bMDS\b"),
    "myeloproliferative neoplasm": (r"myeloproliferative|polycythemia vera|essential thrombocytha?emia|myelofibrosis", None),
    "immune thrombocytopenia": (r"immune thrombocytop[a-z]*", r"\bITP\b"),
    "thrombotic thrombocytopenic purpura": (r"thrombotic thrombocytopenic purpura", r"\bTTP\b"),
    "hemolytic-uremic syndrome": (r"ha?emolytic[- ]ura?emic syndrome", r"\ba?HUS\b"),
    "hemophagocytic lymphohistiocytosis": (r"ha?emophagocytic lymphohistiocytosis", r"\bHLH\b"),
    "aplastic anemia": (r"aplastic ana?emia", None),
    "hemolytic anemia": (r"ha?emolytic ana?emia", None),
    "sickle cell disease": (r"sickle cell", None),
    "thalassemia": (r"thalassa?emia", None),
    "hemophilia": (r"ha?emophilia", None),
    "disseminated intravascular coagulation": (r"disseminated intravascular coagulation", r"\bDIC\b"),
    "venous thromboembolism": (r"venous thromboembolism|deep vein thrombosis|pulmonary embolism", r"\bDVT\b"),
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
midostaurin gilteritinib sorafenib tretinoin
eculizumab ravulizumab caplacizumab romiplostim eltrombopag avatrombopag
immunoglobulin ivig tacrolimus cyclosporine mycophenolate sirolimus tocilizumab
alemtuzumab emicizumab heparin enoxaparin warfarin apixaban rivaroxaban dabigatran
alteplase filgrastim pembrolizumab nivolumab ipilimumab atezolizumab
trastuzumab bevacizumab cetuximab erlotinib osimertinib vancomycin meropenem
piperacillin ceftriaxone amoxicillin azithromycin levofloxacin ciprofloxacin
metronidazole linezolid doxycycline trimethoprim voriconazole posaconazole
amphotericin fluconazole caspofungin acyclovir valacyclovir ganciclovir oseltamivir
remdesivir rifampicin isoniazid insulin metformin
""".split() + ["all-trans retinoic acid", "arsenic trioxide", "tranexamic acid"]
# One name per entry: "arsenic trioxide" is one drug, and "acid" is none.
