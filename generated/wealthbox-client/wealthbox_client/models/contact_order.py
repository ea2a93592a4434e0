from enum import StrEnum


class ContactOrder(StrEnum):
    ASC = "asc"
    CREATED = "created"
    DESC = "desc"
    RECENT = "recent"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
