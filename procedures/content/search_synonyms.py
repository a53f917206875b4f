"""Words patients use, mapped to the procedure pages they mean.

Pure data for the loader: (phrase, [procedure slugs], note for staff). Site search puts
the listed procedures first when a search contains the phrase. Staff add and change
rows in the admin (Clinic content → Search synonyms).
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
]
