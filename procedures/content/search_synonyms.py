"""Words patients use, mapped to the procedure pages they mean.

Pure data for the loader: (phrase, [procedure slugs], note for staff). Site search puts
the listed procedures first when a search contains the phrase. Staff add and change
rows in the admin (Clinic content → Search synonyms).

Spanish phrases sit in the same list: a search on /es/ reads every phrase with the
Spanish stemmer, so "inyecciones de esteroides" (or without accents) matches
"inyección de esteroides".
"""

NERVE_ROOT = "nerve-root-block"
EPIDURAL = "epidural-steroid-injection"
FACET = "facet-joint-injection"
MEDIAL_BRANCH = "medial-branch-block"
JOINT = "joint-injection"

SPINE_ALL = [EPIDURAL, NERVE_ROOT, FACET, MEDIAL_BRANCH]

SEARCH_SYNONYMS = [
    # What the shot is called in everyday words.
    ("steroid shot", [EPIDURAL], "The injection most people mean by this."),
    ("steroid injection", [EPIDURAL], ""),
    ("cortisone shot", [EPIDURAL, JOINT], "Cortisone is an older name for a steroid."),
    ("cortisone injection", [EPIDURAL, JOINT], ""),
    ("epidural shot", [EPIDURAL], ""),
    ("ESI", [EPIDURAL], "Short name doctors use."),
    ("spinal injection", SPINE_ALL, ""),
    ("spine injection", SPINE_ALL, ""),
    ("spine shot", SPINE_ALL, ""),
    ("back shot", [EPIDURAL, FACET, MEDIAL_BRANCH, NERVE_ROOT], ""),
    ("back injection", [EPIDURAL, FACET, MEDIAL_BRANCH, NERVE_ROOT], ""),
    ("neck shot", [EPIDURAL, FACET, NERVE_ROOT], ""),
    ("nerve block", [NERVE_ROOT, MEDIAL_BRANCH], ""),
    ("SNRB", [NERVE_ROOT], "Short for selective nerve root block."),
    ("selective nerve root block", [NERVE_ROOT], ""),
    ("joint shot", [JOINT], ""),
    # Where it hurts and why.
    ("sciatica", [EPIDURAL, NERVE_ROOT], "Pain that runs down the leg."),
    ("pinched nerve", [NERVE_ROOT, EPIDURAL], ""),
    ("shooting pain", [NERVE_ROOT, EPIDURAL], ""),
    ("leg pain", [NERVE_ROOT, EPIDURAL], ""),
    ("arm pain", [NERVE_ROOT, EPIDURAL], ""),
    ("radiating pain", [NERVE_ROOT, EPIDURAL], ""),
    ("herniated disc", [EPIDURAL, NERVE_ROOT], ""),
    ("slipped disc", [EPIDURAL, NERVE_ROOT], "An everyday name for a herniated disc."),
    ("bulging disc", [EPIDURAL, NERVE_ROOT], ""),
    ("spinal stenosis", [EPIDURAL], ""),
    ("back pain", [FACET, MEDIAL_BRANCH, EPIDURAL], ""),
    ("neck pain", [FACET, MEDIAL_BRANCH, EPIDURAL], ""),
    ("arthritis", [FACET, JOINT], "Wear of the spine's small joints or of a large joint."),
    ("knee", [JOINT], ""),
    ("hip", [JOINT], ""),
    ("shoulder", [JOINT], ""),
    ("ankle", [JOINT], ""),
    ("elbow", [JOINT], ""),
    ("wrist", [JOINT], ""),
    ("gout", [JOINT], "Joint fluid can be tested for crystals."),
    ("joint fluid", [JOINT], ""),
    ("draw fluid", [JOINT], ""),
    # Next steps patients read about elsewhere.
    ("radiofrequency ablation", [MEDIAL_BRANCH], "The block is the test before this treatment."),
    ("RFA", [MEDIAL_BRANCH], "Short for radiofrequency ablation."),
    ("burn the nerve", [MEDIAL_BRANCH], "How patients often describe ablation."),
    # Spanish: the same ideas in the words Spanish speakers use.
    ("inyección de esteroides", [EPIDURAL], "Spanish for steroid shot."),
    ("inyección de cortisona", [EPIDURAL, JOINT], "Spanish for cortisone shot."),
    ("cortisona", [EPIDURAL, JOINT], "Spanish for cortisone."),
    ("epidural", [EPIDURAL], "Spanish and English alike."),
    ("inyección en la columna", SPINE_ALL, "Spanish for spine injection."),
    ("inyección en la espalda", [EPIDURAL, FACET, MEDIAL_BRANCH, NERVE_ROOT], "Spanish for back shot."),
    ("bloqueo de nervio", [NERVE_ROOT, MEDIAL_BRANCH], "Spanish for nerve block."),
    ("ciática", [EPIDURAL, NERVE_ROOT], "Spanish for sciatica."),
    ("nervio pinchado", [NERVE_ROOT, EPIDURAL], "Spanish for pinched nerve."),
    ("nervio pellizcado", [NERVE_ROOT, EPIDURAL], "Spanish for pinched nerve."),
    ("nervio apretado", [NERVE_ROOT, EPIDURAL], "Spanish for pinched nerve."),
    ("dolor en la pierna", [NERVE_ROOT, EPIDURAL], "Spanish for leg pain."),
    ("dolor en el brazo", [NERVE_ROOT, EPIDURAL], "Spanish for arm pain."),
    ("hernia de disco", [EPIDURAL, NERVE_ROOT], "Spanish for herniated disc."),
    ("disco abultado", [EPIDURAL, NERVE_ROOT], "Spanish for bulging disc."),
    ("estenosis espinal", [EPIDURAL], "Spanish for spinal stenosis."),
    ("dolor de espalda", [FACET, MEDIAL_BRANCH, EPIDURAL], "Spanish for back pain."),
    ("dolor de cuello", [FACET, MEDIAL_BRANCH, EPIDURAL], "Spanish for neck pain."),
    ("artritis", [FACET, JOINT], "Spanish for arthritis."),
    ("inyección en la rodilla", [JOINT], "Spanish for knee injection."),
    ("rodilla", [JOINT], "Spanish for knee."),
    ("cadera", [JOINT], "Spanish for hip."),
    ("hombro", [JOINT], "Spanish for shoulder."),
    ("tobillo", [JOINT], "Spanish for ankle."),
    ("codo", [JOINT], "Spanish for elbow."),
    ("muñeca", [JOINT], "Spanish for wrist."),
    ("gota", [JOINT], "Spanish for gout."),
    ("sacar líquido", [JOINT], "Spanish for draw fluid."),
    ("ablación por radiofrecuencia", [MEDIAL_BRANCH], "Spanish for radiofrequency ablation."),
    ("quemar el nervio", [MEDIAL_BRANCH], "Spanish for burn the nerve."),
]
