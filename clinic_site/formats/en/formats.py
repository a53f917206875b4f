"""English date formats for the site: months spelled out, as US patients read them."""

DATE_FORMAT = "F j, Y"
# Numbers only, as US patients write a date by hand (printed sheets, date of birth).
SHORT_DATE_FORMAT = "n/j/Y"
