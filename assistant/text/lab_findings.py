"""Lab results as people ask for them, as a direction ("a high potassium", "a low platelet
count", "a raised CRP"), and the words and values records use instead ("hyperkalaemia",
"platelets 43 x 10^9/L", "CRP 89 mg/L"). Rows of the same kind as ``text.findings``'s (see
its docstring for the fields), with ``low``/``high`` bounds read off a value; tried after the
findings, in this order."""

from __future__ import annotations

from assistant.text.findings import Finding

# Units (a value must be followed by one): blood counts per litre or microlitre, in thousands.
_COUNT = r"\s*(?:[×x*]\s*10|[kKG]\s*/|[kK]\b|G/L|/\s*nL)"
_MMOL = r"\s*(?i:mmol|meq)"
_MG_DL = r"\s*(?i:mg\s*/\s*dl)"
_MG_L = r"\s*(?i:mg\s*/\s*l\b)"
_G_DL = r"\s*(?i:g\s*/\s*dl)"
_G_L = r"\s*(?i:g\s*/\s*l\b)"
_UMOL = r"\s*(?i:[µμu]mol\s*/\s*l)"
_U_L = r"\s*(?i:i?u\s*/\s*l)"
_MM_H = r"(?:\s*(?i:mm\s*/?\s*(?:h\b|hr|hour|1st)))?"  # an ESR is in mm/h, often written bare
# Cell counts of a body fluid are no blood counts.
_FLUID = r"\bCSF\b|cerebrospinal|urin|pleural|ascitic|peritoneal|synovial|bronchoalveolar|\bBAL\b|fluid (?:analysis|cell)|pericardial fluid"
_WBC = r"white blood cells?(?:\s+\(WBCs?\))?(?:\s+counts?)?|white (?:cell|count)s?(?:\s+counts?)?|leu[ck]ocytes?(?:\s+counts?)?|\bWBCs?(?:\s+counts?)?"
_TROPONIN = r"(?:cardiac |hs-?|high-sensitivity )?troponin(?:[\s\-]+[IT]\b)?(?:\s+\(c?Tn[IT]\))?(?:\s+levels?)?:?|\bc?Tn[IT]\b"
_HB = r"h(?:a?e)moglobin(?:\s+\(Hb\))?(?:\s+levels?)?|\bHb\b|\bHgb\b"

LAB_FINDINGS: dict[str, Finding] = {
    "anemia": Finding(("anemi", "anaemi", "low hemoglobin", "low haemoglobin", "low hb", "low hgb", "low red blood cell", "low red cell", "low blood count",
                       "decreased hemoglobin", "reduced hemoglobin"),
                      ("anemia", "anemic", "low hemoglobin", "decreased hemoglobin", "reduced hemoglobin"),
                      low=((_HB, 11.0, _G_DL), (_HB, 110.0, _G_L))),
    "leukocytosis": Finding(("leukocytosis", "leucocytosis", "high white", "raised white", "elevated white", "increased white", "high wbc", "elevated wbc",
                             "raised wbc", "high leukocyte", "elevated leukocyte", "high leucocyte", "raised leucocyte", "high white count"),
                            ("leukocytosis", "leucocytosis", "elevated white blood cell count", "raised white cell count", "high white blood cell count",
                             "increased white blood cell count", "elevated leukocyte count", "elevated WBC", "raised WBC", "elevated leukocytes",
                             "increased leukocytes"),
                            exclude=_FLUID, high=((_WBC, 11.0, _COUNT),)),
    "leukopenia": Finding(("leukopeni", "leucopeni", "low white", "low wbc", "low leukocyte", "low leucocyte", "decreased white", "reduced white"),
                          ("leukopenia", "leucopenia", "leukopenic", "low white blood cell count", "decreased white blood cell count",
                           "low leukocyte count"), exclude=_FLUID, low=((_WBC, 4.0, _COUNT),)),
    "lymphopenia": Finding(("lymphopeni", "lymphocytopeni", "low lymphocyte", "decreased lymphocyte"),
                           ("lymphopenia", "lymphocytopenia", "lymphopenic", "low lymphocyte count", "decreased lymphocyte count"),
                           exclude=_FLUID, low=((r"(?:absolute\s+)?lymphocytes?(?:\s+counts?)?", 1.0, _COUNT),)),  # "lymphocytes of 0.49 K/uL"
    "eosinophilia": Finding(("eosinophilia", "high eosinophil", "raised eosinophil", "elevated eosinophil", "increased eosinophil"),
                            ("eosinophilia", "hypereosinophilia", "elevated eosinophil count", "raised eosinophil count", "increased eosinophils")),
    "thrombocytosis": Finding(("thrombocytosis", "high platelet", "raised platelet", "elevated platelet", "increased platelet"),
                              ("thrombocytosis", "elevated platelet count", "raised platelet count", "high platelet count", "increased platelet count"),
                              high=((r"platelets?(?:\s+counts?)?", 450.0, r"\s*(?:[×x*]\s*10|[kK]\b|/\s*[µμum]|cells|lakh)"),)),
    "hyperkalemia": Finding(("hyperkal", "high potassium", "raised potassium", "elevated potassium", "increased potassium", "high k+"),
                            ("hyperkalemia", "hyperkalemic", "high potassium", "elevated potassium", "raised potassium"),
                            high=((r"potassium(?:\s+levels?)?|\bK\+?", 5.5, _MMOL),)),
    "hypokalemia": Finding(("hypokal", "low potassium", "decreased potassium"), ("hypokalemia", "hypokalemic", "low potassium"),
                           low=((r"potassium(?:\s+levels?)?|\bK\+?", 3.5, _MMOL),)),
    "hypernatremia": Finding(("hypernatr", "high sodium", "raised sodium", "elevated sodium"), ("hypernatremia", "hypernatremic", "high sodium"),
                             high=((r"sodium(?:\s+levels?)?|\bNa\+?", 145.0, _MMOL),)),
    "hypercalcemia": Finding(("hypercalc", "high calcium", "raised calcium", "elevated calcium"), ("hypercalcemia", "hypercalcemic", "high calcium"),
                             high=((r"(?<!ionized )(?<!ionised )calcium(?:\s+levels?)?", 10.5, _MG_DL), (r"(?<!ionized )calcium(?:\s+levels?)?", 2.65, _MMOL))),
    "hypocalcemia": Finding(("hypocalc", "low calcium"), ("hypocalcemia", "hypocalcemic", "low calcium"),
                            low=((r"(?<!ionized )(?<!ionised )calcium(?:\s+levels?)?", 8.0, _MG_DL),)),
    "hypomagnesemia": Finding(("hypomagnes", "low magnesium"), ("hypomagnesemia", "low magnesium")),
    "hypophosphatemia": Finding(("hypophosphat", "low phosph"), ("hypophosphatemia", "low phosphate", "low phosphorus")),
    "hyperglycemia": Finding(("hyperglyc", "high blood sugar", "high sugar", "high glucose", "raised glucose", "elevated glucose", "high blood glucose",
                              "raised blood sugar", "elevated blood sugar"),
                             ("hyperglycemia", "hyperglycemic", "high blood sugar", "elevated blood glucose", "elevated glucose", "high blood glucose"),
                             high=((r"(?:blood |plasma |serum |fasting )?glucose(?:\s+levels?)?|blood sugar", 200.0, _MG_DL),)),
    "raised hba1c": Finding(tuple(f"{d} {a}" for d in ("high", "raised", "elevated", "increased") for a in ("hba1c", "a1c", "glycated", "glycosylated")),
                            ("elevated hba1c", "raised hba1c", "high hba1c"),
                            high=((r"hba1c|hb\s?a1c|(?:glycated |glycosylated )?ha?emoglobin a1c|glycated ha?emoglobin(?:\s+\(HbA1c\))?|glycosylated ha?emoglobin", 6.4, r"\s*%"),
                                  (r"hba1c|hb\s?a1c|glycated ha?emoglobin(?:\s+\(HbA1c\))?", 47.0, r"\s*mmol\s*/\s*mol"))),
    "hypoglycemia": Finding(("hypoglyc", "low blood sugar", "low sugar", "low glucose", "low blood glucose"),
                            ("hypoglycemia", "hypoglycemic", "low blood sugar", "low blood glucose"), exclude=r"oral hypoglyc|hypoglycemic (?:agent|drug)",
                            low=((r"(?:blood |plasma |serum |capillary )?glucose(?:\s+levels?)?|blood sugar", 60.0, _MG_DL),
                                 (r"(?:blood |plasma |serum |capillary )?glucose(?:\s+levels?)?|blood sugar", 3.3, _MMOL))),
    "hypoalbuminemia": Finding(("hypoalbumin", "low albumin", "decreased albumin", "reduced albumin"),
                               ("hypoalbuminemia", "hypoalbuminemic", "low albumin", "low serum albumin"),
                               low=((r"(?:serum )?albumin(?:\s+levels?)?", 3.5, _G_DL), (r"(?:serum )?albumin(?:\s+levels?)?", 35.0, _G_L))),
    "elevated c-reactive protein": Finding(("raised crp", "high crp", "elevated crp", "increased crp", "raised c-reactive", "high c-reactive",
                                            "elevated c-reactive", "increased c-reactive", "crp elevat"),
                                           ("elevated C-reactive protein", "raised C-reactive protein", "increased C-reactive protein",
                                            "high C-reactive protein", "elevated CRP", "raised CRP", "increased CRP", "high CRP", "CRP elevation",
                                            "rising CRP", "rising C-reactive protein", "increasing CRP"),
                                           exclude=r"\bhs-?CRP\b|high[- ]sensitivity",
                                           high=((r"c-reactive protein(?:\s+\(CRP\))?(?:\s+levels?)?|\bCRP\)?(?:\s+levels?)?", 10.0, _MG_L),
                                                 (r"c-reactive protein(?:\s+\(CRP\))?(?:\s+levels?)?|\bCRP\)?(?:\s+levels?)?", 1.0, _MG_DL))),
    "elevated erythrocyte sedimentation rate": Finding(("raised esr", "high esr", "elevated esr", "increased esr", "elevated sed rate", "high sed rate",
                                                        "elevated erythrocyte sedimentation", "raised erythrocyte sedimentation"),
                                                       ("elevated erythrocyte sedimentation rate", "raised erythrocyte sedimentation rate",
                                                        "increased erythrocyte sedimentation rate", "elevated ESR", "raised ESR", "increased ESR", "high ESR"),
                                                       high=((r"erythrocyte sedimentation rate(?:\s+\(ESR\))?|\bESR\)?", 30.0, _MM_H),)),
    "elevated liver enzymes": Finding(("elevated liver enzyme", "raised liver enzyme", "high liver enzyme", "abnormal liver enzyme", "deranged liver",
                                       "abnormal liver function", "elevated transaminase", "raised transaminase", "high transaminase", "transaminitis",
                                       "elevated alt", "raised alt", "high alt", "elevated ast", "high ast", "elevated aminotransferase", "liver enzymes up"),
                                      ("elevated liver enzymes", "raised liver enzymes", "increased liver enzymes", "abnormal liver enzymes",
                                       "deranged liver function", "abnormal liver function", "elevated transaminases", "raised transaminases",
                                       "increased transaminases", "transaminitis", "hypertransaminasemia", "elevated aminotransferases",
                                       "transaminase elevation", "elevated ALT", "elevated AST"),
                                      high=((r"\bALT\)?|\bAST\)?|\bSGPT\)?|\bSGOT\)?|(?:alanine|aspartate) (?:amino)?transferase(?:\s+\((?:ALT|AST)\))?", 80.0, _U_L),)),
    "elevated creatinine": Finding(("high creatinine", "raised creatinine", "elevated creatinine", "increased creatinine", "creatinine elevat"),
                                   ("elevated creatinine", "raised creatinine", "increased creatinine", "high creatinine", "elevated serum creatinine",
                                    "creatinine elevation"), exclude=r"creatinine (?:kinase|phosphokinase|clearance|ratio)|/creatinine|protein[- ]to[- ]creatinine",
                                   high=((r"(?:serum )?creatinine(?:\s+levels?)?", 1.3, _MG_DL), (r"(?:serum )?creatinine(?:\s+levels?)?", 115.0, _UMOL))),
    "hyperbilirubinemia": Finding(("hyperbilirubin", "high bilirubin", "raised bilirubin", "elevated bilirubin", "increased bilirubin"),
                                  ("hyperbilirubinemia", "elevated bilirubin", "raised bilirubin", "high bilirubin", "increased bilirubin"),
                                  high=((r"(?:total |serum )?bilirubin(?:\s+levels?)?", 2.0, _MG_DL), (r"(?:total |serum )?bilirubin(?:\s+levels?)?", 34.0, _UMOL))),
    "elevated troponin": Finding(("raised troponin", "high troponin", "elevated troponin", "increased troponin", "troponin elevat", "rising troponin",
                                  "positive troponin"),
                                 ("elevated troponin", "raised troponin", "increased troponin", "troponin elevation", "high troponin", "rising troponin",
                                  "troponinemia", "troponin leak"),
                                 high=((_TROPONIN, 0.1, r"\s*(?i:ng\s*/\s*ml|[µμu]g\s*/\s*l\b)"), (_TROPONIN, 100.0, r"\s*(?i:ng\s*/\s*l\b|pg\s*/\s*ml)"))),
    "elevated d-dimer": Finding(("raised d-dimer", "high d-dimer", "elevated d-dimer", "increased d-dimer", "d-dimer elevat", "positive d-dimer"),
                                ("elevated D-dimer", "raised D-dimer", "increased D-dimer", "high D-dimer", "D-dimer elevation"),
                                high=((r"d-dimers?(?:\s+levels?)?", 0.5, r"\s*(?i:mg\s*/\s*l\b|[µμu]g\s*/\s*ml)"), (r"d-dimers?(?:\s+levels?)?", 500.0, r"\s*(?i:ng\s*/\s*ml|[µμu]g\s*/\s*l\b)"))),
    "elevated lactate dehydrogenase": Finding(("raised ldh", "high ldh", "elevated ldh", "increased ldh", "elevated lactate dehydrogenase",
                                               "raised lactate dehydrogenase", "high lactate dehydrogenase"),
                                              ("elevated lactate dehydrogenase", "raised lactate dehydrogenase", "increased lactate dehydrogenase",
                                               "high lactate dehydrogenase", "elevated LDH", "raised LDH", "increased LDH", "high LDH"),
                                              high=((r"(?:serum )?lactate dehydrogenase(?:\s+\(LDH\))?(?:\s+levels?)?|\bLDH\)?(?:\s+levels?)?", 250.0, _U_L),)),
    # A raised lactate is no acidosis (that needs the pH); a lactic acidosis is a raised lactate.
    "lactic acidosis": Finding(("lactic acidosis", "lactic acidemia", "lactic acidaemia"), ("lactic acidosis", "lactic acidemia")),
    "raised lactate": Finding(("high lactate", "raised lactate", "elevated lactate", "hyperlactat", "increased lactate",
                               "high lactic", "raised lactic", "elevated lactic", "increased lactic"),
                               ("lactic acidosis", "hyperlactatemia", "elevated lactate", "raised lactate", "high lactate", "increased lactate",
                                "elevated lactic acid", "raised lactic acid", "high lactic acid", "increased lactic acid"),
                               exclude=r"lactate dehydrogenase|\bLDH\b", high=((r"(?:serum |blood |arterial )?(?:lactate|lactic acid)(?:\s+levels?)?", 2.0, _MMOL),)),
}
