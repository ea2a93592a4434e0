from enum import StrEnum


class ContactKind(StrEnum):
    HOUSEHOLD = "Household"
    ORGANIZATION = "Organization"
    PERSON = "Person"
    TRUST = "Trust"

    def __str__(self) -> str:
        return str(self.value)
