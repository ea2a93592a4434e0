from enum import StrEnum


class PortalRole(StrEnum):
    ADMIN = "admin"
    MEMBER = "member"
    NO_ACCESS = "no_access"

    def __str__(self) -> str:
        return str(self.value)
