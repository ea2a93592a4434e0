from enum import StrEnum


class SortByField(StrEnum):
    VALUE_0 = "_id"

    def __str__(self) -> str:
        return str(self.value)
