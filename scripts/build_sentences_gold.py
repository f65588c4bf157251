"""Build tests/data/sentences_gold.jsonl: hand-chosen passages of the shipped texts, boundaries placed by hand.

Each passage is (source, its first words, its last words, the first words of every following
sentence); the markers were checked by reading each passage. Run from the repository root.
"""
import json, sys
sys.path.insert(0, '.')
from assistant.ingest.treatment import load_treatment_csv
d = json.load(open('corpus/case-reports/medrbench_cases.json'))
seed = open('corpus/seed/blinatumomab-relapsed-all-case.txt', encoding='utf-8').read()

# (source, first words, last words, [first words of each following sentence]) -- boundaries checked by hand
P = [
 ('PMC11483286', 'Pedro Versuti Del Cioppo Vasques was', 'approved the final manuscript.', ['Drs. Garda', 'Dr. Dean was', 'Dr. Molligan was', 'All authors read']),
 ('PMC11483286', 'Pedro Versuti Del Cioppo Vasques: Writing', 'Formal analysis, Conceptualization.', ['Jamie N. Bakkum-Gamez:', 'Patrick G. Dean:', 'Jeremy F. Molligan:', 'Allison E. Garda:']),
 ('PMC11483286', 'The authors declare the following financial', 'royalties paid to Mayo Clinic].', []),
 ('PMC11484256', 'He remained on home glucose monitoring', 'at 12 months of age.', ['Till 5 months', 'Then, occasional', 'He required a further', 'Neurodevelopmental assessment']),
 ('PMC11620866', 'Paediatric DEN is rare', 'for symptoms to develop.', ['The incidence of TEN', 'Several factors favour', 'Firstly, the reaction', 'It may typically']),
 ('PMC11624525', 'This paper describes the case of a 15-year-old', 'manifestations of hyperthyroidism.', ['Upon admission', 'Electrocardiography revealed', 'Coronary computed', 'Subsequent examinations']),
 ('PMC11624525', 'Re-examination of indicators showed', 'adhere to a low-iodine diet.', ['The repeat thyroid panel', 'The repeat ECG', 'The patient’s condition improved']),
 ('PMC11635374', 'Unfortunately, there was no neurosurgery follow-up', 'negative for any endocrinopathies or tumors.', ['Her growth chart', 'Her family history']),
 ('PMC11635374', 'Surgery was performed at a different institution', 'long-acting somatostatin analogue.', ['However, free T4', 'Her thyroid studies', 'Puberty hormones', 'Her prolactin level', 'Neurosurgery recommended']),
 ('PMC11395475', 'Two (homozygous, double, or compound', 'might lead to misdiagnosis.', ['In HCM, the occurring']),
 ('PMC11395475', 'Left ventricular hypertrophy was noted', 'persistent atrial fibrillation.', ['The patient was discharged on acenocoumarol', 'Of note, the thyroid', 'Approximately 6 months later']),
 ('PMC11544788', 'The color of the amniotic fluid', 'requiring blood transfusion and orotracheal intubation.', ['Neonatologists assigned', 'The results of cord blood', 'A blood sample confirmed', 'The neonate was in']),
 ('PMC11490302', 'Canine transmigration is more prevalent', 'related aesthetic and functional complications [6].', ['Unilateral transmigration', 'Interestingly', 'Transmigration can lead', 'Mupparapu', 'Early detection']),
 ('PMC11490302', 'The lips were normally placed', '(Figure 4).', ['A\u00a0cone beam', 'The crown of the impacted']),
 ('PMC11490302', 'The incidence of impaction in mandibular canines', 'undergone transmigration [2].', ['While mandibular canine', 'Impacted teeth usually', 'An impacted tooth that']),
 ('PMC11506781', 'Moreover, there is a paucity of research', 'only case reports or series.', ['In a case study by Lee', 'During the initial week', 'To the best of our knowledge']),
 ('PMC11506781', 'A recent paper by Delvecchio et al.', 'without evidence of hypoglycaemic episodes.', ['Manual mode was found']),
 ('PMC11506781', 'AHCL from multiple daily injections', None, []),
 ('PMC11488400', 'Serum urea and creatinine levels', 'originating from the sacrococcygeal region.', ['Serum sodium was', 'Liver enzymes showed', 'A CT scan of the chest']),
 ('PMC11488400', 'Neurologically, the patient exhibited weakness', 'within normal ranges.', ['Her laboratory investigations', 'Serum urea and creatinine']),
 ('PMC11631590', 'Superwarfarins, long-acting anticoagulant', '(King and Tran, 2015).', ['LAARs, like brodifacoum', 'In contrast to warfarin']),
 ('PMC11631590', 'Studies shown that prothrombin time', '(FII, FVII, FIX, and FX).', ['The diagnosis of LAAR', 'The levels of APTT', 'If the results are disordered']),
 ('PMC11631590', 'Only high-performance liquid chromatography', 'midface hypoplasia and limb deformities.', ['Blood or liver samples', 'While the impact of warfarin', 'Warfarin, a common anticoagulant']),
 ('PMC11621056', 'Mosaicism for trisomy 21 was first reported', '(Ramsey et al., 2017).', ['Children with mosaicism attained', 'Children with mosaicism were', 'Spinal Muscular Atrophy']),
 ('PMC11479900', 'showed that D-VCd group led to a higher rate', 'diarrhea, and syncope.', ['The most common grade 3']),
 ('PMC11428674', 'Given the “glioblastoma IDH-wild-type” is defined', 'many opportunities exist to identify new CN', []),
 ('PMC11490280', 'the three components of this triad are as follows', 'acquired) [3].', []),
 ('PMC11414482', 'Considering the contra-indications for this intervention', 'in complex cases of hyp', []),
 ('PMC11416184', 'The underlying cause has been postulated', 'in a three-year-old child.', ['Another cause is', 'Tardieu and Appelbaum']),
 ('PMC11509492', 'reviewed and approved by the Institutional Review Board', 'any accompanying images.', ['Written informed consent']),
 ('PMC11420455', 'Funding', 'Tao Liu and Huiyan Lin', ['This work was supported', 'Author contribution', 'Tao Liu and Huiyan Lin']),
 ('PMC11620866', 'At presentation to the paediatric intensive care unit', 'Nikolsky\'s sign was positive.', ['Physical examination', 'Nikolsky\'s sign']),
 ('seed', 'Clinical Case of Successful Blinatumomab Use', 'Sh.A. Zholdasova¹, N.K. Temir¹, N.B. Dairova¹', ['A.M. Kuttymuratov¹']),
 ('seed', 'Acute lymphoblastic leukemia (ALL) in adults', 'Topp et al., 2015].', ['When standard intensive', 'The drug has demonstrated']),
 ('seed', 'Case Description', 'refractory to prephase of ALL-2022kz.', ['Patient Zh., born', 'ALL onset (B-II', '1st relapse -2017', '2nd relapse—Nov 2023']),
 ('seed', 'Prephase with blinatumomab', 'tumor cells 0.000%.', ['Tolerability: moderate', 'Induction I (27.12', 'Result on 17.01.2024']),
 ('seed', 'Consolidation I (08.02', 'dexamethasone)', ['Consolidation II (', 'Consolidation III (', 'Consolidation IV (', 'Additional: CNS']),
]

def source(name):
    return seed if name == 'seed' else d[name]['raw_case']

rows = []
for name, first, last, markers in P:
    t = source(name)
    a = t.index(first)
    if last is None:
        b = t.index('.', a + 200) + 1
    else:
        b = t.index(last, a) + len(last)
    text = t[a:b]
    cuts, pos = [0], 0
    for m in markers:
        pos = text.index(m, pos + 1)
        cuts.append(pos)
    cuts.append(len(text))
    sents = [text[x:y].strip() for x, y in zip(cuts, cuts[1:])]
    sents = [s[:-2].rstrip() if s.endswith('\n-') else s for s in sents]  # the next line's bullet
    sents = [s[2:] if s.startswith('- ') else s for s in sents]  # bullets are not sentence text
    rows.append({'source': name, 'text': text, 'sentences': sents})

# the treatment record: every rendered course line is one sentence
csv_text = open('corpus/seed/blinatumomab-treatment-record.csv', encoding='utf-8').read()
doc = load_treatment_csv(csv_text, 'blinatumomab-treatment-record.csv').documents[0]
rows.append({'source': 'blinatumomab-treatment-record.csv', 'text': doc.text, 'sentences': [l for l in doc.text.split('\n') if l.strip()]})

with open('tests/data/sentences_gold.jsonl', 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'passages', sum(len(r['sentences']) - 1 for r in rows), 'boundaries')
for r in rows:
    print('---', r['source'])
    for s in r['sentences']: print('   |', s[:110])
