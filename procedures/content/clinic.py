"""Clinic-wide contact details and wording shown on every page.

Phone numbers use the fictional 555-01xx range in area code 314 and the email
domain uses the reserved ".example" ending. Staff must replace them with the
clinic's real details before the site goes live.
"""

CLINIC = {
    "name": "Gateway Spine & Joint Injection Center",
    "tagline": "Image-guided spine and joint pain injections in St. Louis",
    "main_phone": "(314) 555-0140",
    "after_hours_phone": "(314) 555-0141",
    "email": "care@gatewayinjection.example",
    "emergency_sentence": (
        "If you have a medical emergency, call 911 or go to the nearest "
        "emergency room."
    ),
}
