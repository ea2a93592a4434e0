from enum import StrEnum


class ContactKindFilter(StrEnum):
    HOUSEHOLD = "household"
    ORGANIZATION = "organization"
    PERSON = "person"
    TRUST = "trust"

    def __str__(self) -> str:
        return str(self.value)
