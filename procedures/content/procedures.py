"""Patient pages for the five image-guided injection procedures.

Pure data for the loader. PROCEDURES is a list of dicts in page order. Text
fields are Markdown written in plain words (US grade 8 or below). Shared steps
and care cards come from small helper functions below, so the wording stays the
same across pages while each page can tweak what differs.

Facts follow /work/shared/content-brief.md. Where practice varies between
clinics, the text says "your care team will tell you".
"""

import textwrap


def _t(text):
    """Tidy a text block written with source indentation.

    Removes the indentation and joins soft-wrapped lines, so each paragraph and
    each "- " list item ends up on one line of Markdown.
    """
    blocks = []
    for block in textwrap.dedent(text).strip().split("\n\n"):
        lines = []
        for line in block.splitlines():
            if lines and not line.startswith(("- ", "#")) and not lines[-1].startswith("#"):
                lines[-1] += " " + line.strip()
            else:
                lines.append(line.strip())
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# ---------------------------------------------------------------------------
# Shared text blocks
# ---------------------------------------------------------------------------

_RADIOLOGIST = _t(
    """
    A radiologist does this procedure. This is a doctor who is an expert in
    medical images. The doctor uses fluoroscopy to guide the needle.
    Fluoroscopy is a live X-ray picture on a screen.
    """
)


def _how_done(position, target, medicine, extra_step=None, ending=None):
    """Build the "how it is done" steps shared by every procedure."""
    steps = [
        position,
        "Your skin is cleaned to help keep germs out.",
        "The doctor numbs your skin with a local anesthetic. This is a "
        "numbing medicine. You feel a quick sting, then pressure.",
        "Watching the live X-ray, the doctor guides a thin needle " + target,
    ]
    if extra_step:
        steps.append(extra_step)
    steps += [
        "A small amount of contrast goes in. Contrast is an X-ray dye. It "
        "shows that the needle is in the right place.",
        medicine,
        "The needle comes out. A small bandage goes on the spot.",
    ]
    text = _RADIOLOGIST + "\n\n" + "\n".join("- " + s for s in steps)
    if ending:
        text += "\n\n" + ending
    return text


_RISKS_INTRO = "Serious problems are not common. Possible risks include:"

_STEROID_SIDE_EFFECTS = _t(
    """
    - A red, warm face (flushing).
    - Trouble sleeping, or feeling restless.
    - Higher blood sugar and higher blood pressure.
    - Your body holding on to extra fluid.
    - Changes in your monthly period.
    """
)

_RADIATION = (
    "The X-ray dose is small. Tell the staff if you are pregnant or might be."
)


def _risks(numb_item, headache=True, extra_items=(), steroid_intro=None,
           ending=None):
    """Build the risks section from the shared list."""
    items = [
        "Soreness or a bruise where the needle went in.",
        numb_item,
    ]
    if headache:
        items.append(
            "A headache. Rarely, this comes from a tiny hole made in the sac "
            "of fluid around the spinal nerves. If it lasts, a treatment "
            "called a blood patch can help."
        )
    items += [
        "Infection.",
        "Bleeding.",
        "An allergic reaction to the X-ray dye or to a medicine.",
        "Injury to a nerve. This is rare.",
    ]
    items += list(extra_items)
    parts = [
        _RISKS_INTRO + "\n\n" + "\n".join("- " + i for i in items),
        (steroid_intro or "The steroid can cause side effects for a few days:")
        + "\n\n" + _STEROID_SIDE_EFFECTS,
        _RADIATION,
    ]
    if ending:
        parts.append(ending)
    return "\n\n".join(parts)


_RELIEF_VARIES = _t(
    """
    How much relief you get is different for each person. It depends on:

    - What is causing your pain.
    - Other health problems that add to the pain.
    - How active you are.
    - How your body responds to the steroid.
    """
)

_DURATION = _t(
    """
    The injection itself takes about 15 to 30 minutes. It can take up to an
    hour if the doctor treats more than one level of the spine.

    Plan to be at the office for 1 to 2 hours. This covers check-in, getting
    ready, the injection and a short rest after.
    """
)

_DURATION_JOINT = _t(
    """
    The injection itself takes about 15 to 30 minutes. Drawing out joint fluid
    can add a few minutes.

    Plan to be at the office for 1 to 2 hours. This covers check-in, getting
    ready, the injection and a short rest after.
    """
)


# ---------------------------------------------------------------------------
# Preparation steps: (timing, title, details)
# ---------------------------------------------------------------------------

def _preparation(driver_reason, diagnostic, steroid_maybe=False):
    """Build the ordered "before your visit" steps."""
    if steroid_maybe:
        sugar = (
            "If a steroid is used, it can raise your blood sugar for a few "
            "days, and sometimes for 1 to 2 weeks. Ask the doctor who manages "
            "your diabetes how to plan. Have enough test supplies at home to "
            "check more often."
        )
    else:
        sugar = (
            "The steroid can raise your blood sugar for a few days, and "
            "sometimes for 1 to 2 weeks. Ask the doctor who manages your "
            "diabetes how to plan. Have enough test supplies at home to check "
            "more often."
        )
    steps = [
        (
            "days_before",
            "Tell us about blood thinners",
            "Tell us days ahead if you take a blood thinner. Some examples are "
            "warfarin, clopidogrel, apixaban, rivaroxaban and aspirin. **Never "
            "stop one unless the doctor who prescribed it says it is OK.** We "
            "will tell you if you should stop it, for how many days, and when "
            "to start again.",
        ),
        ("days_before", "Plan ahead if you have diabetes", sugar),
        (
            "days_before",
            "Tell us about allergies",
            "Tell us if you ever had a reaction to X-ray dye (contrast), to "
            "numbing medicine or to latex. A shellfish allergy is not an "
            "allergy to X-ray dye. Still, tell us about all your allergies.",
        ),
        (
            "days_before",
            "Tell us about pregnancy or an infection",
            "Tell us if you are pregnant or might be. Also call if you have a "
            "fever or an infection, or if you take antibiotics. Your injection "
            "may need to wait until you are well.",
        ),
        (
            "days_before",
            "Arrange a driver",
            "An adult must drive you home. " + driver_reason
            + " If you get medicine to help you relax (sedation), do not "
            "drive for 24 hours.",
        ),
        (
            "day_before",
            "Pack what to bring",
            "Bring your photo ID and insurance card. Bring a list of all your "
            "medicines and allergies. If you had scans, like an MRI or CT, at "
            "another place, bring them or ask them to send them to us.",
        ),
        (
            "day_of",
            "Eat as your care team tells you",
            "Follow the eating rules your care team gives you. Often a light "
            "meal is fine if you will not get sedation. Keep taking your usual "
            "medicines unless you are told otherwise.",
        ),
        (
            "day_of",
            "Dress for comfort and arrive early",
            "Wear loose, comfortable clothes. Arrive 30 minutes early, or at "
            "the time your care team gives you. This gives you time to check "
            "in.",
        ),
    ]
    if diagnostic:
        steps.append(
            (
                "day_of",
                "Come with your usual pain",
                "This injection is also a test. Your doctor needs to see how "
                "much your usual pain changes. Ask your care team if you "
                "should skip any pain medicine that morning.",
            )
        )
    return steps


# ---------------------------------------------------------------------------
# Aftercare steps: (timing, title, details)
# ---------------------------------------------------------------------------

_AFTER_REST = (
    "right_after",
    "Rest for a short time",
    "You will rest at the office for a short time. Staff may ask you to do "
    "some moves that used to hurt. This shows how much your pain has changed.",
)

_AFTER_DRIVE = (
    "right_after",
    "Let someone else drive",
    "Do not drive for the rest of the day. Numbing medicine can slow how fast "
    "you brake, even if your leg feels normal. After sedation, do not drive "
    "for 24 hours.",
)

_AFTER_MOVE = (
    "first_24_hours",
    "Keep moving gently",
    "Walking is good. It helps ease stiffness. Do not lift anything heavy for "
    "24 hours, and skip hard exercise today. You can go back to your usual "
    "activities tomorrow, unless you are told otherwise.",
)

_AFTER_NO_EXTRA_PAIN_MEDICINE = (
    "first_24_hours",
    "Skip extra pain medicine today",
    "Keep taking your regular medicines unless you are told otherwise. But do "
    "not take extra pain medicine today, at least for the first 6 to 8 hours. "
    "That way, your relief shows what the injection did by itself.",
)

_AFTER_DIARY = (
    "first_24_hours",
    "Track your pain relief",
    "Write down your pain before the injection and every hour or so after. "
    "Note how much the pain eased and how long the relief lasted. This pain "
    "diary helps your doctor plan what comes next.",
)

_AFTER_ICE = (
    "first_24_hours",
    "Use ice for soreness",
    "The spot may feel sore for a couple of days. Put a wrapped ice pack on "
    "it for about 20 minutes, 3 or 4 times a day. Do not use heat pads or "
    "creams on the spot the first day.",
)

_AFTER_WATER = (
    "first_24_hours",
    "Shower, but do not soak",
    "You may take a shower. Do not take a bath, use a hot tub or swim for 24 "
    "to 48 hours. Your care team will tell you how long to wait.",
)

_AFTER_SUGAR = (
    "first_24_hours",
    "Check your blood sugar if you have diabetes",
    "The steroid can raise your blood sugar for a few days. Check it more "
    "often than usual. If it runs high, call the doctor who manages your "
    "diabetes.",
)

_AFTER_CALL = (
    "next_day",
    "Take our follow-up call",
    "We will call you the next day, or ask you to call us. We want to know how "
    "much relief you had and for how long. Have your pain diary with you.",
)


# ---------------------------------------------------------------------------
# Care cards: when to get help
# ---------------------------------------------------------------------------

def care_cards(site="where the needle went in", limbs="legs or arms",
               neck_note=True, spinal_headache=True,
               numb_sign="Numbness that has not gone away after about 8 hours.",
               extra_urgent=()):
    """Return the three care cards shared by all procedures.

    Every emergency sign from the brief is always included. Per-procedure
    tweaks change only the wording around the treated area.
    """
    stroke = (
        "Signs of a stroke (a drooping face, a weak arm or trouble speaking) "
        "or sudden loss of vision"
    )
    stroke += (", especially after a neck injection." if neck_note else ".")
    emergency = {
        "title": "Call 911 or go to the emergency room",
        "signs": [
            "New or worse weakness or numbness in your " + limbs + ".",
            "Numbness in your groin or inner thighs.",
            "Loss of control of your bladder or bowels, or you cannot pass urine.",
            "Fever or chills with bad back pain or a stiff neck.",
            stroke,
            "Trouble breathing.",
            "Swelling of your face or throat.",
            "Chest pain.",
        ],
        "advice": (
            "Call 911 or go to the nearest emergency room right away. Tell them "
            "which injection you had and when."
        ),
    }
    urgent_signs = [
        "Fever above 100.4 °F (38 °C), or chills.",
        "Redness, warmth, swelling or fluid draining " + site + ".",
        "Pain that is severe or gets worse fast.",
    ]
    urgent_signs += list(extra_urgent)
    if spinal_headache:
        urgent_signs.append(
            "A headache that gets worse when you sit or stand and gets "
            "better when you lie down."
        )
    urgent_signs.append(numb_sign)
    urgent_advice = (
        "Call the clinic now, or our after-hours line at night and on "
        "weekends."
    )
    if spinal_headache:
        urgent_advice += (
            " For a headache like this, lie flat, drink fluids and try some "
            "caffeine while you wait."
        )
    urgent = {
        "title": "Call the clinic right away",
        "signs": urgent_signs,
        "advice": urgent_advice,
    }
    office_hours = {
        "title": "Call the clinic during office hours",
        "signs": [
            "Soreness that lasts more than a few days.",
            "Blood sugar that stays higher than usual for more than a couple "
            "of days.",
            "Questions about your medicines or your next steps.",
        ],
        "advice": (
            "Call us during office hours. We are glad to help with any "
            "question."
        ),
    }
    return {
        "office_hours": office_hours,
        "urgent": urgent,
        "emergency": emergency,
    }


_FAQ_HURT = (
    "Will it hurt?",
    "You will feel a quick sting when the doctor numbs your skin. After that, "
    "most people feel pressure more than pain. Tell the doctor if something "
    "hurts. The staff will help you get as comfortable as you can.",
)

_FAQ_STEROID_KIND = (
    "Is this the same as a muscle-building steroid?",
    "No. We use a corticosteroid. It is a medicine that calms swelling and "
    "irritation. It is not the kind of steroid some people take to build "
    "muscle.",
)

_FAQ_EAT = (
    "Can I eat before the injection?",
    "Follow the rules your care team gives you. Often a light meal is fine if "
    "you will not get sedation. Sedation is medicine to help you relax. Keep "
    "taking your usual medicines, unless you are told otherwise.",
)


# ---------------------------------------------------------------------------
# The five procedures
# ---------------------------------------------------------------------------

PROCEDURES = [
    # -----------------------------------------------------------------------
    {
        "slug": "nerve-root-block",
        "name": "Nerve root block",
        "kind": "spine",
        "purpose": "both",
        "summary": (
            "Medicine placed next to one spinal nerve. It helps find which "
            "nerve causes pain that runs into an arm or leg, and can ease it."
        ),
        "what_it_is": _t(
            """
            A nerve root block is a shot of medicine next to one spinal nerve.
            The doctor places it where the nerve leaves the spine. This part of
            the nerve is called the nerve root. You may also hear the name
            selective nerve root block.

            The medicine is a numbing medicine. Often a steroid is added. A
            steroid calms swelling and irritation around the nerve.
            """
        ),
        "why_done": _t(
            """
            Your doctor may suggest this block if pain travels from your neck
            into an arm, or from your back into a leg. People often call this a
            pinched nerve. Pain down the leg is often called sciatica. The cause
            may be a bulging disc. Or the opening where the nerve leaves the
            spine may have become narrow.

            The block is mainly a test. It helps show which nerve is causing
            your pain:

            - If the numbing medicine eases your pain, that nerve is likely the
              source.
            - The steroid may also ease the pain for a longer time.

            Come with your usual pain present on the day. If you have no pain,
            the test is hard to read.
            """
        ),
        "how_done": _how_done(
            position="You lie on the table, most often face down.",
            target="to the nerve root, next to the nerve.",
            medicine=(
                "Then the doctor injects the medicine. This is numbing "
                "medicine, often with a steroid."
            ),
        ),
        "what_you_feel": _t(
            """
            The numbing shot stings for a few seconds. After that, you should
            feel pressure more than pain. Tell the doctor what you feel. Try to
            lie still.

            Afterward, your arm or leg may feel numb, heavy or weak for a few
            hours. This is normal. It is why someone must drive you home. Take
            care on stairs until the feeling comes back.
            """
        ),
        "risks": _risks(
            numb_item=(
                "Numbness or weakness in your arm or leg. This lasts a few "
                "hours."
            ),
        ),
        "results": _t(
            """
            If the numbing medicine reaches the nerve that causes your pain,
            the pain should ease within minutes. This relief lasts a few hours,
            until the numbing wears off. Write down how much your pain changed
            and how long the relief lasted. This tells your doctor if this nerve
            is the source.

            Your pain may then come back. It may even feel a bit worse for a day
            or two. The steroid usually starts to help in 2 to 7 days.
            Sometimes it takes up to 2 weeks.
            """
        ) + "\n\n" + _RELIEF_VARIES,
        "duration": _DURATION,
        "imaging_areas": ["spine", "neck", "legs"],
        "illustration": "nerve-root-block.png",
        "illustration_alt": (
            "Side view drawing of the lower spine, with three spine bones and "
            "two discs. A thin needle comes in from the back and points to a "
            "nerve root where it leaves the spine. Shaded medicine surrounds "
            "the nerve root."
        ),
        "reviewer": "anna-reyes",
        "last_reviewed": "2026-11-02",
        "next_review_due": "2027-11-02",
        "preparation": _preparation(
            driver_reason=(
                "Your arm or leg may feel numb or weak for a few hours."
            ),
            diagnostic=True,
        ),
        "aftercare": [
            _AFTER_REST,
            _AFTER_DRIVE,
            _AFTER_MOVE,
            _AFTER_NO_EXTRA_PAIN_MEDICINE,
            _AFTER_DIARY,
            _AFTER_ICE,
            _AFTER_WATER,
            _AFTER_SUGAR,
            _AFTER_CALL,
            (
                "following_weeks",
                "Plan your next step",
                "The steroid usually starts to help in 2 to 7 days. Your "
                "results help your doctor plan what comes next. This may be "
                "another injection, more tests or another kind of treatment.",
            ),
        ],
        "faqs": [
            _FAQ_HURT,
            (
                "Why should I come with my pain?",
                "This block is a test. Your doctor needs to see if your pain "
                "goes away when the nerve is numb. If you have no pain that "
                "day, there is nothing to measure. Ask your care team before "
                "you skip any pain medicine.",
            ),
            (
                "Why will my arm or leg feel numb?",
                "The numbing medicine works on the nerve that goes to your arm "
                "or leg. So the limb may feel numb, heavy or weak for a few "
                "hours. This is why you need a driver.",
            ),
            (
                "How soon will I feel better?",
                "The numbing medicine may ease your pain within minutes. It "
                "wears off in a few hours. The steroid usually starts to help "
                "in 2 to 7 days, and sometimes up to 2 weeks. In between, your "
                "pain may feel a bit worse for a day or two.",
            ),
            _FAQ_STEROID_KIND,
            _FAQ_EAT,
        ],
        "care_cards": care_cards(),
    },
    # -----------------------------------------------------------------------
    {
        "slug": "epidural-steroid-injection",
        "name": "Epidural steroid injection",
        "kind": "spine",
        "purpose": "therapeutic",
        "summary": (
            "Steroid and numbing medicine go into the space around the spinal "
            "nerves. It can ease back or neck pain that spreads to an arm or "
            "leg."
        ),
        "what_it_is": _t(
            """
            An epidural steroid injection puts medicine into the epidural
            space. This is a thin layer of fat around the sac that holds your
            spinal cord and nerves. The medicine is a steroid and a numbing
            medicine.

            There are three ways to reach this space. Your doctor picks the one
            that fits you best:

            - Between two bones of the spine. This is called interlaminar.
            - Beside the nerve, where it leaves the spine. This is called
              transforaminal.
            - Near the tailbone. This is called caudal.
            """
        ),
        "why_done": _t(
            """
            This injection treats back or neck pain that spreads into the arms
            or legs. Common causes are:

            - Sciatica. This is pain that runs down the leg.
            - A herniated disc. This is a disc that bulges out and presses on a
              nerve.
            - Spinal stenosis. This means the space for the nerves has become
              too narrow.

            The steroid calms swelling and irritation around the nerves. This
            can ease the pain.
            """
        ),
        "how_done": _how_done(
            position=(
                "You lie on the table, most often face down."
            ),
            target="into the epidural space.",
            medicine=(
                "Then the doctor injects the steroid and numbing medicine."
            ),
        ),
        "what_you_feel": _t(
            """
            The numbing shot stings for a few seconds. After that, you should
            feel pressure more than pain. Tell the doctor what you feel. Try to
            lie still.

            Your arms or legs may feel numb, heavy or weak for a few hours
            after. This is why someone must drive you home.
            """
        ),
        "risks": _risks(
            numb_item=(
                "Numbness or weakness in your arms or legs. This lasts a few "
                "hours."
            ),
            ending=_t(
                """
                **A warning from the FDA.** In 2014, the US Food and Drug
                Administration (FDA) gave a warning about these injections. In
                rare cases, they can cause serious problems. These include loss
                of vision, stroke, paralysis and death. Paralysis means you
                cannot move part of your body. The FDA also said that steroids
                are not FDA approved for this use.

                Your doctor will talk with you about these risks before you
                decide. Please ask any questions you have. You choose whether to
                go ahead.
                """
            ),
        ),
        "results": _t(
            """
            You may feel less pain within minutes, from the numbing medicine.
            This wears off in a few hours. Your pain may then come back. It may
            even feel a bit worse for a day or two. The steroid usually starts
            to help in 2 to 7 days. Sometimes it takes up to 2 weeks.

            Relief can last weeks to months.
            """
        ) + "\n\n" + _RELIEF_VARIES + "\n\n" + _t(
            """
            If the injection helps, it can be done again later. But there is a
            limit on how many you can have in a year. Your doctor decides. Often
            it is no more than 3 or 4 a year.
            """
        ),
        "duration": _DURATION,
        "imaging_areas": ["spine", "neck", "legs"],
        "illustration": "epidural-steroid-injection.png",
        "illustration_alt": (
            "Drawing of one spine bone seen from above, as if the body were cut "
            "across. The spinal sac with its nerves sits in the middle. A thin "
            "needle comes in from the back. Shaded medicine fills the epidural "
            "space behind the sac."
        ),
        "reviewer": "anna-reyes",
        "last_reviewed": "2026-11-02",
        "next_review_due": "2027-11-02",
        "preparation": _preparation(
            driver_reason=(
                "Your arms or legs may feel numb or weak for a few hours."
            ),
            diagnostic=False,
        ),
        "aftercare": [
            _AFTER_REST,
            _AFTER_DRIVE,
            _AFTER_MOVE,
            (
                "first_24_hours",
                "Ask before extra pain medicine",
                "Keep taking your regular medicines unless you are told "
                "otherwise. Your care team will tell you if you should skip "
                "extra pain medicine today. Write down how much relief you "
                "have and how long it lasts.",
            ),
            _AFTER_ICE,
            _AFTER_WATER,
            _AFTER_SUGAR,
            _AFTER_CALL,
            (
                "following_weeks",
                "Give the steroid time",
                "The steroid usually starts to help in 2 to 7 days, and "
                "sometimes up to 2 weeks. Tell your doctor how much it helped "
                "and for how long. This helps plan your next step. It may be "
                "another injection, more tests or another kind of treatment.",
            ),
        ],
        "faqs": [
            _FAQ_HURT,
            (
                "Is this injection safe?",
                "Serious problems are rare. But in 2014, the FDA warned that "
                "these injections can, in rare cases, cause vision loss, "
                "stroke, paralysis or death. Your doctor will go over the "
                "risks and your questions with you before you decide.",
            ),
            (
                "How soon will I feel better?",
                "The numbing medicine may ease your pain within minutes. It "
                "wears off in a few hours. The steroid usually starts to help "
                "in 2 to 7 days, and sometimes up to 2 weeks. Relief can last "
                "weeks to months.",
            ),
            (
                "How many injections can I have?",
                "There is a limit on how many you can have in a year. Your "
                "doctor decides. Often it is no more than 3 or 4 a year.",
            ),
            _FAQ_STEROID_KIND,
            _FAQ_EAT,
        ],
        "care_cards": care_cards(),
    },
    # -----------------------------------------------------------------------
    {
        "slug": "facet-joint-injection",
        "name": "Facet joint injection",
        "kind": "spine",
        "purpose": "both",
        "summary": (
            "Medicine goes into a small joint at the back of the spine. It can "
            "help find the cause of back or neck pain, and ease it."
        ),
        "what_it_is": _t(
            """
            Facet joints are small joints at the back of your spine. They sit
            in pairs between the bones of the spine, one on each side. A thin
            layer of cartilage, a smooth tissue, covers the joint surfaces.
            These joints guide and limit how your spine moves.

            In a facet joint injection, the doctor puts medicine right into one
            or more of these joints. The medicine is a numbing medicine, most
            often with a steroid.
            """
        ),
        "why_done": _t(
            """
            A facet joint can hurt when it is worn, injured or has arthritis.
            This pain is mostly in the back or neck:

            - Low back facet pain may spread to the buttock or thigh. It does
              not usually cause shooting pain below the knee.
            - Neck facet pain may spread to the shoulder. It can also cause
              headaches.

            Sometimes an MRI or CT scan does not show the cause of the pain.
            This injection can help show if a facet joint is the source. It can
            also ease the pain.

            Your doctor may suggest it when pain has lasted weeks to months.
            This is often more than 6 weeks to 3 months. It is for when other
            care, like rest, physical therapy or medicines, has not helped.
            Your doctor decides if it is right for you.

            Come with your usual pain present on the day. This helps show if
            the joint is the source.
            """
        ),
        "how_done": _how_done(
            position="You lie on the table, most often face down.",
            target="into the facet joint.",
            medicine=(
                "Then the doctor injects the medicine into the joint. This is "
                "numbing medicine, most often with a steroid."
            ),
            ending=(
                "If more than one joint is treated, the doctor repeats these "
                "steps for each one."
            ),
        ),
        "what_you_feel": _t(
            """
            The numbing shot stings for a few seconds. After that, you should
            feel pressure more than pain. Tell the doctor what you feel. Try to
            lie still.

            Your back or neck may feel numb or a bit sore for a few hours. Your
            pain may ease right away from the numbing medicine.
            """
        ),
        "risks": _risks(
            numb_item=(
                "Numbness or weakness for a few hours."
            ),
        ),
        "results": _t(
            """
            Your back or neck pain may ease right away, from the numbing
            medicine. This lasts a few hours. If the pain eases a lot, the
            joint is likely the source. Keep track of how much relief you get
            and how long it lasts.

            When the numbing wears off, the pain may come back. It may even feel
            a bit worse for a day or two. The steroid usually starts to help in
            2 to 7 days. Sometimes it takes up to 2 weeks.
            """
        ) + "\n\n" + _RELIEF_VARIES + "\n\n" + _t(
            """
            Your results guide the next step. If the injection helped, your
            doctor may suggest doing it again. A medial branch block may be
            next. If it did not help, more tests may look for the cause.
            """
        ),
        "duration": _DURATION,
        "imaging_areas": ["bone", "spine", "joints", "neck"],
        "illustration": "facet-joint-injection.png",
        "illustration_alt": (
            "Side view drawing of the lower spine. A thin needle comes in from "
            "the back and enters the small facet joint between two spine bones. "
            "Shaded medicine fills the joint."
        ),
        "reviewer": "david-okafor",
        "last_reviewed": "2026-11-05",
        "next_review_due": "2027-11-05",
        "preparation": _preparation(
            driver_reason=(
                "The numbing medicine can make it unsafe to drive the same "
                "day."
            ),
            diagnostic=True,
        ),
        "aftercare": [
            _AFTER_REST,
            _AFTER_DRIVE,
            _AFTER_MOVE,
            _AFTER_NO_EXTRA_PAIN_MEDICINE,
            _AFTER_DIARY,
            _AFTER_ICE,
            _AFTER_WATER,
            _AFTER_SUGAR,
            _AFTER_CALL,
            (
                "following_weeks",
                "Plan your next step",
                "The steroid usually starts to help in 2 to 7 days. If the "
                "injection helped, your doctor may suggest doing it again. A "
                "medial branch block may be next. If it did not help, you may "
                "need more tests or another kind of treatment.",
            ),
        ],
        "faqs": [
            _FAQ_HURT,
            (
                "What are facet joints?",
                "They are small joints at the back of your spine. There are two "
                "between each pair of spine bones, one on each side. They help "
                "your spine bend and twist, and stop it from moving too far.",
            ),
            (
                "Why should I come with my pain?",
                "The injection is also a test. Your doctor needs to see how "
                "much your pain changes when the joint is numb. If you have no "
                "pain that day, there is nothing to measure.",
            ),
            (
                "How soon will I feel better?",
                "The numbing medicine may ease your pain within minutes. It "
                "wears off in a few hours. The steroid usually starts to help "
                "in 2 to 7 days, and sometimes up to 2 weeks.",
            ),
            (
                "What if it does not help?",
                "That result is still useful. It tells your doctor the pain may "
                "come from somewhere else. Next steps may be more tests or "
                "another kind of treatment.",
            ),
            _FAQ_STEROID_KIND,
        ],
        "care_cards": care_cards(),
    },
    # -----------------------------------------------------------------------
    {
        "slug": "medial-branch-block",
        "name": "Medial branch block",
        "kind": "spine",
        "purpose": "diagnostic",
        "summary": (
            "A test that numbs the small nerves of the facet joints for a few "
            "hours. It shows if these joints cause your back or neck pain."
        ),
        "what_it_is": _t(
            """
            Facet joints are the small joints at the back of your spine. Small
            nerves carry pain signals from these joints. They are called medial
            branch nerves.

            In a medial branch block, the doctor puts numbing medicine next to
            these small nerves. For a few hours, the nerves stop sending pain
            signals.

            This block is a test. It is not meant to give long relief.
            """
        ),
        "why_done": _t(
            """
            The block shows whether your facet joints cause your back or neck
            pain. If your pain drops a lot while the numbing medicine works,
            these joints are likely the source.

            - Most clinics want to see at least half of the pain go away.
            - Many look for 80 percent or more.
            - Often the block is done twice, on two different days, to be sure.

            A good result can lead to a longer-lasting treatment. It is called
            radiofrequency ablation. It uses heat on the small nerves to block
            pain signals for months.

            Come with your usual pain present. If you have no pain that day,
            the test cannot be read.
            """
        ),
        "how_done": _how_done(
            position="You lie on the table, most often face down.",
            target="next to the small nerve.",
            medicine=(
                "Then the doctor injects a small amount of numbing medicine. "
                "Your care team will tell you if a steroid is also used."
            ),
            ending=(
                "If more than one nerve is treated, the steps are the same for "
                "each one."
            ),
        ),
        "what_you_feel": _t(
            """
            The numbing shot stings for a few seconds. After that, you should
            feel pressure more than pain. Tell the doctor what you feel. Try to
            lie still.

            Over the next few hours, your usual pain may ease a lot. Your back
            or neck may also feel numb.
            """
        ),
        "risks": _risks(
            numb_item="Numbness or weakness for a few hours.",
            steroid_intro=(
                "This block most often uses numbing medicine only. If a steroid "
                "is added, it can cause side effects for a few days:"
            ),
        ),
        "results": _t(
            """
            The numbing medicine works within minutes. It lasts a few hours.
            During this time, keep track of your pain. This pain diary is the
            whole point of the test. Do the things that most often cause your
            pain, with care. Then write down how much your pain changed and how
            long the change lasted.

            After the numbing wears off, your usual pain comes back. This is
            normal. It does not mean the test failed. The pain may even feel a
            bit worse for a day or two. If a steroid was added, it usually
            starts to help in 2 to 7 days.

            How much your pain changes depends on what causes it. Other health
            problems, how active you are and how your body responds to the
            medicine also play a part.

            Your doctor looks at your diary. If your pain dropped enough, you
            may have a second block on another day. Then you may be able to
            have radiofrequency ablation.
            """
        ),
        "duration": _DURATION,
        "imaging_areas": ["spine", "neck"],
        "illustration": "medial-branch-block.png",
        "illustration_alt": (
            "Side view drawing of the lower spine. A thin needle tip rests on "
            "the bone next to a small medial branch nerve, just below a facet "
            "joint. Shaded numbing medicine surrounds the nerve."
        ),
        "reviewer": "david-okafor",
        "last_reviewed": "2026-11-05",
        "next_review_due": "2027-11-05",
        "preparation": _preparation(
            driver_reason=(
                "The numbing medicine can make it unsafe to drive the same "
                "day."
            ),
            diagnostic=True,
            steroid_maybe=True,
        ),
        "aftercare": [
            _AFTER_REST,
            _AFTER_DRIVE,
            _AFTER_NO_EXTRA_PAIN_MEDICINE,
            (
                "first_24_hours",
                "Fill in your pain diary",
                "Write down your pain before the block and every hour or so "
                "for the next 6 to 8 hours. Note how much the pain eased and "
                "how long the relief lasted. This diary is the result of the "
                "test.",
            ),
            (
                "first_24_hours",
                "Keep moving gently",
                "Walking is good. Try moves that used to hurt, with care, to "
                "see how your pain has changed. Do not lift anything heavy for "
                "24 hours, and skip hard exercise today.",
            ),
            _AFTER_ICE,
            _AFTER_WATER,
            (
                "first_24_hours",
                "Check your blood sugar if you have diabetes",
                "If a steroid was used, it can raise your blood sugar for a "
                "few days. Check it more often than usual. If it runs high, "
                "call the doctor who manages your diabetes.",
            ),
            _AFTER_CALL,
            (
                "following_weeks",
                "Plan your next step",
                "Your doctor looks at your pain diary. If your pain dropped "
                "enough, a second block may come next. Then radiofrequency "
                "ablation may be an option. If not, you may need more tests or "
                "another kind of treatment.",
            ),
        ],
        "faqs": [
            _FAQ_HURT,
            (
                "Why did my pain come back after a few hours?",
                "That is expected. The numbing medicine only lasts a few hours. "
                "What matters is how much your pain eased while it worked. "
                "Your pain diary shows this.",
            ),
            (
                "Why do I need two blocks?",
                "Two blocks on different days give a surer answer. If both "
                "ease your pain a lot, the facet joints are very likely the "
                "source. Your doctor will tell you if you need a second one.",
            ),
            (
                "What is radiofrequency ablation?",
                "It is a treatment that uses heat on the small nerves of the "
                "facet joints. This blocks their pain signals. Relief can last "
                "for months. A good result from your blocks shows if it may "
                "help you.",
            ),
            (
                "Should I take my pain medicine that day?",
                "Keep taking your regular medicines unless you are told "
                "otherwise. But skip extra pain medicine for at least 6 to 8 "
                "hours after the block. Then your diary shows what the block "
                "did by itself.",
            ),
            _FAQ_EAT,
        ],
        "care_cards": care_cards(),
    },
    # -----------------------------------------------------------------------
    {
        "slug": "joint-injection",
        "name": "Joint injection",
        "kind": "joint",
        "purpose": "both",
        "summary": (
            "Medicine placed in the hip, knee, ankle, elbow, shoulder or wrist "
            "to ease pain. Joint fluid can also be drawn out and tested."
        ),
        "what_it_is": _t(
            """
            A joint injection puts medicine right into a painful joint. We do
            this for the hip, knee, ankle, elbow, shoulder and wrist. The
            medicine is a numbing medicine and a steroid.

            The doctor can also use the needle to draw out some fluid from the
            joint. This is called aspiration. The fluid goes to the lab. The lab
            looks for:

            - Infection.
            - Crystals, as in gout.
            - Inflammation. This means swelling and irritation.
            """
        ),
        "why_done": _t(
            """
            A joint injection can do two things:

            - Ease pain in the joint.
            - Show if the joint is the source of your pain. If the numbing
              medicine eases the pain, the joint is likely the cause.

            Testing the fluid helps find the cause of pain and swelling in a
            joint. If your doctor thinks the joint may be infected, no steroid
            is injected.

            Come with your usual pain present. This helps show if the joint is
            the source.
            """
        ),
        "how_done": _how_done(
            position=(
                "You lie on the table. Staff help you find a position that "
                "lets the doctor reach the joint."
            ),
            target="into the joint.",
            extra_step=(
                "If your doctor wants to test the joint fluid, some is drawn "
                "out and sent to the lab."
            ),
            medicine=(
                "Then the doctor injects the numbing medicine and steroid into "
                "the joint."
            ),
        ),
        "what_you_feel": _t(
            """
            The numbing shot stings for a few seconds. After that, you should
            feel pressure more than pain. Tell the doctor what you feel. Try to
            keep still.

            The joint may feel numb for a few hours. Pain and swelling may then
            flare up for a few hours to a couple of days. This is common. Rest
            the joint for 1 to 2 days.
            """
        ),
        "risks": _risks(
            numb_item=(
                "Numbness or weakness in the arm or leg of the treated joint "
                "for a few hours."
            ),
            headache=False,
            extra_items=(
                "A flare of pain and swelling in the joint for a few hours to "
                "a couple of days.",
            ),
        ),
        "results": _t(
            """
            Your joint pain may ease within minutes, from the numbing medicine.
            This lasts a few hours. If the pain eases a lot, the joint is likely
            the source. Write down how much relief you get and how long it
            lasts.

            When the numbing wears off, the pain may come back. It may even feel
            worse for a day or two. The steroid usually starts to help in 2 to 7
            days. Sometimes it takes up to 2 weeks.
            """
        ) + "\n\n" + _RELIEF_VARIES + "\n\n" + _t(
            """
            If fluid was sent to the lab, your care team will tell you how you
            get the results.

            Steroid shots into the same joint are most often not given more
            than every 6 weeks. Most people have no more than 3 or 4 a year in
            one joint. Your doctor decides.
            """
        ),
        "duration": _DURATION_JOINT,
        "imaging_areas": ["bone", "children", "joints", "legs"],
        "illustration": "joint-injection.png",
        "illustration_alt": (
            "Front view drawing of a knee, with the thigh bone, kneecap and "
            "shin bone. A thin needle comes in from the side into the joint "
            "space. Shaded medicine fills the joint. The same method is used "
            "for the hip, ankle, elbow, shoulder and wrist."
        ),
        "reviewer": "david-okafor",
        "last_reviewed": "2026-11-09",
        "next_review_due": "2027-11-09",
        "preparation": _preparation(
            driver_reason=(
                "Your arm or leg may feel numb or weak for a few hours."
            ),
            diagnostic=True,
        ),
        "aftercare": [
            _AFTER_REST,
            _AFTER_DRIVE,
            (
                "first_24_hours",
                "Rest the joint",
                "Rest the joint for 1 to 2 days. Gentle movement is good, and "
                "short walks help with stiffness. Do not lift anything heavy "
                "for 24 hours, and skip hard exercise today.",
            ),
            (
                "first_24_hours",
                "Be careful with extra pain medicine",
                "Keep taking your regular medicines unless you are told "
                "otherwise. If the injection is also a test, skip extra pain "
                "medicine for the first 6 to 8 hours. If the joint flares "
                "later, ask your care team what you can take.",
            ),
            _AFTER_DIARY,
            (
                "first_24_hours",
                "Use ice for soreness or a flare",
                "The joint may be sore or swollen for a couple of days. Put a "
                "wrapped ice pack on it for about 20 minutes, 3 or 4 times a "
                "day. Do not use heat pads or creams on the spot the first "
                "day.",
            ),
            _AFTER_WATER,
            _AFTER_SUGAR,
            _AFTER_CALL,
            (
                "following_weeks",
                "Plan your next step",
                "The steroid usually starts to help in 2 to 7 days. If fluid "
                "went to the lab, your care team will share the results. Your "
                "doctor may suggest another injection later, more tests or "
                "another kind of treatment.",
            ),
        ],
        "faqs": [
            _FAQ_HURT,
            (
                "Which joints can you treat?",
                "We treat the hip, knee, ankle, elbow, shoulder and wrist. Live "
                "X-ray helps the doctor make sure the needle is inside the "
                "joint.",
            ),
            (
                "Why would you take fluid out of my joint?",
                "The lab can check the fluid for infection, crystals (as in "
                "gout) or swelling. This helps find the cause of your pain. If "
                "an infection is likely, no steroid goes into the joint.",
            ),
            (
                "Why does my joint hurt more after the shot?",
                "Pain and swelling can flare for a few hours to a couple of "
                "days. Rest the joint and use a wrapped ice pack. Call us if "
                "the pain is severe, or if you have a fever.",
            ),
            (
                "How often can I have this?",
                "Steroid shots into one joint are most often not repeated more "
                "than every 6 weeks. Most people have no more than 3 or 4 a "
                "year in the same joint. Your doctor decides.",
            ),
            _FAQ_STEROID_KIND,
        ],
        "care_cards": care_cards(
            neck_note=False,
            spinal_headache=False,
            numb_sign=(
                "Numbness in the arm or leg of the treated joint that has not "
                "gone away after about 8 hours."
            ),
        ),
    },
]
