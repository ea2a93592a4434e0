"""Contains all the data models used in inputs/outputs"""

from .contact import Contact
from .contact_create import ContactCreate
from .contact_create_custom_fields import ContactCreateCustomFields
from .contact_custom_fields import ContactCustomFields
from .crm_data import CrmData
from .crm_data_cloud_api import CrmDataCloudApi
from .crm_data_utm_campaigns import CrmDataUtmCampaigns
from .crm_referrals import CrmReferrals
from .custom_field_value import CustomFieldValue
from .error import Error

__all__ = (
    "Contact",
    "ContactCreate",
    "ContactCreateCustomFields",
    "ContactCustomFields",
    "CrmData",
    "CrmDataCloudApi",
    "CrmDataUtmCampaigns",
    "CrmReferrals",
    "CustomFieldValue",
    "Error",
)
