"""The grammar of a list question's subject phrase, as pure functions over its parts: which
words modify a shared head ("renal, hepatic or cardiac failure"), which part only continues a
preposition ("spread to the bones or the bone marrow"), and which noun an adjective asks for
("constipated": constipation), where a place or a direction holds for the next parts ("chest
pain, tightness or pressure"), and the rewrites that put a question's subject the way records
write it ("whose liver was biopsied": liver biopsy; "a raised HbA1c (glycated haemoglobin)";
a stain that "came up positive"), and how a written form becomes a pattern (endings, plurals,
British spellings). ``subjects`` splits the question and reads the parts."""

from __future__ import annotations

import re
from typing import Callable

from assistant.text.tokens import tokenize
from assistant.text.vocabulary import ORGAN_ADJECTIVES, ORGAN_REGIONS, ORGAN_REMOVALS, american, either_spelling

# The endings a written form may carry in a record ("splenectomies" is matched by its own ending rule).
SUFFIX = r"(?:s|es|ed|ing|ation|ations|ative|ic|al)?"  # "ulcer": "ulcerative lesion"

# Names whose compounds are kinds of them: tumours (chondrosarcoma, cholangiocarcinoma,
# oligodendroglioma) and inflammations ("rhinosinusitis" is a sinusitis, "polyarthritis" an arthritis),
# less the compounds that name another organ's disease (an osteomyelitis is no myelitis).
_HEADS = frozenset({"sarcoma", "carcinoma", "lymphoma", "glioma"})
_INFLAMMATION = re.compile(r"[a-z]{4,}itis")
_OTHER_ORGAN = {"myelitis": "osteo", "cystitis": "chole", "nephritis": "pyelo"}


# Greek and Latin plurals, either way: a record writes "metastases" for a question's "metastasis".
_LATIN_PLURALS = [(re.compile(a), b) for a, b in ((r"^([a-z]{4,})sis$", r"\1s(?:is|es)"), (r"^([a-z]{5,}[aoy])ses$", r"\1s(?:is|es)"),
                                                  (r"^([a-z]{4,})us$", r"\1(?:us|i)"),
                                                  (r"^([a-z]{4,})um$", r"\1(?:um|a)"), (r"^([a-z]{3,}[^aeiou\W])ae?$", r"\1(?:a|ae)"),
                                                  (r"^([a-z]{3,})(?:ix|ex|ices)$", r"\1(?:ix|ex|ices)"))]


def kinds(form: str) -> str:
    """The prefix that lets a name match its kinds ("chondrosarcoma" for "sarcoma", "pansinusitis" for "sinusitis")."""
    word = form.lower()
    if word in _HEADS:
        return r"[a-z]*"
    if _INFLAMMATION.fullmatch(word):
        return (rf"(?!{_OTHER_ORGAN[word]})" if word in _OTHER_ORGAN else "") + r"[a-z]*"
    return ""


def compound_core(form: str) -> str:
    """What the term index holds inside a kind's term, past its start ("sarcoma" in
    "leiomyosarcoma", "sinus" in "rhinosinus"); "" for a form with no kinds."""
    word = form.lower()
    if word in _HEADS:
        return tokenize(word)[0]
    return word[:-4][:5] if _INFLAMMATION.fullmatch(word) else ""  # "osteoarthritis" is held cut ("osteoarthr")


# Other adjectives coordinated with the asked one before its head: "urinary and fecal incontinence";
# not nouns ("fatty liver, gallstones, and pancreatic enlargement" is no liver enlargement).
_ADJECTIVE_FORM = r"[A-Za-z-]*[a-z](?:al|ic|ary|ous|ar|ive|ant|ent)"
_COORDINATED = r"(?:(?:,\s*" + _ADJECTIVE_FORM + r")*,?\s+(?:and|or|and/or)\s+" + _ADJECTIVE_FORM + r")?"


def form_pattern(form: str, closed: bool = True) -> str:
    """A long form as a regex: words joined by space or hyphen, an optional ending, British
    spellings; ``closed``: no letter may follow (else the caller goes on with the pattern)."""
    plain = [w for w in re.split(r"[\s\-]+", american(form.strip())) if w]
    words = [re.escape(w) for w in plain]  # then the British spellings come back as options
    words = [re.sub(r"i[sz](?:ation|e[ds]?)$", "i[sz](?:ations?|ed|es?|ing)", w) for w in words]  # embolization, embolisation, embolized
    words = [w + r"(?:['’]?s)?['’]?" if len(w) > 3 and w.isalpha() else w for w in words[:-1]] + words[-1:]  # "Coombs' test" asked as "coomb test"
    if len(words) > 1 and re.fullmatch(_ADJECTIVE_FORM, plain[-2]):  # "urinary incontinence" in "urinary and fecal incontinence", "pleural effusion" in "pleural and pericardial effusions"
        words[-2] += _COORDINATED
    if words:  # the last word's other forms
        words[-1] = re.sub(r"^([a-z]{3,}([^aeiou])(?<!\2\2))ing$", r"\1(?:ing|e)", words[-1])  # "wheezing": also "a wheeze" (not "spotted" for "spotting", nor "faint" for "fainting")
        words[-1] = re.sub(r"^([a-z]{2,}[^aeiouy\W])y$", r"\1(?:y|ies|ied)", words[-1])  # "biopsy": "biopsies", "biopsied"
        for singular, both in _LATIN_PLURALS:  # "metastasis" / "metastases", "thrombus" / "thrombi", "appendix" / "appendices"
            words[-1] = singular.sub(both, words[-1])
    body = r"[\s\-\u2010-\u2015]+".join(words)  # "Creutzfeldt–Jakob": any dash joins words as a hyphen does
    if (hard := re.fullmatch(r"(difficulty|trouble)\s+(\w+ing)", form.strip(), re.I)) and len(words) == 2:  # "difficulty speaking, chewing and swallowing"
        body = hard.group(1) + r"(?:\s+in)?\s+(?:[a-z]+ing,?\s+(?:and\s+|or\s+)?){0,3}" + words[1]
    body = kinds(form) + body  # an osteosarcoma is a sarcoma, an adenocarcinoma a carcinoma
    body = either_spelling(body)
    numbered = r"(?![\-\u2010-\u2015]?\d)" if len(form.strip()) <= 3 else ""  # "CK" is no "CK-7", "CK7"
    return r"(?<![A-Za-z])" + body + SUFFIX + (r"(?![A-Za-z])" + numbered if closed else "")


# An adjective or participle asked for the noun records write: "constipated" (constipation),
# "anaemic" (anaemia), "cirrhotic" (cirrhosis), "dizzy" (dizziness).
_NOUN_ENDINGS = [(re.compile(r"(?<=[a-z]{4})ated$"), "ation"), (re.compile(r"(?<=[a-z]{4})i[sz]ed$"), "ization"),
                 (re.compile(r"(?<=[a-z]{2})a?emic$"), "emia"), (re.compile(r"(?<=[a-z]{3})otic$"), "osis"), (re.compile(r"(?<=[a-z]{2}[zhk])y$"), "iness"),
                 (re.compile(r"(?<=[a-z])(tax|phas|arthr|ton|ox|pleg)ic$"), r"\1ia")]  # "ataxic": ataxia, "hemiplegic": hemiplegia


# A word's other ending for the same thing, the act or the state: an angiogram or angiography, a local
# anaesthetic or local anaesthesia. Each is a form of its own, so BM25 finds its stem too.
_ENDINGS = {"gram": "graphy", "graphy": "gram", "thetic": "thesia", "thesia": "thetic", "gesic": "gesia", "gesia": "gesic", "clonus": "clonic"}
_OTHER_ENDING = re.compile(r"(?<=[a-z]{3})(" + "|".join(_ENDINGS) + r")(?=s?$|s?\s)", re.I)


def other_endings(form: str) -> list[str]:
    """"coronary angiogram" -> ["coronary angiography"]; [] for a form with no such word."""
    other = _OTHER_ENDING.sub(lambda m: _ENDINGS[m.group(1).lower()], form)
    return [other] if other != form else []


def noun_forms(word: str) -> list[str]:
    """The noun a one-word adjective or participle subject names, [] when none."""
    word = american(word)
    return [pattern.sub(noun, word) for pattern, noun in _NOUN_ENDINGS if " " not in word and pattern.search(word)][:1]


_MODIFIER = re.compile(r"[a-z]+(?:ic|ac|al|ar|ous|ive|ary)|tricuspid|bicuspid|carotid|thyroid|poor|decreased|reduced|increased|diminished|impaired|lost|red|white|yellow|blue|black|dark|pale|swollen|dry|itchy|painful|sore|stiff|cold|hot|warm")  # "renal", "cardiac", "portal"; "poor or decreased appetite"


def shared_heads(phrases: list[str], cores: list[str], known: Callable[[str], bool]) -> list[str]:
    """"mesenteric, portal or splenic vein thrombosis": the modifiers before the last part
    share its head ("mesenteric vein thrombosis", "portal vein thrombosis"), as in
    "renal, hepatic or cardiac failure"; a known name ("levothyroxine") stands alone.
    ``cores``: each phrase without its frame words ("which patients had renal": "renal")."""
    out = list(phrases)
    for i, core in enumerate(cores):
        words = core.split()
        if len(words) < 2:
            continue
        j = i
        while j > 0 and _MODIFIER.fullmatch(cores[j - 1]) and not known(cores[j - 1]):
            j -= 1
            out[j] = cores[j] + " " + " ".join(words[1:])
    return out


# What a body part feels or shows: "chest pain, tightness or pressure" is chest pain, chest
# tightness and chest pressure; a bare "tightness" names no place.
_SENSATION = frozenset("pain pains ache aches tightness pressure discomfort swelling stiffness tenderness weakness numbness heaviness burning "
                       "redness itching itch bleeding cramps cramping distress palsy paresis paralysis dislocation".split())


def shared_places(phrases: list[str], cores: list[str]) -> list[str]:
    """"chest pain, tightness or pressure": a bare sensation after a placed one takes its place."""
    out = list(phrases)
    for i, core in enumerate(cores):
        words = core.split()
        if len(words) < 2 or words[-1] not in _SENSATION:
            continue
        for j in range(i + 1, len(cores)):
            if cores[j] not in _SENSATION:
                break
            out[j] = " ".join(words[:-1] + [cores[j]])
    return out


# "a cough, dry or productive", "a stroke, ischaemic or haemorrhagic": kinds said after their noun.
_KIND_AFTER = re.compile(r"dry|wet|mild|severe|acute|chronic|persistent|intermittent|[a-z]+(?:ive|ic|ous|ary)")


def trailing_kinds(phrases: list[str], cores: list[str], known: Callable[[str], bool]) -> list[str]:
    """"a cough, dry or productive": the bare kinds after a noun take it ("dry cough", "productive cough")."""
    out = list(phrases)
    for i in range(1, len(cores)):
        if not all(_KIND_AFTER.fullmatch(c) for c in cores[i:]) or known(cores[i]):  # the run ends the list: "renal, hepatic or cardiac failure" is not
            continue
        j = i - 1
        while j >= 0 and _KIND_AFTER.fullmatch(cores[j]):
            j -= 1
        if j >= 0 and cores[j] and not _KIND_AFTER.fullmatch(cores[j].split()[-1]):
            out[i] = f"{cores[i]} {cores[j].split()[-1]}"
    return out


_QUALITY = frozenset("poor impaired reduced decreased diminished abnormal altered".split())


def shared_qualities(phrases: list[str], cores: list[str]) -> list[str]:
    """"poor balance or coordination": a bare noun after a qualified one takes its quality (not any coordination)."""
    out = list(phrases)
    for i, core in enumerate(cores):
        words = core.split()
        if len(words) != 2 or words[0] not in _QUALITY:
            continue
        for j in range(i + 1, len(cores)):
            if " " in cores[j] or not cores[j]:
                break
            out[j] = f"{words[0]} {cores[j]}"
    return out


# "a device implanted to watch or support the heart (a pacemaker, an ICD ...)": the examples name
# the subject; what it is for ("the heart") names no case.
# Only a verb of purpose: "a reaction to penicillin (rash, hives)" keeps its penicillin.
PURPOSE = re.compile(r"(?<=\w)\s+(?:in order\s+)?to\s+(?:help\s+)?(?:watch|support|monitor|prevent|treat|control|relieve|ease|reduce|lower|raise|stop|manage|protect|"
                     r"remove|drain|keep|improve|correct|replace|repair|fix|diagnose|detect|check|measure|assess|open|close|block|feed|pace|record|regulate)\b"
                     r"[^(),;?]*(?=\s*\([^()]*,[^()]*\))", re.I)
# "a drug against nausea and vomiting (an antiemetic such as ondansetron)": the drugs the parenthesis names, not the vomiting.
DRUG_FOR = re.compile(r"\b(?:a|an|any)\s+(?:drug|medicine|medication|pill|tablet)s?\s+(?:against|for|to\s+(?:treat|stop|prevent|control|ease|relieve))\s+[^(),;?]*(?=\s*\()", re.I)
# "pregnant when they came in", "a midline shift on imaging": when, or where it was seen, is no part of what.
WHEN = re.compile(r"\s+(?:when|while|at the time|on admission|at (?:presentation|some point|any (?:point|time)))\b[^,;?()]*"
                  r"|\s+(?:on|at)\s+(?:the\s+)?(?:first\s+|initial\s+|physical\s+)?(?:imaging|examination|exam|scans?|x-rays?|ct|mri|ultrasound|auscultation|palpation)(?=\s*(?:[,;?()]|$))", re.I)


# "diagnosed with a cancer while pregnant", "bled while on dialysis": a state the case must also be in.
STATE_CLAUSE = re.compile(r"\s+(?:while|when|during)\s+(?:(?:she|he|they)\s+(?:was|were)\s+|(?:her|his|their)\s+)?(?P<state>[a-z]+(?:\s+[a-z]+)?)(?=\s*(?:[:;,.?!]|$))", re.I)


SHORT_PLACES = r"|(?<![a-z])(?:eye|ear|arm|leg|hip|jaw|lip|toe|gum|rib|gut)s?(?![a-z])"  # a place named in three letters ("laser treatment of the eye")
# "X of/in/on the Y": X is what is asked, Y where ("a midline shift of the brain", "crackles in the lungs").
PLACED = re.compile(r"(?<![\w-])(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:of|in|on|at|over|around|near|under|using|guided by)\s+(?:(?:the|a|an|his|her|their|both)\s+)?(?P<place>[a-z][\w-]*(?:\s+[\w-]+){0,4})$")  # the first preposition: "a clot in | a vein of the abdomen"


def organ_word(word: str) -> str:
    """The other way of naming the organ ``word`` names, as an alternative ("|hepatic" for "liver"; "hepatitis" is no organ),
    and the regions records name it by ("right lower quadrant" is the abdomen, "lumbar" the spine)."""
    word = word.lower()
    return "".join("|" + (adjective if word in (organ, organ + "s") else organ) for organ, adjective in ORGAN_ADJECTIVES if word in (organ, organ + "s", adjective)) + ORGAN_REGIONS.get(re.sub(r"s$", "", word), "")


def sign_word(word: str) -> str:
    """How records write a stain's sign besides the word: "CK7 (+)", "immunoreactive for", "expressed"."""
    return {"positive": r"|\(\+|\+\)|immunoreactiv|express", "negative": r"|\((?:-|−)\)"}.get(word.lower(), "")


_OBJECT_TAIL = re.compile(r"\b(?:to|into|from|around|in|of|on|near)\s+(?P<object>(?:(?:the|a|an|her|his|their)\s+)?[\w-]+(?:\s+[\w-]+)?)$")
_OBJECT = re.compile(r"(?:(?:the|a|an|her|his|their)\s+)?[\w-]+(?:\s+[\w-]+)?")
_DETERMINED = re.compile(r"(?:the|a|an|her|his|their)\s")


def coordinated_objects(phrases: list[str], joined: list[bool] | None = None) -> list[str]:
    """"spread to the bones or the bone marrow", "drained from around the lungs or the heart":
    a part that is only an object continues the preposition before it ("spread to the bone
    marrow"), it is no subject of its own ("the heart"); a bare noun does so only after
    "or"/"and" ("a CT of the jaws or teeth"), as other names in a parenthesis are bare too.
    ``joined[i]``: part ``i`` follows "or"/"and"."""
    out = list(phrases)
    for i in range(1, len(phrases)):
        bare = not _DETERMINED.match(phrases[i])
        listed = joined and (joined[i] or (i + 1 < len(phrases) and joined[i + 1] and " " not in phrases[i].strip() + phrases[i + 1].strip()))  # "of
        # the gut, pancreas or liver" (one word each: "ringing in the ears (tinnitus) or hearing loss" lists no places)
        if _OBJECT.fullmatch(phrases[i]) and (not bare or listed) and (tail := _OBJECT_TAIL.search(out[i - 1])):
            out[i] = out[i - 1][: tail.start("object")] + phrases[i]
    return out


# -- questions rewritten so that their subject reads as records write it ----------------------

_TRAILING = re.compile(r"^(?P<lead>.*?\b(?:whose|in whom|in which patients?)\s+(?:the\s+)?)(?P<lab>[^?]+?)\s+(?:came back|was|were|turned out|ran|rose|returned)\s+(?:\w+ly\s+)?"
                       r"(?P<way>raised|high|elevated|increased|low|decreased|reduced)\b(?P<rest>.*)$", re.I)


_DIRECTED_NAMES = re.compile(r"\b(raised|high|elevated|increased|low|decreased|reduced|positive|negative)\s+([\w-]+(?:\s+[\w-]+)?)\s+\(([^()]{2,60})\)", re.I)


def direction_first(question: str) -> str:
    """"Whose LDH (lactate dehydrogenase) came back raised?" asks for a raised LDH, as
    "raised LDH or raised lactate dehydrogenase", not for every LDH that was measured; so does
    "a raised HbA1c (glycated haemoglobin)"."""
    question = _DIRECTED_NAMES.sub(lambda m: f"{m.group(1)} {m.group(2)} (" + ", ".join(f"{m.group(1)} {p}" for p in re.split(r"\s*,\s*|\s+or\s+", m.group(3)) if p)
                                   + ")", question)
    if not (found := _TRAILING.match(question)):
        return question
    names = [n for n in re.split(r"\s*[()]\s*", found.group("lab")) if n.strip()]
    return found.group("lead") + " or ".join(f"{found.group('way')} {n}" for n in names) + found.group("rest")


# "did the tumour or its cells stain positive for vimentin", "did S-100 stain positive": the
# stained tissue is the frame, the marker and its sign are the subject ("positive vimentin").
_STAINED_TISSUE = re.compile(r"\b(?:(?:the|its|their|her|his)\s+)?(?:tumou?rs?|lesions?|mass(?:es)?|cells?|specimens?|biops(?:y|ies)|tissues?)"
                             r"(?:\s+or\s+(?:(?:the|its|their|cancer)\s+)?(?:tumou?rs?|lesions?|cells?))?\s+(?=stain|did\b)", re.I)
_STAIN_CAME = re.compile(r"(\S+)\s+stain\s*(\([^()]*\))?\s+(?:came|come|turned|turn)\s+(?:up\s+|back\s+|out\s+)?(positive|negative)\b", re.I)  # "a CK stain (CK7) came up positive"
_STAIN_FOR = re.compile(r"\bstain(?:ed|s|ing)?\s+(positive|negative)\s+for\s+", re.I)
_MARKER_STAINED = re.compile(r"(\S+)\s+stain(?:ed|s|ing)?\s+(positive|negative)\b", re.I)


def stain_first(question: str) -> str:
    """An immunostain asked with its sign: "positive vimentin", as the records say it near."""
    question = _STAINED_TISSUE.sub("", question)
    question = _STAIN_FOR.sub(lambda m: m.group(1) + " ", question)
    question = _STAIN_CAME.sub(lambda m: f"{m.group(3)} {m.group(1)} {m.group(2) or ''}".rstrip(), question)
    return _MARKER_STAINED.sub(lambda m: m.group(2) + " " + m.group(1), question)


# "Whose liver was biopsied?": the organ and the procedure are one subject, "liver biopsy".
_DONE_TO = {"biopsied": "biopsy", "resected": "resection", "excised": "excision", "amputated": "amputation", "drained": "drainage",
            "transplanted": "transplant", "stented": "stent", "irradiated": "irradiation", "aspirated": "aspiration", "extracted": "extraction",
            "pulled": "extraction", "replaced": "replacement", "repaired": "repair", "reconstructed": "reconstruction", "implanted": "implant"}
_PASSIVE = re.compile(r"\b(?P<lead>whose|in whom (?:the|a|an)|(?:had|have|got) (?:their|his|her|a|an|the))\s+(?P<what>[^?:;]+?)\s+"
                      r"(?:(?:was|were|had been|got|being)\s+)?(?:\w+ly\s+)?(?P<done>" + "|".join(_DONE_TO) + r")\b", re.I)


# "Who had their appendix out?", "surgery to remove the spleen": the operation a record names.
_REMOVED = re.compile(r"\b(?:(?P<lead>whose|(?:had|have|got) (?:their|his|her|a|an|the))\s+(?P<what>[a-z][a-z ]*?)\s+(?:(?:was|were|had been|got)\s+)?(?:removed|taken out|out)"
                      r"|(?:had\s+)?(?:surgery|an operation|operation)\s+to\s+(?:remove|take out)\s+(?:their|his|her|the|a|an)\s+(?P<organ>[a-z][a-z ]*?))(?=\s*[?,.;:]|\s*$)", re.I)


def _removal(m: re.Match[str]) -> str:
    """The operation that takes the organ out ("had appendectomy"), or "<organ> removal" for one the table does not name."""
    organ = (m.group("what") or m.group("organ")).lower()
    operation = ORGAN_REMOVALS.get(organ) or ORGAN_REMOVALS.get(re.sub(r"s$", "", organ)) or f"{organ} removal"
    return f"{'whose' if (m.group('lead') or '').lower() == 'whose' else 'had'} {operation}"


# "Whose ECG showed a bundle branch block?": the finding is the subject; the test that found it is often told apart from it.
_TEST_SHOWED = re.compile(r"\b(?P<lead>whose|in whom (?:did )?(?:the|a|an))\s+(?:[\w-]+\s+){0,4}?(?:showed|show|revealed|reveal|demonstrated|disclosed|detected|found)\s+", re.I)


def procedure_first(question: str) -> str:
    """"Whose liver (or a liver tumour) was biopsied?" asks for a liver biopsy, not for every liver;
    "Whose ECG showed a block?" asks for the block."""
    question = _REMOVED.sub(_removal, _TEST_SHOWED.sub(lambda m: "whose " if m.group("lead").lower() == "whose" else "in whom ", question))
    return _PASSIVE.sub(lambda m: f"{m.group('lead')} {m.group('what')} {_DONE_TO[m.group('done').lower()]}", question)


_EXCLUSION = re.compile(r"[,.;]?\s*\b(?:not counting|excluding|except for|but not)\b[^?;]*", re.I)


def without_exclusions(question: str) -> str:
    """The question less what it sets aside ("Not counting newborns' breathing trouble"): no subject, no age group."""
    return _EXCLUSION.sub("", question)


_ASPECT = re.compile(r":\s*(?:what|which|how|why|when|where|who|whose|did|does|do|was|were|is|are|had)\b.*$", re.I)
# "a procedure inside the womb through the cervix: a D&C, a suction evacuation or a hysteroscopy": the examples are the subject.
_EXAMPLES_AFTER = re.compile(r"\b(?:an?|the|any|some)\s+(?:[\w&/-]+\s+){0,8}?[\w&/-]+:\s+(?=[^?:]*(?:,|\bor\b))", re.I)


def asked_part(question: str) -> str:
    """The part of a list question that names its subject: what it sets aside is left out, as
    is what follows a colon that opens a question (": what caused it?" asks the compared
    aspect) and a description a colon's examples stand for."""
    return _EXAMPLES_AFTER.sub("", _ASPECT.sub("", without_exclusions(question)))
