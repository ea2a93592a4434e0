from enum import StrEnum


class FindBy(StrEnum):
    EXTERNAL_ID = "external_id"
    ID = "id"

    def __str__(self) -> str:
        return str(self.value)
