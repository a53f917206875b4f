from procedures.models import ClinicSettings


def clinic(request):
    """The clinic's name and phone lines for every page's header and footer."""
    return {"clinic": ClinicSettings.load()}
