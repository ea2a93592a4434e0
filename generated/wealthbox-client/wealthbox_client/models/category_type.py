from enum import StrEnum


class CategoryType(StrEnum):
    ADDRESS_TYPES = "address_types"
    CONTACT_ROLES = "contact_roles"
    CONTACT_SOURCES = "contact_sources"
    CONTACT_TYPES = "contact_types"
    EMAIL_TYPES = "email_types"
    EVENT_CATEGORIES = "event_categories"
    FILE_CATEGORIES = "file_categories"
    FINANCIAL_ACCOUNT_TYPES = "financial_account_types"
    INVESTMENT_OBJECTIVES = "investment_objectives"
    OPPORTUNITY_PIPELINES = "opportunity_pipelines"
    OPPORTUNITY_STAGES = "opportunity_stages"
    PHONE_TYPES = "phone_types"
    TASK_CATEGORIES = "task_categories"
    WEBSITE_TYPES = "website_types"

    def __str__(self) -> str:
        return str(self.value)
