from enum import StrEnum


class ListOrder(StrEnum):
    ASC = "asc"
    CREATED = "created"
    DESC = "desc"
    RECENT = "recent"

    def __str__(self) -> str:
        return str(self.value)
