from enum import StrEnum


class WorkflowStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
