"""schema.org structured data (JSON-LD) for search engines, built from the models.

Every function returns plain dicts; the `json_ld` template tag (clinic_tags) turns
them into a `<script type="application/ld+json">` block with json_script's escaping.
Absolute URLs come from the request, so they match the address the page was served at.
"""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from procedures.models import OpeningHours
from procedures.search import markdown_to_plain

CONTEXT = "https://schema.org"
SCHEMA = "https://schema.org/"
PERCUTANEOUS = SCHEMA + "PercutaneousProcedure"
RADIOLOGY = SCHEMA + "Radiography"
PATIENT_AUDIENCE = SCHEMA + "Patient"
# schema.org's day names are fixed English words (https://schema.org/Monday), whatever
# the page's language: built from the enum names, never from the translated labels.
DAY_NAMES = {day: SCHEMA + day.name.capitalize() for day in OpeningHours.Weekday}


def _with_optional(data, **values):
    """`data` plus each of `values` that is not empty (schema.org wants no empty strings)."""
    data.update({key: value for key, value in values.items() if value})
    return data


def _plain(markdown_text):
    return " ".join(markdown_to_plain(markdown_text))


def _steps_text(steps):
    return " ".join(
        f"{step.title.rstrip('.')}." + (f" {_plain(step.details)}" if step.details else "") for step in steps
    )


def _physician_reference(*, request, physician):
    reference = {"@type": "Physician", "name": physician.display_name}
    if physician.is_published:  # an unpublished physician's page is a 404: no url then
        reference["url"] = request.build_absolute_uri(physician.get_absolute_url())
    return reference


def _procedure_reference(*, request, procedure):
    return {"@type": "MedicalProcedure", "name": procedure.name, "url": request.build_absolute_uri(procedure.get_absolute_url())}


def breadcrumb_list(*, request, trail):
    """BreadcrumbList for `trail`: [(name, path or None)], Home first, the page last."""
    items = []
    for position, (name, path) in enumerate(trail, start=1):
        item = {"@type": "ListItem", "position": position, "name": str(name)}
        item["item"] = request.build_absolute_uri(path if path else request.path)
        items.append(item)
    return {"@context": CONTEXT, "@type": "BreadcrumbList", "itemListElement": items}


def medical_procedure(*, request, procedure):
    """MedicalProcedure for a procedure page (steps and areas prefetched by the view)."""
    # Body parts only: an area such as "Children" says who is treated, not where.
    areas = [area.name for area in procedure.imaging_areas.all() if area.kind == area.Kind.BODY_PART]
    return {
        "@type": "MedicalProcedure",
        "name": procedure.name,
        "url": request.build_absolute_uri(procedure.get_absolute_url()),
        "description": procedure.summary,
        "procedureType": PERCUTANEOUS,
        "bodyLocation": ", ".join(areas) if areas else procedure.get_kind_display(),
        "howPerformed": _plain(procedure.how_done),
        "preparation": _steps_text(procedure.preparation_steps.all()),
        "followup": _steps_text(procedure.aftercare_steps.all()),
    }


def _reviewed_page(*, request, page_title, description, reviewed, updated_at):
    return {
        "@context": CONTEXT,
        "@type": "MedicalWebPage",
        "name": page_title,
        "url": request.build_absolute_uri(request.path),
        "description": description,
        "inLanguage": get_language() or "en",
        "lastReviewed": reviewed.last_reviewed.isoformat(),
        "reviewedBy": _physician_reference(request=request, physician=reviewed.reviewed_by),
        "audience": PATIENT_AUDIENCE,
        "dateModified": updated_at.isoformat(),
    }


def medical_web_page(*, request, procedure):
    """MedicalWebPage for a procedure page, with the procedure as its main entity."""
    page = _reviewed_page(
        request=request,
        page_title=procedure.name,
        description=procedure.summary,
        reviewed=procedure,
        updated_at=procedure.updated_at,
    )
    page["mainEntity"] = medical_procedure(request=request, procedure=procedure)
    return page


def guide_web_page(*, request, guide):
    """MedicalWebPage for a general guide (typical preparations, aftercare)."""
    return _reviewed_page(
        request=request, page_title=guide.title, description=guide.intro, reviewed=guide, updated_at=guide.updated_at
    )


def _postal_address(office):
    return {
        "@type": "PostalAddress",
        "streetAddress": office.street,
        "addressLocality": office.city,
        "addressRegion": office.state,
        "postalCode": office.postal_code,
        "addressCountry": "US",
    }


def medical_clinic(*, request, office):
    """MedicalClinic for an office page (hours and procedures prefetched by the view)."""
    data = {
        "@context": CONTEXT,
        "@type": "MedicalClinic",
        "name": office.name,
        "url": request.build_absolute_uri(office.get_absolute_url()),
        "telephone": office.phone,
        "address": _postal_address(office),
        "medicalSpecialty": RADIOLOGY,
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": DAY_NAMES[row.weekday],
                "opens": row.opens.strftime("%H:%M"),
                "closes": row.closes.strftime("%H:%M"),
            }
            for row in office.opening_hours.all()
        ],
        "availableService": [
            _procedure_reference(request=request, procedure=procedure) for procedure in office.procedures.all()
        ],
    }
    return _with_optional(data, faxNumber=office.fax, email=office.email)


def physician(*, request, physician):
    """Physician for a physician page (offices and procedures prefetched by the view)."""
    data = {
        "@context": CONTEXT,
        **_physician_reference(request=request, physician=physician),
        "description": physician.specialty,
        "medicalSpecialty": RADIOLOGY,
        "availableService": [
            _procedure_reference(request=request, procedure=procedure) for procedure in physician.procedures.all()
        ],
        "location": [
            {
                "@type": "MedicalClinic",
                "name": office.name,
                "url": request.build_absolute_uri(office.get_absolute_url()),
                "address": _postal_address(office),
            }
            for office in physician.offices.all()
        ],
    }
    return _with_optional(data, image=request.build_absolute_uri(physician.photo.url) if physician.photo else "")


def medical_organization(*, request, clinic, home_path):
    """The clinic as a whole, for the home page."""
    data = {
        "@context": CONTEXT,
        "@type": "MedicalOrganization",
        "name": clinic.name,
        "url": request.build_absolute_uri(home_path),
        "medicalSpecialty": RADIOLOGY,
    }
    return _with_optional(data, telephone=clinic.main_phone, email=clinic.email)


def glossary_term_set(*, request, terms):
    """DefinedTermSet for the glossary page."""
    url = request.build_absolute_uri(request.path)
    return {
        "@context": CONTEXT,
        "@type": "DefinedTermSet",
        "name": _("Glossary"),
        "url": url,
        "hasDefinedTerm": [
            {"@type": "DefinedTerm", "name": term.term, "description": term.definition, "url": f"{url}#{term.slug}"}
            for term in terms
        ],
    }
