from enum import StrEnum


class InviteeType(StrEnum):
    CONTACT = "Contact"
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)
