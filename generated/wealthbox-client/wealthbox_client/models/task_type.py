from enum import StrEnum


class TaskType(StrEnum):
    ALL = "all"
    PARENTS = "parents"
    SUBTASKS = "subtasks"

    def __str__(self) -> str:
        return str(self.value)
