from enum import StrEnum


class AmountKind(StrEnum):
    AUM = "AUM"
    COMMISSION = "Commission"
    FEE = "Fee"
    OTHER = "Other"

    def __str__(self) -> str:
        return str(self.value)
