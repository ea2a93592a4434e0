from enum import StrEnum


class ListClientContactsSortPageOrder(StrEnum):
    ASC = "asc"
    DSC = "dsc"

    def __str__(self) -> str:
        return str(self.value)
