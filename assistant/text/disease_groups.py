"""Kinds of disease as teachers ask for them and the diagnoses records write instead: a question
says "the primary liver cancers", "a germ cell tumour", "vasculitis"; a case report says
"hepatoblastoma", "yolk sac tumor", "granulomatosis with polyangiitis". One table of standard
clinical categories (WHO tumour families, textbook groupings), not tuned to any question set;
``text.concepts`` turns each row into a concept the list answers read, so every case of a member
is found, and ``answer.subjects`` reads the question's other words as qualifiers, as it does for
a vocabulary diagnosis ("pancreatic neuroendocrine tumours" asks for the pancreas).

Fields of a row:
- ``keys``: how a question names the group, matched as whole words (a plural allowed), British
  and American spellings both (``_both``);
- ``members``: how records write it: the group's own names first, then the member diagnoses,
  matched as whole words with endings (tumour/tumor, coeliac/celiac twins added). A member that
  is an everyday word ("plague": "plagued by") is written in its full form ("bubonic plague");
- ``acronyms``: as written, counted only in documents that also spell out a long form;
- ``exclude``: a regex that, in the mention's sentence, means another thing (a "lupus
  anticoagulant" test, "non-small cell" carcinoma, "mycosis fungoides" lymphoma).
Heads the vocabulary already groups (leukaemia, lymphoma, sarcoma, glioma, myeloproliferative
neoplasm, lung cancer) and plasma cell disorders (``text.concepts``) have no row here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TWINS = (("tumor", "tumour"), ("celiac", "coeliac"), ("esophag", "oesophag"), ("gynecolog", "gynaecolog"), ("ameb", "amoeb"),
          ("leukocyt", "leucocyt"), ("hematolog", "haematolog"), ("hemoglobin", "haemoglobin"), ("pediatric", "paediatric"),
          ("organizing", "organising"), ("anemia", "anaemia"), ("fetal", "foetal"))


def _both(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names with their British (or American) spelling twins: "yolk sac tumor", "yolk sac tumour"."""
    out = list(names)
    for name in names:
        for us, uk in _TWINS:
            if us in name:
                out.append(name.replace(us, uk))
            elif uk in name:
                out.append(name.replace(uk, us))
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class DiseaseGroup:
    keys: tuple[str, ...]
    members: tuple[str, ...]
    acronyms: tuple[str, ...] = ()
    exclude: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "keys", _both(self.keys))
        object.__setattr__(self, "members", _both(self.members))


def _group(keys: str, members: str, acronyms: str = "", exclude: str = "") -> DiseaseGroup:
    """A row from ``;``-separated names (keys and members may hold commas: none do)."""
    split = lambda s: tuple(p.strip() for p in s.split(";") if p.strip())  # noqa: E731
    return DiseaseGroup(split(keys), split(members), split(acronyms), exclude)


# Tried before the other concepts: a group's keys are category names, never a member's.
DISEASE_GROUPS: dict[str, DiseaseGroup] = {
    # -- tumours by organ or tissue ----------------------------------------------------------------
    "primary liver cancer": _group(
        "primary liver cancer; liver cancer; primary liver tumor; primary hepatic malignancy; hepatic malignancy; liver malignancy; "
        "primary hepatic cancer; hepatic cancer; primary liver malignancy",
        "primary liver cancer; liver cancer; hepatic malignancy; liver malignancy; hepatocellular carcinoma; hepatoblastoma; cholangiocarcinoma; "
        "fibrolamellar carcinoma; hepatic angiosarcoma; angiosarcoma of the liver; undifferentiated embryonal sarcoma of the liver; "
        "embryonal sarcoma of the liver; combined hepatocellular-cholangiocarcinoma; epithelioid hemangioendothelioma of the liver; "
        "hepatic epithelioid hemangioendothelioma; primary hepatic leiomyosarcoma; hepatic leiomyosarcoma; primary hepatic sarcoma; "
        "primary hepatic neuroendocrine carcinoma; primary neuroendocrine carcinoma of the liver; primary hepatic lymphoma",
        "HCC; iCCA; UESL"),
    "germ cell tumor": _group(
        "germ cell tumor; germ-cell tumor; germ cell neoplasm; germ cell cancer; germ cell malignancy",
        "germ cell tumor; germ cell neoplasm; teratoma; yolk sac tumor; endodermal sinus tumor; seminoma; dysgerminoma; germinoma; "
        "choriocarcinoma; embryonal carcinoma; nonseminomatous germ cell tumor; teratocarcinoma; polyembryoma",
        "NSGCT; MGCT",
        exclude=r"gestational|intraplacental|\bplacenta\b|molar pregnancy|hydatidiform"),
    "vascular tumor": _group(
        "vascular tumor; vascular neoplasm; vascular tumors; endothelial tumor",
        "vascular tumor; vascular neoplasm; hemangioma; angiosarcoma; hemangiopericytoma; hemangioendothelioma; hemangioblastoma; "
        "kaposi sarcoma; kaposi's sarcoma; kaposiform hemangioendothelioma; tufted angioma; pyogenic granuloma; lobular capillary hemangioma; "
        "glomus tumor; lymphangiosarcoma; epithelioid hemangioendothelioma",
        "EHE; KHE"),
    "neuroendocrine tumor": _group(
        "neuroendocrine tumor; neuroendocrine neoplasm; neuroendocrine cancer; neuroendocrine carcinoma; neuroendocrine malignancy",
        "neuroendocrine tumor; neuroendocrine neoplasm; neuroendocrine carcinoma; carcinoid; pheochromocytoma; phaeochromocytoma; paraganglioma; "
        "insulinoma; gastrinoma; glucagonoma; vipoma; somatostatinoma; small cell carcinoma; small cell lung cancer; small-cell lung carcinoma; "
        "large cell neuroendocrine carcinoma; medullary thyroid carcinoma; medullary carcinoma of the thyroid; merkel cell carcinoma",
        "NET; NEN; SCLC; LCNEC; MTC",
        exclude=r"non[- ]?small"),
    "soft tissue sarcoma": _group(
        "soft tissue sarcoma; soft-tissue sarcoma; sts",
        "soft tissue sarcoma; liposarcoma; leiomyosarcoma; rhabdomyosarcoma; synovial sarcoma; undifferentiated pleomorphic sarcoma; "
        "malignant fibrous histiocytoma; fibrosarcoma; myxofibrosarcoma; angiosarcoma; malignant peripheral nerve sheath tumor; "
        "epithelioid sarcoma; alveolar soft part sarcoma; clear cell sarcoma; desmoplastic small round cell tumor; kaposi sarcoma; "
        "dermatofibrosarcoma protuberans; extraskeletal ewing sarcoma; extraskeletal osteosarcoma; extraskeletal myxoid chondrosarcoma; "
        "spindle cell sarcoma; pleomorphic sarcoma; myxoid sarcoma",
        "MPNST; UPS; DFSP; RMS; DSRCT"),
    "bone tumor": _group(
        "bone tumor; bone cancer; primary bone tumor; bone sarcoma; bone neoplasm; primary bone cancer; primary bone malignancy",
        "bone tumor; bone sarcoma; osteosarcoma; ewing sarcoma; ewing's sarcoma; chondrosarcoma; giant cell tumor of bone; giant cell tumor of the bone; "
        "osteoid osteoma; osteoblastoma; osteochondroma; enchondroma; chordoma; aneurysmal bone cyst; adamantinoma; chondroblastoma"),
    "brain tumor": _group(
        "brain tumor; brain cancer; brain neoplasm; intracranial tumor; intracranial neoplasm; cns tumor; central nervous system tumor; "
        "primary brain tumor; brain malignancy",
        "brain tumor; intracranial tumor; brain neoplasm; intracranial neoplasm; glioma; glioblastoma; astrocytoma; oligodendroglioma; "
        "ependymoma; medulloblastoma; meningioma; craniopharyngioma; pituitary adenoma; pituitary macroadenoma; pituitary neuroendocrine tumor; "
        "prolactinoma; vestibular schwannoma; acoustic neuroma; germinoma; primary cns lymphoma; primary central nervous system lymphoma; "
        "atypical teratoid/rhabdoid tumor; atypical teratoid rhabdoid tumor; diffuse intrinsic pontine glioma; diffuse midline glioma; "
        "pineoblastoma; pineocytoma; choroid plexus papilloma; choroid plexus carcinoma; hemangioblastoma; ganglioglioma; "
        "dysembryoplastic neuroepithelial tumor; subependymoma",
        "GBM; DIPG; PCNSL; AT/RT; ATRT"),
    "skin cancer": _group(
        "skin cancer; skin malignancy; cutaneous malignancy; cutaneous cancer; non-melanoma skin cancer; skin carcinoma",
        "skin cancer; non-melanoma skin cancer; basal cell carcinoma; cutaneous squamous cell carcinoma; squamous cell carcinoma of the skin; "
        "cutaneous melanoma; malignant melanoma of the skin; melanoma; merkel cell carcinoma; dermatofibrosarcoma protuberans; bowen's disease; "
        "bowen disease; keratoacanthoma; mycosis fungoides; cutaneous t-cell lymphoma; sebaceous carcinoma; extramammary paget disease; "
        "extramammary paget's disease; porocarcinoma; lentigo maligna",
        "BCC; cSCC; DFSP; MCC; CTCL",
        exclude=r"\b(?:uveal|choroidal|ocular|conjunctival|mucosal|intracranial|leptomeningeal|anorectal|vulvovaginal|sinonasal) melanoma"),
    "head and neck cancer": _group(
        "head and neck cancer; head and neck malignancy; head and neck tumor; head and neck carcinoma; head-and-neck cancer",
        "head and neck cancer; head and neck squamous cell carcinoma; head and neck carcinoma; oral cancer; oral carcinoma; "
        "oral squamous cell carcinoma; oral cavity cancer; oral cavity carcinoma; tongue cancer; carcinoma of the tongue; tongue carcinoma; "
        "tongue squamous cell carcinoma; squamous cell carcinoma of the tongue; squamous cell carcinoma of the oral cavity; "
        "squamous cell carcinoma of the floor of mouth; squamous cell carcinoma of the buccal mucosa; buccal mucosa squamous cell carcinoma; "
        "carcinoma of the buccal mucosa; gingivobuccal carcinoma; squamous cell carcinoma of the lower lip; squamous cell carcinoma of the lip; "
        "lip squamous cell carcinoma; lip cancer; gingival carcinoma; buccal carcinoma; buccal mucosa carcinoma; laryngeal cancer; "
        "laryngeal carcinoma; laryngeal squamous cell carcinoma; carcinoma of the larynx; cancer of the larynx; nasopharyngeal carcinoma; "
        "nasopharyngeal cancer; oropharyngeal carcinoma; oropharyngeal cancer; hypopharyngeal carcinoma; hypopharyngeal cancer; "
        "salivary gland carcinoma; salivary gland cancer; parotid carcinoma; parotid cancer; parotid gland malignancy; parotid malignancy; salivary gland malignancy; mucoepidermoid carcinoma; adenoid cystic carcinoma; "
        "acinic cell carcinoma; sinonasal carcinoma; sinonasal cancer; esthesioneuroblastoma; olfactory neuroblastoma; tonsillar carcinoma",
        "HNSCC; OSCC; NPC; SCCHN"),
    "gynecological cancer": _group(
        "gynecological cancer; gynecologic cancer; gynecological malignancy; gynecologic malignancy; gynecological tumor; gynecologic tumor; "
        "gynecologic neoplasm; gynecological neoplasm",
        "gynecological cancer; gynecologic cancer; gynecologic malignancy; ovarian cancer; ovarian carcinoma; carcinoma of the ovary; "
        "endometrial cancer; endometrial carcinoma; uterine cancer; uterine carcinoma; uterine sarcoma; uterine leiomyosarcoma; "
        "uterine carcinosarcoma; endometrial stromal sarcoma; cervical cancer; cervical carcinoma; carcinoma of the cervix; cancer of the cervix; "
        "vulvar cancer; vulvar carcinoma; vulval cancer; vaginal cancer; vaginal carcinoma; fallopian tube carcinoma; fallopian tube cancer; "
        "granulosa cell tumor; sertoli-leydig cell tumor; dysgerminoma; malignant ovarian tumor; ovarian malignancy; gestational trophoblastic neoplasia; "
        "choriocarcinoma; high-grade serous carcinoma"),
    "gestational trophoblastic disease": _group(
        "gestational trophoblastic disease; gestational trophoblastic neoplasia; gestational trophoblastic neoplasm; trophoblastic disease; "
        "trophoblastic tumor; trophoblastic neoplasia; molar pregnancy; gtd; gtn",
        "gestational trophoblastic disease; gestational trophoblastic neoplasia; gestational trophoblastic neoplasm; gestational trophoblastic tumor; "
        "hydatidiform mole; hydatiform mole; molar pregnancy; complete mole; partial mole; invasive mole; choriocarcinoma; "
        "placental site trophoblastic tumor; epithelioid trophoblastic tumor",
        "GTD; GTN; PSTT; ETT"),
    "hematological malignancy": _group(
        "hematological malignancy; hematologic malignancy; hematological cancer; hematologic cancer; blood cancer; hematological neoplasm; "
        "hematologic neoplasm; hematological neoplasia; hematopoietic malignancy; hemato-oncological disease",
        "hematological malignancy; hematologic malignancy; hematologic neoplasm; leukemia; lymphoma; myeloma; plasmacytoma; "
        "plasma cell leukemia; myelodysplastic syndrome; myelodysplastic neoplasm; myeloproliferative neoplasm; polycythemia vera; "
        "essential thrombocythemia; primary myelofibrosis; myelofibrosis; waldenstrom macroglobulinemia; waldenström macroglobulinemia; "
        "mycosis fungoides; sezary syndrome; sézary syndrome; myeloid sarcoma; chloroma; blastic plasmacytoid dendritic cell neoplasm; "
        "systemic mastocytosis; lymphoproliferative disorder",
        "AML; ALL; CML; CLL; APL; B-ALL; T-ALL; CMML; JMML; MDS; MPN; DLBCL; PTLD; BPDCN"),
    "thyroid cancer": _group(
        "thyroid cancer; thyroid malignancy; thyroid carcinoma",
        "thyroid cancer; thyroid carcinoma; papillary thyroid carcinoma; papillary thyroid cancer; papillary carcinoma of the thyroid; "
        "follicular thyroid carcinoma; follicular thyroid cancer; medullary thyroid carcinoma; medullary thyroid cancer; anaplastic thyroid carcinoma; "
        "anaplastic thyroid cancer; hurthle cell carcinoma; poorly differentiated thyroid carcinoma",
        "MTC"),
    "colorectal cancer": _group(
        "colorectal cancer; colorectal carcinoma; bowel cancer; colon cancer; colon carcinoma; rectal cancer; rectal carcinoma",
        "colorectal cancer; colorectal carcinoma; colorectal adenocarcinoma; colon cancer; colon carcinoma; colonic adenocarcinoma; "
        "adenocarcinoma of the colon; rectal cancer; rectal carcinoma; rectal adenocarcinoma; adenocarcinoma of the rectum; "
        "sigmoid cancer; sigmoid carcinoma; cecal cancer; cecal carcinoma",
        "CRC"),
    "kidney cancer": _group(
        "kidney cancer; renal cancer; renal malignancy; kidney malignancy; renal carcinoma; kidney carcinoma",
        "kidney cancer; renal cancer; renal cell carcinoma; renal carcinoma; clear cell renal cell carcinoma; papillary renal cell carcinoma; "
        "chromophobe renal cell carcinoma; collecting duct carcinoma; wilms tumor; wilms' tumor; nephroblastoma; "
        "urothelial carcinoma of the renal pelvis; renal pelvis carcinoma; clear cell sarcoma of the kidney; "
        "rhabdoid tumor of the kidney; mesoblastic nephroma",
        "RCC; ccRCC"),
    # -- immunity, inflammation ---------------------------------------------------------------------
    "autoimmune disease": _group(
        "autoimmune disease; autoimmune disorder; autoimmune condition; autoimmune illness; autoimmunity",
        "autoimmune disease; autoimmune disorder; systemic lupus erythematosus; lupus nephritis; lupus; rheumatoid arthritis; sjogren syndrome; "
        "sjögren syndrome; sjogren's syndrome; sjögren's syndrome; systemic sclerosis; scleroderma; dermatomyositis; polymyositis; "
        "mixed connective tissue disease; antiphospholipid syndrome; hashimoto thyroiditis; hashimoto's thyroiditis; graves disease; "
        "graves' disease; myasthenia gravis; autoimmune hepatitis; primary biliary cholangitis; primary biliary cirrhosis; celiac disease; "
        "type 1 diabetes; type 1 diabetes mellitus; multiple sclerosis; pemphigus; pemphigus vulgaris; bullous pemphigoid; "
        "autoimmune hemolytic anemia; immune thrombocytopenia; autoimmune encephalitis; autoimmune thyroiditis; vitiligo; psoriasis; "
        "ankylosing spondylitis; juvenile idiopathic arthritis; addison's disease; autoimmune polyglandular syndrome; neuromyelitis optica",
        "SLE; APS; AIHA; AIH; PBC; JIA",
        exclude=r"lupus anticoagulant|lupus-like|drug-induced lupus|autoimmune (?:panel|work|screen|markers?|serolog|antibod|profile)"),
    "connective tissue disease": _group(
        "connective tissue disease; connective tissue disorder; collagen vascular disease; ctd",
        "connective tissue disease; systemic lupus erythematosus; lupus; systemic sclerosis; scleroderma; sjogren syndrome; sjögren syndrome; "
        "sjogren's syndrome; sjögren's syndrome; dermatomyositis; polymyositis; mixed connective tissue disease; "
        "undifferentiated connective tissue disease; rheumatoid arthritis; antisynthetase syndrome",
        "SLE; MCTD; UCTD",
        exclude=r"lupus anticoagulant|lupus-like|drug-induced lupus|hereditary|ehlers|marfan"),
    "anca-associated vasculitis": _group(
        "anca-associated vasculitis; anca-associated vasculitides; anca vasculitis; anca-positive vasculitis",
        "anca-associated vasculitis; anca-associated small vessel vasculitis; granulomatosis with polyangiitis; wegener granulomatosis; wegener's granulomatosis; microscopic polyangiitis; "
        "eosinophilic granulomatosis with polyangiitis; churg-strauss syndrome",
        "GPA; MPA; EGPA; AAV"),
    "vasculitis": _group(
        "vasculitis; vasculitides; systemic vasculitis; arteritis",
        "vasculitis; vasculitides; granulomatosis with polyangiitis; wegener granulomatosis; wegener's granulomatosis; microscopic polyangiitis; "
        "eosinophilic granulomatosis with polyangiitis; churg-strauss syndrome; polyarteritis nodosa; kawasaki disease; takayasu arteritis; "
        "takayasu's arteritis; giant cell arteritis; temporal arteritis; henoch-schonlein purpura; henoch-schönlein purpura; behcet disease; "
        "behçet disease; behcet's disease; behçet's disease; arteritis; polyangiitis; cryoglobulinemic vasculitis; iga vasculitis; anca-associated vasculitis; leukocytoclastic vasculitis; urticarial vasculitis",
        "GPA; MPA; EGPA; PAN; GCA; HSP; AAV; IgAV"),
    "glomerulonephritis": _group(
        "glomerulonephritis; glomerulonephritides; glomerular disease; glomerulopathy",
        "glomerulonephritis; glomerulonephritides; iga nephropathy; membranous nephropathy; minimal change disease; "
        "focal segmental glomerulosclerosis; lupus nephritis; anti-glomerular basement membrane disease; anti-gbm disease; goodpasture syndrome; "
        "goodpasture's syndrome; c3 glomerulopathy; nephritic syndrome; glomerulopathy; pauci-immune glomerulonephritis; "
        "membranoproliferative glomerulonephritis",
        "FSGS; MPGN; RPGN; IgAN"),
    "interstitial lung disease": _group(
        "interstitial lung disease; ild; diffuse parenchymal lung disease; pulmonary fibrosis; lung fibrosis; interstitial pneumonia",
        "interstitial lung disease; diffuse parenchymal lung disease; pulmonary fibrosis; idiopathic pulmonary fibrosis; lung fibrosis; "
        "usual interstitial pneumonia; nonspecific interstitial pneumonia; non-specific interstitial pneumonia; organizing pneumonia; "
        "cryptogenic organizing pneumonia; hypersensitivity pneumonitis; pulmonary sarcoidosis; pneumoconiosis; asbestosis; silicosis; "
        "lymphocytic interstitial pneumonia; desquamative interstitial pneumonia; interstitial pneumonia; interstitial pneumonitis; "
        "pulmonary alveolar proteinosis; lymphangioleiomyomatosis; pulmonary langerhans cell histiocytosis",
        "ILD; IPF; UIP; NSIP; COP; PAP; LAM"),
    "inflammatory bowel disease": _group(
        "inflammatory bowel disease; ibd",
        "inflammatory bowel disease; crohn disease; crohn's disease; crohns disease; crohn's colitis; crohn; ulcerative colitis; "
        "indeterminate colitis; ulcerative proctitis",
        "IBD"),
    "primary immunodeficiency": _group(
        "primary immunodeficiency; primary immune deficiency; primary immunodeficiency disease; inborn error of immunity; "
        "congenital immunodeficiency",
        "primary immunodeficiency; primary immune deficiency; inborn error of immunity; severe combined immunodeficiency; "
        "common variable immunodeficiency; x-linked agammaglobulinemia; agammaglobulinemia; chronic granulomatous disease; "
        "wiskott-aldrich syndrome; digeorge syndrome; 22q11.2 deletion syndrome; hyper-ige syndrome; hyper-igm syndrome; ataxia-telangiectasia; "
        "selective iga deficiency; leukocyte adhesion deficiency; autoimmune lymphoproliferative syndrome; complement deficiency; "
        "chediak-higashi syndrome; severe congenital neutropenia; x-linked lymphoproliferative disease; stat3 deficiency; gata2 deficiency; "
        "ctla-4 haploinsufficiency; activated pi3k delta syndrome",
        "SCID; CVID; XLA; CGD; IEI; ALPS; APDS"),
    # -- infection ------------------------------------------------------------------------------------
    "fungal infection": _group(
        "fungal infection; fungal disease; mycoses; invasive fungal disease; invasive fungal infection; fungal sepsis",
        "fungal infection; invasive fungal infection; fungal sepsis; fungemia; aspergillosis; aspergilloma; aspergillus; candidiasis; candidemia; "
        "candida; cryptococcosis; cryptococcal; cryptococcus; mucormycosis; mucorales; rhizopus; histoplasmosis; histoplasma; "
        "coccidioidomycosis; blastomycosis; pneumocystis pneumonia; pneumocystis jirovecii; pneumocystis; talaromycosis; talaromyces; "
        "penicilliosis; sporotrichosis; chromoblastomycosis; eumycetoma; fusariosis; fusarium; scedosporium; paracoccidioidomycosis; "
        "fungal sinusitis; fungal keratitis; fungal peritonitis; dermatophytosis; tinea; onychomycosis; thrush; mycotic infection",
        "PJP; IFI; IFD",
        exclude=r"fungoides|mycotic aneurysm|candida (?:antigen|skin test)"),
    "mycobacterial infection": _group(
        "mycobacterial infection; mycobacterial disease; mycobacteria; mycobacterium; mycobacteriosis; atypical mycobacterial infection",
        "mycobacterial infection; mycobacteriosis; mycobacterium; mycobacteria; tuberculosis; tubercular; tuberculous; tuberculoma; "
        "nontuberculous mycobacteria; non-tuberculous mycobacterial; atypical mycobacteria; mycobacterium avium complex; mycobacterium abscessus; "
        "mycobacterium kansasii; mycobacterium marinum; mycobacterium fortuitum; mycobacterium chelonae; leprosy; hansen's disease; scrofula; "
        "pott's disease; bcgitis; bcg-itis; disseminated bcg",
        "TB; NTM"),
    "parasitic infection": _group(
        "parasitic infection; parasitic disease; parasitic infestation; parasitosis; parasite infection; helminth infection; helminthiasis; "
        "worm infestation; worm infection",
        "parasitic infection; parasitic infestation; parasitosis; helminthiasis; malaria; plasmodium falciparum; plasmodium vivax; toxoplasmosis; "
        "toxoplasma; leishmaniasis; leishmania; chagas disease; trypanosomiasis; schistosomiasis; strongyloidiasis; strongyloides; ascariasis; "
        "hookworm; filariasis; onchocerciasis; echinococcosis; echinococcus; echinococcal; hydatid; hydatidosis; cysticercosis; "
        "neurocysticercosis; taeniasis; fascioliasis; clonorchiasis; paragonimiasis; amebiasis; amebic liver abscess; entamoeba histolytica; "
        "giardiasis; giardia; cryptosporidiosis; babesiosis; trichomoniasis; scabies; pediculosis; toxocariasis; trichinellosis; trichinosis; "
        "enterobiasis; pinworm; myiasis; naegleria; acanthamoeba; anisakiasis; dirofilariasis; gnathostomiasis; angiostrongylus",
        exclude=r"scabies-like|(?:ova|ova and) parasites"),
    "zoonosis": _group(
        "zoonosis; zoonoses; zoonotic infection; zoonotic disease; zoonotic; animal-borne infection; infection from animals",
        "zoonosis; zoonotic infection; brucellosis; brucella; leptospirosis; leptospira; q fever; coxiella burnetii; rabies; toxoplasmosis; "
        "echinococcosis; hydatid; hydatidosis; anthrax; bubonic plague; pneumonic plague; yersinia pestis; tularemia; francisella tularensis; "
        "cat scratch disease; cat-scratch disease; bartonella henselae; bartonellosis; psittacosis; chlamydia psittaci; lyme disease; "
        "borrelia burgdorferi; scrub typhus; orientia tsutsugamushi; toxocariasis; cysticercosis; neurocysticercosis; trichinellosis; "
        "leishmaniasis; hantavirus; mpox; monkeypox; pasteurella multocida; capnocytophaga canimorsus; streptococcus suis; rat-bite fever; "
        "avian influenza; sporotrichosis; rickettsiosis; spotted fever; ehrlichiosis; anaplasmosis; melioidosis",
        exclude=r"anti-?rabies vaccin|rabies vaccin|rabies (?:immunoglobulin|prophylaxis)"),
    "sexually transmitted infection": _group(
        "sexually transmitted infection; sexually transmitted disease; std; sti; venereal disease",
        "sexually transmitted infection; sexually transmitted disease; venereal disease; syphilis; treponema pallidum; neurosyphilis; gonorrhea; "
        "gonorrhoea; neisseria gonorrhoeae; chlamydia trachomatis; genital herpes; genital warts; condyloma acuminatum; condylomata acuminata; "
        "trichomoniasis; lymphogranuloma venereum; chancroid; mycoplasma genitalium; donovanosis",
        "STI; LGV"),
    "viral hepatitis": _group(
        "viral hepatitis; infectious hepatitis",
        "viral hepatitis; hepatitis a; hepatitis b; hepatitis c; hepatitis d; hepatitis e; hepatitis b virus; hepatitis c virus; "
        "chronic hepatitis b; chronic hepatitis c",
        "HBV; HCV; HAV; HEV; HDV"),
    # -- birth, blood, nerves ---------------------------------------------------------------------------
    "congenital heart disease": _group(
        "congenital heart disease; congenital heart defect; congenital cardiac disease; congenital cardiac defect; congenital heart disorder; "
        "congenital cardiac anomaly; congenital heart anomaly; congenital heart malformation; chd; heart defect",
        "congenital heart disease; congenital heart defect; congenital cardiac defect; ventricular septal defect; atrial septal defect; "
        "atrioventricular septal defect; patent ductus arteriosus; tetralogy of fallot; transposition of the great arteries; "
        "coarctation of the aorta; aortic coarctation; hypoplastic left heart syndrome; ebstein anomaly; ebstein's anomaly; truncus arteriosus; "
        "total anomalous pulmonary venous return; partial anomalous pulmonary venous return; double outlet right ventricle; pulmonary atresia; "
        "tricuspid atresia; bicuspid aortic valve; bicuspidal aortic valve; atrioventricular canal defect; congenitally corrected transposition; interrupted aortic arch; single ventricle; "
        "fontan circulation; pulmonary valve stenosis; anomalous origin of the left coronary artery; cor triatriatum",
        "VSD; ASD; AVSD; PDA; TOF; TGA; HLHS; DORV; TAPVR; BAV",
        exclude=r"\bASD\b.{0,20}autis|autis\w* spectrum"),
    "congenital anomaly of the kidney": _group(
        "congenital anomaly of the kidney; congenital anomaly of the kidney and urinary tract; congenital kidney anomaly; "
        "congenital renal anomaly; renal anomaly; kidney anomaly; renal malformation; kidney malformation; congenital kidney disease; cakut",
        "congenital anomaly of the kidney; congenital anomalies of the kidney; congenital renal anomaly; renal agenesis; "
        "multicystic dysplastic kidney; horseshoe kidney; duplex kidney; duplicated collecting system; duplex collecting system; "
        "ureteropelvic junction obstruction; pelviureteric junction obstruction; posterior urethral valves; vesicoureteral reflux; "
        "vesicoureteric reflux; renal hypoplasia; renal dysplasia; ectopic kidney; crossed fused ectopia; megaureter; "
        "ureterocele; solitary kidney; congenital hydronephrosis",
        "CAKUT; MCDK; PUJ; UPJ; UPJO; PUV; VUR",
        exclude=r"\btransplant"),
    "inborn error of metabolism": _group(
        "inborn error of metabolism; inborn errors of metabolism; metabolic disorder of childhood; inherited metabolic disease; "
        "inherited metabolic disorder; lysosomal storage disease; lysosomal storage disorder; metabolic storage disease",
        "inborn error of metabolism; inherited metabolic disorder; lysosomal storage disease; lysosomal storage disorder; phenylketonuria; "
        "maple syrup urine disease; urea cycle disorder; ornithine transcarbamylase deficiency; methylmalonic acidemia; propionic acidemia; "
        "isovaleric acidemia; glutaric aciduria; glycogen storage disease; gaucher disease; fabry disease; pompe disease; mucopolysaccharidosis; "
        "niemann-pick disease; tay-sachs disease; galactosemia; homocystinuria; tyrosinemia; fatty acid oxidation disorder; "
        "medium-chain acyl-coa dehydrogenase deficiency; mitochondrial disease; krabbe disease; metachromatic leukodystrophy; "
        "adrenoleukodystrophy; wilson disease; wilson's disease",
        "PKU; MSUD; GSD; MPS; MCADD"),
    "hemoglobinopathy": _group(
        "hemoglobinopathy; hemoglobinopathies; hemoglobin disorder",
        "hemoglobinopathy; sickle cell disease; sickle cell anemia; sickle cell; thalassemia; hemoglobin h disease; hemoglobin c disease; "
        "hemoglobin e; hbsc disease; hemoglobin sc disease",
        "HbSS; HbSC",
        exclude=r"sickle cell trait|\btrait\b"),
    "neurodegenerative disease": _group(
        "neurodegenerative disease; neurodegenerative disorder; neurodegeneration",
        "neurodegenerative disease; neurodegenerative disorder; alzheimer disease; alzheimer's disease; parkinson disease; parkinson's disease; "
        "amyotrophic lateral sclerosis; motor neuron disease; motor neurone disease; huntington disease; huntington's disease; "
        "frontotemporal dementia; lewy body dementia; dementia with lewy bodies; multiple system atrophy; progressive supranuclear palsy; "
        "corticobasal degeneration; spinocerebellar ataxia; friedreich ataxia; creutzfeldt-jakob disease; spinal muscular atrophy",
        "ALS; MND; FTD; CJD"),
    "demyelinating disease": _group(
        "demyelinating disease; demyelinating disorder; demyelination",
        "demyelinating disease; demyelinating disorder; multiple sclerosis; neuromyelitis optica; neuromyelitis optica spectrum disorder; "
        "mog antibody-associated disease; myelin oligodendrocyte glycoprotein antibody-associated disease; acute disseminated encephalomyelitis; "
        "transverse myelitis; guillain-barre syndrome; guillain-barré syndrome; chronic inflammatory demyelinating polyneuropathy; "
        "osmotic demyelination syndrome; central pontine myelinolysis; progressive multifocal leukoencephalopathy; optic neuritis",
        "NMOSD; MOGAD; ADEM; GBS; CIDP; PML"),
}
# Every key is lowercase, so a question is matched after ``.lower()``.
assert all(k == k.lower() and not re.search(r"\s{2}", k) for g in DISEASE_GROUPS.values() for k in g.keys)
