from enum import StrEnum


class WebsiteKindDefault(StrEnum):
    BLOG = "Blog"
    FACEBOOK = "Facebook"
    WEBSITE = "Website"

    def __str__(self) -> str:
        return str(self.value)
