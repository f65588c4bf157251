"""Infections as people ask for them ("a blood infection", "a chest infection", "an ear infection")
and the names records use ("bacteraemia", "pneumonia", "otitis media"). Rows of the same kind as
``text.findings``'s (see its docstring for the fields); tried right after the findings."""

from __future__ import annotations

from assistant.text.findings import Finding

INFECTION_FINDINGS: dict[str, Finding] = {
    "sepsis": Finding(("sepsis", "septic shock", "septicemi", "septicaemi", "blood poisoning", "urosepsis"),
                      ("sepsis", "septic shock", "septicemia", "urosepsis")),
    "bacteremia": Finding(("bacteremi", "bacteraemi", "blood infection", "bloodstream infection", "bacteria in the blood", "fungemi", "candidemi"),
                          ("bacteremia", "bloodstream infection", "fungemia", "candidemia", "positive blood culture")),
    "pneumonia": Finding(("pneumoni", "lung infection", "chest infection", "bronchopneumoni"),
                         ("pneumonia", "bronchopneumonia", "pleuropneumonia", "lung infection", "chest infection", "lower respiratory tract infection")),
    "urinary tract infection": Finding(("urinary tract infection", "urinary infection", "uti", "bladder infection", "kidney infection", "pyelonephritis",
                                        "urine infection"),
                                       ("urinary tract infection", "urinary infection", "pyelonephritis", "urosepsis", "bladder infection",
                                        "kidney infection"), ("UTI",)),
    "candidiasis": Finding(("candida", "candidiasis", "yeast infection", "thrush", "fungal infection of the mouth"),
                           ("candidiasis", "candida", "candidemia", "candidaemia", "thrush", "moniliasis"), whole_keys=True),  # no "candidates"
    "sinusitis": Finding(("sinusitis", "sinus infection"), ("sinusitis", "sinus infection")),
    # An infection asked by where it is ("a skin infection", "an ear infection"): the records' names for it.
    "skin infection": Finding(("skin infection", "skin and soft tissue infection", "soft tissue infection", "cellulitis", "infected skin"),
                              ("cellulitis", "erysipelas", "impetigo", "skin infection", "skin and soft tissue infection", "soft tissue infection",
                               "cutaneous infection", "skin abscess", "subcutaneous abscess", "furuncle", "carbuncle", "necrotizing fasciitis")),
    "wound infection": Finding(("wound infection", "infected wound", "surgical site infection", "wound got infected", "wound became infected"),
                               ("wound infection", "infected wound", "surgical site infection", "wound was infected", "infection of the wound"), ("SSI",)),
    "eye infection": Finding(("eye infection", "infected eye", "ocular infection"),
                             ("conjunctivitis", "keratitis", "endophthalmitis", "eye infection", "ocular infection", "orbital cellulitis",
                              "periorbital cellulitis", "retinitis", "acute retinal necrosis"),
                             exclude=r"allergic conjunctivitis|exposure keratitis|neurotrophic keratitis|filamentous keratitis|\bkeratitis sicca"),
    "ear infection": Finding(("ear infection", "infected ear", "otitis"), ("otitis media", "otitis externa", "otitis", "ear infection", "mastoiditis")),
    "bone infection": Finding(("bone infection", "infected bone", "osteomyelitis", "infection of the bone"),
                              ("osteomyelitis", "bone infection", "infection of the bone", "osteitis", "spondylodiscitis", "discitis")),
}
