from enum import StrEnum


class TagDocumentType(StrEnum):
    CONTACT = "Contact"
    NOTE = "Note"

    def __str__(self) -> str:
        return str(self.value)
