from enum import StrEnum


class Gender(StrEnum):
    F = "f"
    M = "m"
    X = "x"

    def __str__(self) -> str:
        return str(self.value)
