"""A patient's history as people ask for it ("Who smoked?", "Who drank alcohol?", "Who had
travelled?", "Who could not afford the treatment?", "Who had a baby?") and the words records
use: habits, exposures, how the patient lives, falls, operations and births. Rows of the same
kind as ``text.findings``'s (see its docstring for the fields); tried after the findings and the
infections, before the lab results."""

from __future__ import annotations

from assistant.text.findings import Finding

HISTORY_FINDINGS: dict[str, Finding] = {
    "smoking": Finding(("smok", "tobacco", "cigarette"),
                       ("smoker", "smokers", "smoking", "smoked", "smoke", "smokes", "pack-year", "pack-years", "pack year", "pack years", "packs/year",
                        "tobacco use", "tobacco", "cigarettes", "cigarette"),
                       exclude=r"\b(?:maternal|mother'?s?|father'?s?|parental|passive|second-?hand) (?:smoking|tobacco|smoke)|\bsmoke (?:inhalation|exposure|detector)"),
    "alcohol use": Finding(("drank alcohol", "drink alcohol", "drinks alcohol", "drinking alcohol", "heavy drinker", "alcohol"),  # not "drank": "who drank bleach"
                           ("alcohol use", "alcohol consumption", "alcohol abuse", "alcohol intake", "alcohol dependence", "alcohol use disorder",
                            "alcoholism", "alcoholic", "alcohol consumer", "drinker", "drinks alcohol", "drank alcohol", "drink alcohol", "heavy drinking",
                            "alcohol-induced", "alcohol-related"),
                           exclude=r"\b(?:polyvinyl|isopropyl|benzyl)\s+alcohol|alcohol(?:ic)?\s+(?:solution|swabs?|bottles?|detergents?|septal|ablation|injection|gel)\b|"
                                   r"high-alcohol|alcohol-based"),  # the patient's drinking, not a solvent or an embolic agent
    "substance use": Finding(("recreational drug", "drug addiction", "drug abuse", "drug use", "substance use", "substance abuse", "illicit drug", "street drug",
                              "addicted to", "drug habit"),
                             ("recreational drug use", "drug addiction", "drug abuse", "illicit drug use", "substance use disorder", "substance abuse",
                              "polysubstance use", "intravenous drug use", "injection drug use", "opioid use disorder", "marijuana use", "cannabis use",
                              "cocaine use", "heroin use", "methamphetamine use", "amphetamine use"), ("IVDU", "PWID"),
                             exclude=r"\bmaternal\b|\bmother\b"),
    "poor sleep": Finding(("insomni", "poor sleep", "slept badly", "slept poorly", "sleeping badly", "sleeping poorly", "sleepless", "trouble sleeping",
                           "difficulty sleeping", "sleep deprivation", "sleep disturbance", "disturbed sleep", "lack of sleep"),
                          ("insomnia", "poor sleep", "sleeplessness", "sleep deprivation", "deprived of sleep", "sleep disturbance", "disturbed sleep",
                           "inadequate sleep", "difficulty sleeping", "trouble sleeping", "difficulty falling asleep", "lack of sleep")),
    "rural life": Finding(("rural", "countryside", "farming", "farmer", "farm worker", "herding", "herder", "livestock"),
                          ("rural", "countryside", "farmer", "farming", "farm worker", "herding", "herder", "herdsman", "shepherd", "livestock"),
                          exclude=r"\brural\s+(?:hospital|health|medical|clinic|cent(?:er|re))"),  # where the patient was seen, not lived
    "travel": Finding(("trip abroad", "travel", "trip", "abroad", "holiday", "vacation", "cruise"),
                      ("travel", "traveled", "travelled", "traveling", "travelling", "trip", "cruise", "vacation", "holiday", "abroad"),
                      exclude=r"travel\w* (?:time|distance)|trip(?:le|let)"),
    # not keyed by "fell": "who fell ill" asks no fall
    "fall": Finding(("fall", "falls", "fallen"), ("fall", "fell", "fallen", "slipped and fell", "tripped"),
                    exclude=r"\bfall(?:ing|s)?\s+(?:in\s+|of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:titers?|titres?|levels?|counts?|pressure|values?|concentrations?)\b|"
                            r"\bfall(?:ing)?\s+(?:titers?|titres?|levels?)|\bfall\s+risk|risk\s+of\s+falls?|\bfell\s+(?:to|below|from\s+\d)|\bfell\s+asleep|"
                            r"\b(?:fall|falls|fell|falling)\s+(?:within|into|under|outside|short|between|in\s+line|ill|sick|pregnant)\b", whole_keys=True),  # a value or a class, not a person falling
    "cost of care": Finding(("afford", "insurance", "financial", "expensive", "because of cost", "due to cost", "cost of", "costs", "pay for", "out-of-pocket"),
                            ("could not afford", "cannot afford", "unable to afford", "not afford", "afford", "affordable", "unaffordable", "financial", "financially", "cost", "costly", "expensive", "insurance", "reimbursement",
                             "out-of-pocket"),
                            exclude=r"\bcostal\b|\bcosto\w+|cost[- ]effective\w*|\bcoverage\s+(?:of|for|against)\b|spectrum\s+coverage"),  # money, not the ribs
    # Operations and births in the history ("Who had a heart operation?", "Who had a baby?").
    "open heart surgery": Finding(("open chest", "open heart", "open-heart", "sternotomy", "thoracotomy", "heart surgery", "cardiac surgery", "cardiothoracic surgery",
                                   "heart operation", "operation on the heart"),
                                  ("sternotomy", "thoracotomy", "open-heart surgery", "cardiac surgery", "heart surgery", "cardiothoracic surgery",
                                   "coronary artery bypass", "valve replacement", "aortic root replacement", "cardiopulmonary bypass"), ("CABG",),
                                  exclude=r"transcatheter|percutaneous|\bTAVR\b|\bTAVI\b"),
    "brain surgery": Finding(("brain surgery", "brain operation", "operation on the brain", "neurosurgery", "neurosurgical operation"),
                             ("craniotomy", "craniectomy", "burr hole", "brain surgery", "neurosurgery", "neurosurgical resection", "neurosurgical removal")),
    "childbirth": Finding(("had a baby", "gave birth", "give birth", "giving birth", "childbirth", "delivered a baby", "delivered her baby"),
                          ("gave birth", "vaginal delivery", "cesarean delivery", "cesarean section", "spontaneous vaginal delivery", "was delivered of",
                           "c-section", "delivered a", "delivered at", "postpartum", "childbirth"),
                          exclude=r"\bborn\b"),  # the mother's delivery, not the baby's birth ("She was born by caesarean section")
}
