"""Contains all the data models used in inputs/outputs"""

from .client_record import ClientRecord
from .company import Company
from .contact import Contact
from .contact_company_attach import ContactCompanyAttach
from .contact_company_detach import ContactCompanyDetach
from .contact_company_pivot import ContactCompanyPivot
from .contact_create import ContactCreate
from .contact_external_identifier import ContactExternalIdentifier
from .contact_list import ContactList
from .contact_update import ContactUpdate
from .contact_webhook_event import ContactWebhookEvent
from .country import Country
from .cursor_pagination_meta import CursorPaginationMeta
from .custom_fields import CustomFields
from .error import Error
from .find_by import FindBy
from .gender import Gender
from .message import Message
from .space import Space
from .user import User
from .user_type import UserType
from .validation_error import ValidationError
from .validation_error_errors import ValidationErrorErrors
from .webhook_resource import WebhookResource

__all__ = (
    "ClientRecord",
    "Company",
    "Contact",
    "ContactCompanyAttach",
    "ContactCompanyDetach",
    "ContactCompanyPivot",
    "ContactCreate",
    "ContactExternalIdentifier",
    "ContactList",
    "ContactUpdate",
    "ContactWebhookEvent",
    "Country",
    "CursorPaginationMeta",
    "CustomFields",
    "Error",
    "FindBy",
    "Gender",
    "Message",
    "Space",
    "User",
    "UserType",
    "ValidationError",
    "ValidationErrorErrors",
    "WebhookResource",
)
