"""Contains all the data models used in inputs/outputs"""

from .admin_creator import AdminCreator
from .client_contact import ClientContact
from .client_contact_create import ClientContactCreate
from .client_contact_list import ClientContactList
from .client_contact_response import ClientContactResponse
from .client_contact_update import ClientContactUpdate
from .client_creator import ClientCreator
from .error import Error
from .integration_meta import IntegrationMeta
from .list_client_contacts_sort_page_order import ListClientContactsSortPageOrder
from .pagination import Pagination
from .rep_creator import RepCreator
from .sort_by import SortBy
from .sort_by_field import SortByField
from .sort_direction import SortDirection

__all__ = (
    "AdminCreator",
    "ClientContact",
    "ClientContactCreate",
    "ClientContactList",
    "ClientContactResponse",
    "ClientContactUpdate",
    "ClientCreator",
    "Error",
    "IntegrationMeta",
    "ListClientContactsSortPageOrder",
    "Pagination",
    "RepCreator",
    "SortBy",
    "SortByField",
    "SortDirection",
)
