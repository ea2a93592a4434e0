from enum import StrEnum


class EventState(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    UNCONFIRMED = "unconfirmed"

    def __str__(self) -> str:
        return str(self.value)
