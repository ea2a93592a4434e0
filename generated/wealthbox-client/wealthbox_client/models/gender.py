from enum import StrEnum


class Gender(StrEnum):
    FEMALE = "Female"
    MALE = "Male"
    NON_BINARY = "Non-binary"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
