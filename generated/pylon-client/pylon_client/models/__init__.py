"""Contains all the data models used in inputs/outputs"""

from .contact import Contact
from .contact_create import ContactCreate
from .contact_custom_fields import ContactCustomFields
from .contact_delete_result import ContactDeleteResult
from .contact_email import ContactEmail
from .contact_filter import ContactFilter
from .contact_list import ContactList
from .contact_response import ContactResponse
from .contact_search import ContactSearch
from .contact_update import ContactUpdate
from .custom_field_value import CustomFieldValue
from .error import Error
from .external_id import ExternalId
from .filter_operator import FilterOperator
from .integration_user_id import IntegrationUserId
from .mini_account import MiniAccount
from .pagination import Pagination
from .portal_role import PortalRole

__all__ = (
    "Contact",
    "ContactCreate",
    "ContactCustomFields",
    "ContactDeleteResult",
    "ContactEmail",
    "ContactFilter",
    "ContactList",
    "ContactResponse",
    "ContactSearch",
    "ContactUpdate",
    "CustomFieldValue",
    "Error",
    "ExternalId",
    "FilterOperator",
    "IntegrationUserId",
    "MiniAccount",
    "Pagination",
    "PortalRole",
)
