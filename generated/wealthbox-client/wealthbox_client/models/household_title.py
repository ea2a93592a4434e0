from enum import StrEnum


class HouseholdTitle(StrEnum):
    CHILD = "Child"
    GRANDCHILD = "Grandchild"
    GRANDPARENT = "Grandparent"
    HEAD = "Head"
    OTHER_DEPENDENT = "Other Dependent"
    PARENT = "Parent"
    PARTNER = "Partner"
    SIBLING = "Sibling"
    SPOUSE = "Spouse"

    def __str__(self) -> str:
        return str(self.value)
