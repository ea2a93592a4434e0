from enum import StrEnum


class NoteOrder(StrEnum):
    ASC = "asc"
    CREATED = "created"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
