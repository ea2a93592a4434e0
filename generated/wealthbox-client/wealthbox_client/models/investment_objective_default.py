from enum import StrEnum


class InvestmentObjectiveDefault(StrEnum):
    AGGRESSIVE_GROWTH = "Aggressive Growth"
    GROWTH = "Growth"
    INCOME = "Income"
    SAFETY_OF_PRINCIPAL = "Safety of Principal"

    def __str__(self) -> str:
        return str(self.value)
