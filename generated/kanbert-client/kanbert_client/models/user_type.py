from enum import StrEnum


class UserType(StrEnum):
    GUEST = "guest"
    INTEGRATION = "integration"
    TAX_ADVISOR = "tax_advisor"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
