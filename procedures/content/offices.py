"""Example offices where the injections are done.

Street numbers, phone numbers and emails are FICTIONAL examples. Clinic staff
must replace them with the real office details before the site goes live.
Hours are (weekday, opens, closes) with weekday 0 = Monday ... 6 = Sunday.
"""

OFFICES = [
    {
        "slug": "central-west-end",
        "name": "Central West End office",
        "street": "4321 Forest Park Avenue, Suite 200",
        "city": "St. Louis",
        "state": "MO",
        "postal_code": "63108",
        "phone": "(314) 555-0142",
        "fax": "(314) 555-0143",
        "email": "cwe@gatewayinjection.example",
        "directions": (
            "**Parking:** Park in the garage next to the building. Bring your "
            "parking ticket to the front desk. We will stamp it so you can park "
            "for free.\n"
            "\n"
            "**Entrance:** Use the main door on Forest Park Avenue. Take the "
            "elevator to the second floor. Our office is Suite 200, to the left "
            "of the elevator.\n"
            "\n"
            "**Access:** The garage has accessible spaces on the first level, "
            "near the elevator. There are no steps from the garage to our door. "
            "If you need a wheelchair, tell us when you book. We will have one "
            "ready for you."
        ),
        "procedures": [
            "nerve-root-block",
            "epidural-steroid-injection",
            "facet-joint-injection",
            "medial-branch-block",
            "joint-injection",
        ],
        "hours": [
            (0, "08:00", "16:30"),
            (1, "08:00", "16:30"),
            (2, "08:00", "16:30"),
            (3, "08:00", "16:30"),
            (4, "08:00", "16:30"),
        ],
    },
    {
        "slug": "chesterfield",
        "name": "Chesterfield office",
        "street": "1450 Clarkson Road, Suite 110",
        "city": "Chesterfield",
        "state": "MO",
        "postal_code": "63017",
        "phone": "(314) 555-0144",
        "fax": "(314) 555-0145",
        "email": "chesterfield@gatewayinjection.example",
        "directions": (
            "**Parking:** There is a free lot in front of the building. The "
            "spaces closest to the door are for patients.\n"
            "\n"
            "**Entrance:** Come in through the front door. Our office is on the "
            "first floor, Suite 110, on the right. You do not need the "
            "elevator.\n"
            "\n"
            "**Access:** Accessible parking spaces are right by the front door. "
            "A ramp leads to the door, and the door opens with a push button. "
            "If you need a wheelchair, tell us when you book."
        ),
        "procedures": [
            "epidural-steroid-injection",
            "facet-joint-injection",
            "medial-branch-block",
            "joint-injection",
        ],
        "hours": [
            (1, "08:00", "16:30"),
            (3, "08:00", "16:30"),
            (4, "08:00", "12:00"),
        ],
    },
]
