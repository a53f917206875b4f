"""General patient guides: getting ready for an injection and aftercare.

Pure data for the loader. Bodies are Markdown with "### " subheadings, written
in plain words (US grade 8 or below). Facts follow
/work/shared/content-brief.md; each procedure page has its own steps too.
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


GUIDES = {
    "preparing": {
        "title": "Typical preparations",
        "intro": _t(
            """
            Most people need only a few simple steps to get ready for a spine
            or joint injection. This page covers the usual steps. Your care team
            may give you other rules for your own visit. If they do, follow
            theirs.
            """
        ),
        "body": _t(
            """
            ### Arrange a driver

            An adult must drive you home. Your arm or leg may feel numb or weak
            for a few hours. Numbing medicine can also slow how fast you brake.
            If you get medicine to help you relax (sedation), do not drive for
            24 hours.

            ### What to bring

            - Your photo ID and insurance card.
            - A list of all your medicines.
            - A list of your allergies.
            - Any scans you had at another place, like an MRI or CT. You can
              also ask that place to send them to us.

            ### Blood thinners

            Tell us days ahead if you take a blood thinner. Some examples are
            warfarin, clopidogrel, apixaban, rivaroxaban and aspirin.

            **Never stop a blood thinner unless the doctor who prescribed it
            says it is OK.** We will tell you if you should stop it, for how
            many days, and when to start again.

            ### Diabetes

            Most injections use a steroid. A steroid can raise your blood sugar.
            The rise is most often in the first 1 to 3 days. Sometimes it lasts
            1 to 2 weeks. Ask the doctor who manages your diabetes how to plan.
            Check your blood sugar more often after the injection. Call that
            doctor if it runs high.

            ### Allergies

            We use a small amount of X-ray dye, called contrast. Tell us if you
            ever had a reaction to X-ray dye, to iodine, to numbing medicine or
            to latex. A shellfish allergy is not an allergy to X-ray dye. Still,
            tell us about all your allergies.

            ### Pregnancy

            The injection uses a small dose of X-rays. Tell us if you are
            pregnant or might be.

            ### Fever or infection

            Call us if you have a fever or an infection, or if you take
            antibiotics. Your injection may need to wait until you are well.

            ### Eating and drinking

            Follow the eating rules your care team gives you. Often a light
            meal is fine if you will not get sedation. Keep taking your usual
            medicines unless you are told otherwise.

            ### Clothes

            Wear loose, comfortable clothes that are easy to move in.

            ### Arriving

            Arrive 30 minutes early, or at the time your care team gives you.
            This gives you time to check in.

            ### If your injection is a test

            Some injections help find the source of your pain. For these, come
            with your usual pain present. If you have no pain that day, the test
            is hard to read. Ask your care team if you should skip any pain
            medicine that morning.
            """
        ),
        "reviewer": "laura-whitfield",
        "last_reviewed": "2026-11-12",
        "next_review_due": "2027-11-12",
    },
    "aftercare": {
        "title": "After your procedure",
        "intro": _t(
            """
            Most people go home soon after their injection. This page explains
            how to care for yourself in the next few days. It also tells you
            when to call us. Your care team may give you other steps. If they
            do, follow theirs.
            """
        ),
        "body": _t(
            """
            ### Right after

            You will rest at the office for a short time. Staff may ask you to
            do some moves that used to hurt. This shows how much your pain has
            changed.

            Do not drive for the rest of the day. Numbing medicine can slow how
            fast you brake, even if your leg feels normal. After sedation, do
            not drive for 24 hours.

            ### The first day

            - Keep moving gently. Walking is good and helps ease stiffness.
            - Do not lift anything heavy for 24 hours.
            - Skip hard exercise today. You can go back to your usual
              activities tomorrow, unless you are told otherwise.
            - After a joint injection, rest the joint for 1 to 2 days.

            ### Pain medicine and your pain diary

            Keep taking your regular medicines unless you are told otherwise.
            Some injections are tests. After those, do not take extra pain
            medicine for at least the first 6 to 8 hours. That way, your relief
            shows what the injection did by itself.

            Write down your pain before the injection and every hour or so
            after. Note how much it eased and how long the relief lasted.

            ### Soreness

            The spot may be sore for a couple of days. Put a wrapped ice pack
            on it for about 20 minutes, 3 or 4 times a day. Do not use heat
            pads or creams on the spot the first day.

            ### Bathing

            You may take a shower. Do not take a bath, use a hot tub or swim for
            24 to 48 hours. Your care team will tell you how long to wait.

            ### When the medicine works

            The numbing medicine works within minutes. It wears off in a few
            hours. Then your pain may come back. It may even feel a bit worse
            for a day or two. The steroid most often starts to help in 2 to 7
            days. Sometimes it takes up to 2 weeks.

            How much relief you get is different for each person. It depends on
            what causes your pain and on other health problems. How active you
            are and how your body responds to the steroid also matter.

            ### Diabetes

            The steroid can raise your blood sugar for a few days. Check it more
            often than usual. If it runs high, call the doctor who manages your
            diabetes.

            ### Our follow-up call

            We will call you the next day, or ask you to call us. We want to
            know how much relief you had and for how long. This helps your
            doctor plan the next step. It may be another injection, a medial
            branch block, radiofrequency ablation, more tests or another kind of
            treatment.

            ### When to get help

            **Call 911 or go to the emergency room** if you have:

            - New or worse weakness or numbness in your legs or arms.
            - Numbness in your groin or inner thighs.
            - Loss of control of your bladder or bowels, or you cannot pass
              urine.
            - Fever or chills with bad back pain or a stiff neck.
            - Signs of a stroke, like a drooping face, a weak arm or trouble
              speaking.
            - Sudden loss of vision, especially after a neck injection.
            - Trouble breathing.
            - Swelling of your face or throat.
            - Chest pain.

            **Call the clinic right away** if you have any of these. At night or
            on weekends, call our after-hours line.

            - Fever above 100.4 °F (38 °C), or chills.
            - Redness, warmth, swelling or fluid draining where the needle went
              in.
            - Pain that is severe or gets worse fast.
            - A headache that gets worse when you sit or stand and gets better
              when you lie down. Lie flat and drink fluids while you wait.
              Caffeine may help. If it lasts, a treatment called a blood patch
              can help.
            - Numbness that has not gone away after about 8 hours.

            **Call the clinic during office hours** if you have:

            - Soreness that lasts more than a few days.
            - Blood sugar that stays higher than usual for more than a couple of
              days.
            - Questions about your medicines or your next steps.
            """
        ),
        "reviewer": "laura-whitfield",
        "last_reviewed": "2026-11-12",
        "next_review_due": "2027-11-12",
    },
}
