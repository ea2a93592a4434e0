from enum import StrEnum


class RiskTolerance(StrEnum):
    HIGH_RISK = "High Risk"
    LOW = "Low"
    MODERATE = "Moderate"

    def __str__(self) -> str:
        return str(self.value)
