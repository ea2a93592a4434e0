from enum import StrEnum


class TaskFrame(StrEnum):
    FUTURE = "future"
    NEXT_WEEK = "next_week"
    SPECIFIC = "specific"
    THIS_WEEK = "this_week"
    TODAY = "today"
    TOMORROW = "tomorrow"

    def __str__(self) -> str:
        return str(self.value)
