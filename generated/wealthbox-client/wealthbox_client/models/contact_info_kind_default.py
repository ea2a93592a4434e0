from enum import StrEnum


class ContactInfoKindDefault(StrEnum):
    FAX = "Fax"
    HOME = "Home"
    MOBILE = "Mobile"
    OTHER = "Other"
    VACATION = "Vacation"
    WORK = "Work"

    def __str__(self) -> str:
        return str(self.value)
