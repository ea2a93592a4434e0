from enum import StrEnum


class ContactSourceDefault(StrEnum):
    COLD_CALL = "Cold Call"
    CONFERENCE = "Conference"
    DIRECT_MAIL = "Direct Mail"
    OTHER = "Other"
    REFERRAL = "Referral"

    def __str__(self) -> str:
        return str(self.value)
