"""Plain-language meanings of the medical words the pages use.

Pure data for the loader: each entry has the word, its slug (the link target on the
glossary page), other forms the pages write (plurals, other names) and a definition in
plain words (US grade 8 or below). Facts follow /work/shared/content-brief.md.
"""

GLOSSARY = [
    {
        "term": "aspiration",
        "slug": "aspiration",
        "other_forms": [],
        "definition": (
            "Using a thin needle to draw fluid out of a joint. The fluid can go to the lab. "
            "The lab looks for infection, crystals (as in gout) or swelling."
        ),
    },
    {
        "term": "blood patch",
        "slug": "blood-patch",
        "other_forms": [],
        "definition": (
            "A treatment for a headache that gets worse when you sit or stand after a spine "
            "shot. A small amount of your own blood is placed near the spine. It seals a "
            "tiny leak of spinal fluid."
        ),
    },
    {
        "term": "blood thinner",
        "slug": "blood-thinner",
        "other_forms": ["blood thinners"],
        "definition": (
            "A medicine that makes your blood clot more slowly. Aspirin and warfarin are two "
            "of them. Never stop one without asking the doctor who gave it to you."
        ),
    },
    {
        "term": "cartilage",
        "slug": "cartilage",
        "other_forms": [],
        "definition": (
            "Smooth, tough tissue that covers the ends of bones in a joint. It helps the "
            "joint move easily."
        ),
    },
    {
        "term": "contrast",
        "slug": "contrast",
        "other_forms": ["X-ray dye", "contrast dye"],
        "definition": (
            "A dye that shows up on X-ray. A small amount shows the doctor that the needle "
            "is in the right place. Tell staff if you ever had a reaction to it."
        ),
    },
    {
        "term": "disc",
        "slug": "disc",
        "other_forms": ["discs", "disk", "disks"],
        "definition": (
            "A soft, round cushion between two bones of the spine. A disc that bulges out "
            "(a herniated disc) can press on a nerve."
        ),
    },
    {
        "term": "epidural space",
        "slug": "epidural-space",
        "other_forms": [],
        "definition": (
            "A thin layer of fat around the sac that holds the spinal cord and nerves. An "
            "epidural steroid injection puts medicine here."
        ),
    },
    {
        "term": "facet joint",
        "slug": "facet-joint",
        "other_forms": ["facet joints"],
        "definition": (
            "Small joints in pairs at the back of the spine, between the spine bones. They "
            "guide and limit how your back and neck move. Arthritis in them can cause pain."
        ),
    },
    {
        "term": "fluoroscopy",
        "slug": "fluoroscopy",
        "other_forms": ["live X-ray"],
        "definition": (
            "A live X-ray picture on a screen. The doctor watches it to guide the needle "
            "to the right spot. The X-ray dose is small."
        ),
    },
    {
        "term": "inflammation",
        "slug": "inflammation",
        "other_forms": [],
        "definition": (
            "The body's reaction to injury or irritation. It can cause swelling, warmth and "
            "pain. A steroid calms it."
        ),
    },
    {
        "term": "local anesthetic",
        "slug": "local-anesthetic",
        "other_forms": ["local anaesthetic", "numbing medicine"],
        "definition": (
            "A numbing medicine. It works within minutes and wears off in a few hours. It "
            "numbs the skin before the needle, and it can also numb the spot that hurts."
        ),
    },
    {
        "term": "medial branch nerve",
        "slug": "medial-branch-nerve",
        "other_forms": ["medial branch nerves"],
        "definition": (
            "A small nerve that carries pain signals from a facet joint. Each facet joint "
            "has two of them."
        ),
    },
    {
        "term": "nerve root",
        "slug": "nerve-root",
        "other_forms": ["nerve roots"],
        "definition": (
            "The part of a spinal nerve where it leaves the spine. From there the nerve "
            "runs to an arm or a leg."
        ),
    },
    {
        "term": "radiofrequency ablation",
        "slug": "radiofrequency-ablation",
        "other_forms": [],
        "definition": (
            "A treatment that uses heat to stop a small nerve from sending pain signals. "
            "Relief can last for months. A medial branch block tests first if it may help."
        ),
    },
    {
        "term": "radiologist",
        "slug": "radiologist",
        "other_forms": ["radiologists"],
        "definition": (
            "A doctor who is an expert in medical pictures, like X-rays and MRI scans. Our "
            "doctors use a live X-ray to guide each shot."
        ),
    },
    {
        "term": "sciatica",
        "slug": "sciatica",
        "other_forms": [],
        "definition": (
            "Pain that runs from the lower back down the leg. It often comes from a nerve "
            "that is pressed or irritated, for example by a bulging disc."
        ),
    },
    {
        "term": "sedation",
        "slug": "sedation",
        "other_forms": [],
        "definition": (
            "Medicine that helps you relax during a procedure. If you get it, you must not "
            "drive for 24 hours."
        ),
    },
    {
        "term": "spinal stenosis",
        "slug": "spinal-stenosis",
        "other_forms": [],
        "definition": (
            "A narrowing of the space for the spinal cord and nerves. It can cause pain, "
            "numbness or weakness in the back, legs or arms."
        ),
    },
    {
        "term": "steroid",
        "slug": "steroid",
        "other_forms": ["steroids", "corticosteroid", "corticosteroids", "cortisone"],
        "definition": (
            "A medicine that calms swelling and irritation. It is also called a "
            "corticosteroid. It usually starts to help in 2 to 7 days. It is not the same "
            "as the steroids some people use to build muscle."
        ),
    },
    {
        "term": "vertebra",
        "slug": "vertebra",
        "other_forms": ["vertebrae", "spine bone", "spine bones"],
        "definition": (
            "One of the bones that stack up to form your spine. The plural is vertebrae."
        ),
    },
]
