from enum import StrEnum


class MaritalStatusDefault(StrEnum):
    DIVORCED = "Divorced"
    LIFE_PARTNER = "Life Partner"
    MARRIED = "Married"
    SEPARATED = "Separated"
    SINGLE = "Single"
    UNKNOWN = "Unknown"
    WIDOWED = "Widowed"

    def __str__(self) -> str:
        return str(self.value)
