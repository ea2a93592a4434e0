from enum import StrEnum


class FilterOperator(StrEnum):
    AND = "and"
    CONTAINS = "contains"
    DOES_NOT_CONTAIN = "does_not_contain"
    ENDS_WITH = "ends_with"
    EQUALS = "equals"
    GREATER_THAN = "greater_than"
    GREATER_THAN_OR_EQUALS = "greater_than_or_equals"
    IN = "in"
    INCLUDES_ALL_OF = "includes_all_of"
    IS_SET = "is_set"
    IS_UNSET = "is_unset"
    LESS_THAN = "less_than"
    LESS_THAN_OR_EQUALS = "less_than_or_equals"
    NOT_EQUALS = "not_equals"
    NOT_IN = "not_in"
    OR = "or"
    STARTS_WITH = "starts_with"
    STRING_CONTAINS = "string_contains"
    STRING_DOES_NOT_CONTAIN = "string_does_not_contain"
    TIME_IS_AFTER = "time_is_after"
    TIME_IS_BEFORE = "time_is_before"
    TIME_RANGE = "time_range"

    def __str__(self) -> str:
        return str(self.value)
