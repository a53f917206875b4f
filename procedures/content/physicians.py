"""Example attending radiologists.

These three doctors are FICTIONAL examples so the site can be built and tested.
Clinic staff must replace every entry with the real physicians, their real
training and their real office assignments before the site goes live.
"""

PHYSICIANS = [
    {
        "slug": "anna-reyes",
        "name": "Anna Reyes",
        "credentials": "MD",
        "specialty": "Diagnostic radiology, fellowship in neuroradiology",
        "bio": (
            "Dr. Reyes is a radiologist. That is a doctor who is an expert in "
            "medical images. After her training in radiology, she spent an "
            "extra year learning to read images of the brain, spine and nerves.\n"
            "\n"
            "She does image-guided spine injections for neck, back, arm and leg "
            "pain. She takes time to explain each step. She wants you to know "
            "what to expect before you say yes."
        ),
        "offices": ["central-west-end", "chesterfield"],
        "procedures": [
            "nerve-root-block",
            "epidural-steroid-injection",
            "facet-joint-injection",
            "medial-branch-block",
        ],
    },
    {
        "slug": "david-okafor",
        "name": "David Okafor",
        "credentials": "MD",
        "specialty": (
            "Diagnostic radiology, fellowship in musculoskeletal radiology"
        ),
        "bio": (
            "Dr. Okafor is a radiologist. He spent an extra year of training on "
            "images of bones, joints and muscles.\n"
            "\n"
            "He does joint injections in the hip, knee, ankle, elbow, shoulder "
            "and wrist. He also does facet joint injections and medial branch "
            "blocks for back and neck pain. He works closely with the doctors "
            "who send you to us, so your care fits together."
        ),
        "offices": ["central-west-end", "chesterfield"],
        "procedures": [
            "epidural-steroid-injection",
            "facet-joint-injection",
            "medial-branch-block",
            "joint-injection",
        ],
    },
    {
        "slug": "laura-whitfield",
        "name": "Laura Whitfield",
        "credentials": "MD",
        "specialty": "Diagnostic radiology, fellowship in pediatric radiology",
        "bio": (
            "Dr. Whitfield is a radiologist. She spent an extra year of training "
            "on imaging for babies, children and teens.\n"
            "\n"
            "She does spine and joint injections for adults. She also does joint "
            "injections for children. For young patients, she keeps the X-ray "
            "dose as low as she can. She likes to talk with parents and answer "
            "their questions."
        ),
        "offices": ["central-west-end"],
        "procedures": [
            "nerve-root-block",
            "epidural-steroid-injection",
            "joint-injection",
        ],
    },
]
