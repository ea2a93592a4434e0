from enum import StrEnum


class WorkflowTemplateKind(StrEnum):
    CONTACT = "Contact"
    OPPORTUNITY = "Opportunity"
    PROJECT = "Project"

    def __str__(self) -> str:
        return str(self.value)
