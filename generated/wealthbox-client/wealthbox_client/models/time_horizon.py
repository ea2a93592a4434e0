from enum import StrEnum


class TimeHorizon(StrEnum):
    INTERMEDIATE = "Intermediate"
    LONG_TERM = "Long Term"
    SHORT_TERM = "Short Term"

    def __str__(self) -> str:
        return str(self.value)
