from enum import StrEnum


class WorkflowStepDueBasedOn(StrEnum):
    DEFAULT = "default"
    MILESTONE = "milestone"
    START = "start"

    def __str__(self) -> str:
        return str(self.value)
