from enum import StrEnum


class ContactTypeDefault(StrEnum):
    CLIENT = "Client"
    ORGANIZATION = "Organization"
    PAST_CLIENT = "Past Client"
    PROSPECT = "Prospect"
    VENDOR = "Vendor"

    def __str__(self) -> str:
        return str(self.value)
