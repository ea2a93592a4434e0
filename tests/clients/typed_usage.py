"""Type-checked by mypy --strict in the suite: what user code writes against the clients."""

from __future__ import annotations

from kanbert_client import AuthenticatedClient as KanbertClient
from kanbert_client.api.contacts import list_contacts
from kanbert_client.models import Contact, ContactList
from pylon_client.models import Contact as PylonContact
from pylon_client.types import Unset
from repzo_client.models import ClientContact


def first_names(client: KanbertClient) -> list[str | None]:
    page = list_contacts.sync(client=client, pagesize=10)
    if not isinstance(page, ContactList):
        return []
    contacts: list[Contact] = page.data
    return [contact.first_name for contact in contacts]


def pylon_names(contacts: list[PylonContact]) -> list[str]:
    # `name` is optional in Pylon's read shape: the type makes callers handle its absence.
    return [c.name for c in contacts if not isinstance(c.name, Unset)]


def repzo_ids(contacts: list[ClientContact]) -> list[str]:
    return [contact.field_id for contact in contacts]


def wealthbox_readme_example(token: str) -> list[tuple[int, object]]:
    """The README's Wealthbox example, kept type-correct by this file."""
    from wealthbox_client import AuthenticatedClient
    from wealthbox_client.api.contacts import list_contacts
    from wealthbox_client.models import ContactList

    client = AuthenticatedClient(base_url="https://api.crmworkspace.com", token=token,
                                 auth_header_name="ACCESS_TOKEN", prefix="")
    page = list_contacts.sync(client=client, per_page=100)
    if not isinstance(page, ContactList):
        return []
    return [(contact.id, contact.first_name) for contact in page.contacts]
