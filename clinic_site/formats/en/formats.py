"""English date formats for the site: months spelled out, as US patients read them."""

DATE_FORMAT = "F j, Y"
SHORT_DATE_FORMAT = "m/d/Y"
