"""What search engines and link previews read on the patient pages: the breadcrumb trail
(shown and as JSON-LD, from one source), the hreflang links, and a pain diary's private
link kept out of the <head>."""

import html
import json
import re

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import MessageFactory, ProcedureFactory, make_pain_diary

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "es"]


def url_in(code, name, **kwargs):
    with translation.override(code):
        return reverse(name, kwargs=kwargs or None)


def head_of(page):
    return page.split("</head>", 1)[0]


def json_ld_blocks(page):
    return [json.loads(text) for text in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)]


def json_ld_trail(page):
    (crumbs,) = [block for block in json_ld_blocks(page) if block["@type"] == "BreadcrumbList"]
    return [(item["name"], item["item"]) for item in crumbs["itemListElement"]]


def visible_trail(page):
    """(name, absolute link or None for the page itself) for each step of the visible trail."""
    (trail,) = re.findall(r'<ol class="breadcrumb">(.*?)</ol>', page, re.S)
    steps = []
    for item in re.findall(r"<li[^>]*>(.*?)</li>", trail, re.S):
        link = re.search(r'href="([^"]*)"', item)
        name = html.unescape(re.sub(r"<[^>]+>", "", item)).strip()
        steps.append((name, f"http://testserver{html.unescape(link.group(1))}" if link else None))
    return steps


def get_page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def public_patient_pages(code):
    procedure = ProcedureFactory(name="Knee joint injection", slug="knee-joint-injection")
    message = MessageFactory(procedure=procedure)
    return {
        url_in(code, "patients:contact"): 2,
        url_in(code, "patients:procedure_message", slug=procedure.slug): 4,
        url_in(code, "patients:thanks", reference=message.reference): 2,
        url_in(code, "procedures:plan"): 3,
        url_in(code, "patients:diary_start"): 3,
    }


@pytest.mark.parametrize("code", LANGUAGES)
def test_patient_pages_show_and_describe_the_same_trail_ending_at_the_page(client, code):
    for url, length in public_patient_pages(code).items():
        page = get_page(client, url)
        shown, described = visible_trail(page), json_ld_trail(page)
        assert len(described) == length, (url, described)
        assert [name for name, _link in shown] == [name for name, _item in described], url
        # Every step but the last links where its JSON-LD item points; the last is this page.
        assert [link for _name, link in shown[:-1]] == [item for _name, item in described[:-1]], url
        assert shown[-1][1] is None and described[-1][1] == f"http://testserver{url}", url
        assert page.count('aria-current="page"') >= 1


def test_spanish_patient_pages_have_a_spanish_trail(client):
    english = json_ld_trail(get_page(client, url_in("en", "patients:diary_start")))
    spanish = json_ld_trail(get_page(client, url_in("es", "patients:diary_start")))
    assert spanish[0][1] == "http://testserver/es/"
    assert spanish[-1][1] == "http://testserver/es/after-your-procedure/pain-diary/" and len(spanish) == 3
    assert [name for name, _ in spanish] != [name for name, _ in english]


def private_diary_urls(code, token):
    return [
        url_in(code, "patients:diary_detail", token=token),
        url_in(code, "patients:diary_send", token=token),
        url_in(code, "patients:diary_delete", token=token),
    ]


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_diarys_private_link_never_reaches_the_head_or_the_json_ld(client, code):
    _diary, token = make_pain_diary()
    start = f"http://testserver{url_in(code, 'patients:diary_start')}"
    pages = [get_page(client, url) for url in private_diary_urls(code, token)]
    # A link that opens nothing (a mistyped token) is a secret of the same kind.
    pages.append(get_page(client, url_in(code, "patients:diary_detail", token=token[:-2] + "xy"), status=404))
    for page in pages:
        head = head_of(page)
        assert token not in head and token[:20] not in head
        for block in json_ld_blocks(page):
            assert token[:20] not in json.dumps(block)
        assert 'rel="canonical"' not in head
        assert 'hreflang="' not in head
        assert f'<meta property="og:url" content="{start}">' in head
        described = json_ld_trail(page)
        assert described[-1] == (visible_trail(page)[2][0], start)
    # The page itself still shows the whole trail, with the link back to the diary.
    assert len(visible_trail(pages[1])) == 5
    assert visible_trail(pages[1])[3][1] == f"http://testserver{private_diary_urls(code, token)[0]}"


def test_the_send_page_trail_names_each_step(client):
    _diary, token = make_pain_diary()
    page = get_page(client, url_in("en", "patients:diary_send", token=token))
    assert [name for name, _ in visible_trail(page)] == [
        "Home", "After your procedure", "Pain diary", "Your pain diary", "Send to the clinic"
    ]
    assert [name for name, _ in json_ld_trail(page)] == ["Home", "After your procedure", "Pain diary"]


def test_the_diary_start_page_is_its_own_canonical_page(client):
    head = head_of(get_page(client, reverse("patients:diary_start")))
    assert '<link rel="canonical" href="http://testserver/after-your-procedure/pain-diary/">' in head
    assert 'hreflang="es" href="http://testserver/es/' in head


@pytest.mark.parametrize("action", ["", "send", "delete", "print"])
def test_head_requests_to_diary_pages_are_answered_like_get(client, action):
    _diary, token = make_pain_diary()
    url = url_in("en", "patients:diary_" + (action or "detail"), token=token)
    response = client.head(url)
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert client.head(reverse("patients:diary_start")).status_code == 200
    assert client.put(url).status_code == 405


def test_search_results_hreflang_links_drop_the_query_like_the_canonical(client, clinic_content):
    head = head_of(get_page(client, reverse("procedures:search") + "?q=knee"))
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head)
    assert dict(alternates) == {
        "en": "http://testserver/search/",
        "es": "http://testserver/es/search/",
        "x-default": "http://testserver/search/",
    }
    # The language switch in the header keeps the search, so the reader sees the same results.
    assert 'href="/es/search/?q=knee"' in get_page(client, reverse("procedures:search") + "?q=knee")
