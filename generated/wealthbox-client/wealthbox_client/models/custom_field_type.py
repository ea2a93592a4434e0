from enum import StrEnum


class CustomFieldType(StrEnum):
    CHECK_BOX = "check_box"
    DATE = "date"
    MULTI_CHECK_BOX = "multi_check_box"
    SINGLE_SELECT = "single_select"
    TEXT_AREA = "text_area"
    TEXT_FIELD = "text_field"

    def __str__(self) -> str:
        return str(self.value)
