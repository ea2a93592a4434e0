"""What user code writes with the overlay; type-checked by tests/overlays/test_typing.py.

Each ``reveal_type`` line ends with a ``reveals`` comment naming the type mypy must infer
there; the test runs ``mypy --strict`` on this file and compares. Nothing here runs.
"""

from __future__ import annotations

from typing import reveal_type

from crm_overlays import acall, apaginate, call, kanbert, paginate, unwrap, wealthbox
from crm_overlays import kinbox as kinbox_overlay
from crm_overlays import pylon as pylon_overlay
from crm_overlays import repzo as repzo_overlay
from kanbert_client.api.contacts import list_contacts as kanbert_list_contacts
from kinbox_client.api.contacts import create_contact as kinbox_create_contact
from kinbox_client.models import ContactCreate as KinboxContactCreate
from pylon_client.api.contacts import get_contact as pylon_get_contact
from pylon_client.api.contacts import search_contacts as pylon_search_contacts
from pylon_client.models import ContactSearch
from repzo_client.api.client_contacts import list_client_contacts
from wealthbox_client.api.activity import list_activity
from wealthbox_client.api.contacts import get_contact, list_contacts


def wealthbox_usage(token: str) -> None:
    client = wealthbox.client(token=token)
    reveal_type(client)  # reveals: wealthbox_client.client.AuthenticatedClient
    for contact in paginate(list_contacts, client=client, contact_type="Client"):
        reveal_type(contact)  # reveals: wealthbox_client.models.contact.Contact
    for page in paginate(list_contacts, client=client, per_page=50).limit(max_pages=2).pages():
        reveal_type(page.model)  # reveals: wealthbox_client.models.contact_list.ContactList
        reveal_type(page.items)  # reveals: builtins.list[wealthbox_client.models.contact.Contact]
    for item in paginate(list_activity, client=client, contact=7):
        reveal_type(item)  # reveals: wealthbox_client.models.stream_item.StreamItem
    one = call(get_contact, client=client, id=1)
    reveal_type(one)  # reveals: wealthbox_client.models.contact.Contact
    same = unwrap(get_contact.sync_detailed(client=client, id=1))
    reveal_type(same)  # reveals: wealthbox_client.models.contact.Contact


def wealthbox_category_usage(token: str) -> None:
    from wealthbox_client.api.categories import list_task_categories

    client = wealthbox.client(token)
    for item in paginate(list_task_categories, client=client):
        reveal_type(item)  # reveals: wealthbox_client.models.category_item.CategoryItem


async def wealthbox_async_usage(token: str) -> None:
    client = wealthbox.client(token)
    async for contact in apaginate(list_contacts, client=client, name="Ada"):
        reveal_type(contact)  # reveals: wealthbox_client.models.contact.Contact
    async for page in apaginate(list_contacts, client=client).pages():
        reveal_type(page.model)  # reveals: wealthbox_client.models.contact_list.ContactList
    one = await acall(get_contact, client=client, id=1)
    reveal_type(one)  # reveals: wealthbox_client.models.contact.Contact


def kanbert_usage() -> None:
    client = kanbert.client()
    for contact in paginate(kanbert_list_contacts, client=client, pagesize=100):
        reveal_type(contact)  # reveals: kanbert_client.models.contact.Contact
    event = kanbert.parse_webhook(b"{}")
    reveal_type(event)  # reveals: kanbert_client.models.contact_webhook_event.ContactWebhookEvent


def kinbox_usage(body: KinboxContactCreate) -> None:
    client = kinbox_overlay.client()
    created = call(kinbox_create_contact, client=client, body=body)
    reveal_type(created)  # reveals: kinbox_client.models.contact.Contact


def pylon_usage(search: ContactSearch) -> None:
    client = pylon_overlay.client()
    for contact in paginate(pylon_search_contacts, client=client, body=search):
        reveal_type(contact)  # reveals: pylon_client.models.contact.Contact
    found = call(pylon_get_contact, "c1", client=client)
    reveal_type(found)  # reveals: pylon_client.models.contact_response.ContactResponse


def repzo_usage() -> None:
    client = repzo_overlay.client()
    for contact in paginate(list_client_contacts, client=client, search="ada"):
        reveal_type(contact)  # reveals: repzo_client.models.client_contact.ClientContact
    dates = wealthbox.parse_datetime("2015-05-24 10:00 AM -0400")
    reveal_type(dates)  # reveals: datetime.datetime
