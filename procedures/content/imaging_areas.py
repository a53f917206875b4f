"""Imaging areas: the parts of the body the clinic images and treats.

Order matters (bone, children, spine, joints, neck, legs). Each area lists the
procedure slugs from procedures.py that are used there.
"""

IMAGING_AREAS = [
    {
        "slug": "bone",
        "name": "Bone",
        "summary": "Live X-ray shows your bones clearly, so the doctor can guide the needle to the right spot.",
        "description": (
            "Bones show up clearly on X-ray. During an injection, the doctor "
            "watches a live X-ray picture on a screen. This is called "
            "fluoroscopy. The bones act like a map. They help the doctor guide "
            "a thin needle to the right place.\n"
            "\n"
            "We use this to reach joints, where two bones meet. This includes "
            "the small facet joints between the bones of the spine. It also "
            "includes large joints like the hip, knee and shoulder."
        ),
        "procedures": ["facet-joint-injection", "joint-injection"],
    },
    {
        "slug": "children",
        "name": "Children",
        "kind": "patient_group",  # who is treated, not where: never a body location
        "summary": "We treat children with extra care and keep the X-ray dose low. A parent can usually stay close by.",
        "description": (
            "Some children need a joint injection. Others need joint fluid "
            "drawn out and tested, for example to look for an infection. We "
            "take extra care with young patients. We keep the X-ray dose as "
            "low as we can.\n"
            "\n"
            "A parent or guardian can usually stay with the child. We explain "
            "each step in words a child can follow. Your care team will tell "
            "you how to get your child ready. They will also tell you what you "
            "can do to help on the day."
        ),
        "procedures": ["joint-injection"],
    },
    {
        "slug": "spine",
        "name": "Spine",
        "summary": "Injections near the nerves and small joints of the spine can help find and ease back pain and pain that spreads.",
        "description": (
            "Your spine is a stack of bones with a soft disc between each one. "
            "Nerves leave the spine through small openings on each side. Small "
            "joints at the back, called facet joints, help the spine move.\n"
            "\n"
            "Pain can come from a pressed nerve, a worn joint or swelling. We "
            "place medicine near the part that may be causing your pain. Live "
            "X-ray guides the needle. Some of these injections are tests. They "
            "help your doctor find the source of your pain. Others aim to ease "
            "the pain for weeks or months."
        ),
        "procedures": [
            "nerve-root-block",
            "epidural-steroid-injection",
            "facet-joint-injection",
            "medial-branch-block",
        ],
    },
    {
        "slug": "joints",
        "name": "Joints",
        "summary": "We inject the hip, knee, ankle, elbow, shoulder and wrist, and can test joint fluid in the lab.",
        "description": (
            "We treat pain in the hip, knee, ankle, elbow, shoulder and wrist. "
            "Live X-ray helps the doctor place the needle inside the joint. "
            "Then numbing medicine and a steroid can go in. This can ease pain. "
            "It can also show if the joint is the true source of the pain.\n"
            "\n"
            "The doctor can also draw out some joint fluid. The lab checks it "
            "for infection, crystals (as in gout) or swelling. We also treat the "
            "small facet joints in the spine."
        ),
        "procedures": ["joint-injection", "facet-joint-injection"],
    },
    {
        "slug": "neck",
        "name": "Neck",
        "summary": "Neck injections can help with neck pain, headaches from the neck, and pain that runs into the shoulder or arm.",
        "description": (
            "The top part of your spine is in your neck. Problems here can "
            "cause neck pain. Pain can also spread to the shoulder or down the "
            "arm. Some neck joint problems cause headaches.\n"
            "\n"
            "We can place medicine near a nerve, into the space around the "
            "nerves, or into the small joints of the neck. Your doctor will "
            "tell you which injection fits your pain."
        ),
        "procedures": [
            "nerve-root-block",
            "epidural-steroid-injection",
            "facet-joint-injection",
            "medial-branch-block",
        ],
    },
    {
        "slug": "legs",
        "name": "Legs",
        "summary": "Leg pain can start in the lower back or in a joint such as the hip, knee or ankle, and we treat both.",
        "description": (
            "Pain that runs down your leg often starts in your lower back. A "
            "nerve may be pressed where it leaves the spine. This is often "
            "called sciatica. An injection near that nerve can help find and "
            "ease the pain.\n"
            "\n"
            "Leg pain can also come from the hip, knee or ankle joint. We can "
            "inject medicine into these joints. We can also draw out joint "
            "fluid to be tested."
        ),
        "procedures": [
            "nerve-root-block",
            "epidural-steroid-injection",
            "joint-injection",
        ],
    },
]
