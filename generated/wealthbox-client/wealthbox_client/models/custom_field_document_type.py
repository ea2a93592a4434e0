from enum import StrEnum


class CustomFieldDocumentType(StrEnum):
    CONTACT = "Contact"
    DATAFILE = "DataFile"
    EVENT = "Event"
    MANUALINVESTMENTACCOUNT = "ManualInvestmentAccount"
    OPPORTUNITY = "Opportunity"
    PROJECT = "Project"
    TASK = "Task"

    def __str__(self) -> str:
        return str(self.value)
