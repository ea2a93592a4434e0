"""Documented values varied into a new person's record (`mocks/variation.py`)."""

from __future__ import annotations

import random
import re

import pytest

from mocks.variation import Person, Variation, is_placeholder, slug

ADA = Person("Ada", "Lovelace")
GRACE = Person("Grace", "Hopper")


def variation(index: int = 0, seed: int = 1) -> Variation:
    return Variation(GRACE, index, random.Random(seed), ADA)


def test_names_and_addresses_become_the_new_persons() -> None:
    varied = variation(index=2).vary(
        {"first_name": "Ada", "last_name": "Lovelace", "name": "Ada Lovelace",
         "email": "ada@example.com", "emails": ["ada@example.com"], "username": "ada"}
    )  # fmt: skip
    assert varied == {
        "first_name": "Grace",
        "last_name": "Hopper",
        "name": "Grace Hopper",
        "email": "grace.hopper3@example.com",
        "emails": ["grace.hopper3@example.com"],
        "username": "grace.hopper",
    }


def test_the_example_persons_name_is_replaced_inside_other_text() -> None:
    varied = variation().vary(
        {"avatar_url": "https://cdn.example.com/avatars/ada.png",
         "background": "Ada met LOVELACE's team; Adam did not."}
    )  # fmt: skip
    assert varied["avatar_url"] == "https://cdn.example.com/avatars/grace.png"
    # Whole words only, case kept as prose or as a slug.
    assert varied["background"] == "Grace met Hopper's team; Adam did not."


def test_one_value_varies_the_same_way_everywhere_in_a_record() -> None:
    varied = variation().vary(
        {"phone_numbers": ["14155550123", "442079460000"], "primary_phone_number": "442079460000"}
    )
    numbers = varied["phone_numbers"]
    assert varied["primary_phone_number"] == numbers[1]
    assert numbers != ["14155550123", "442079460000"]
    assert [len(n) for n in numbers] == [11, 12] and all(n.isdigit() for n in numbers)


def test_phone_formatting_is_kept_and_only_digits_change() -> None:
    original = "+1 (415) 555-0123 ext 7"
    phone = variation().vary(original, "mobile_phone")
    assert re.sub(r"\d", "0", phone) == "+0 (000) 000-0000 ext 0"  # letters are not redrawn
    assert phone != original


def test_ids_inside_documented_objects_are_redrawn_only_when_asked() -> None:
    documented = [{"id": "U024BE7LH", "source": "slack"}]
    assert variation().vary(documented, "integration_user_ids") == documented
    redrawn = variation().vary(documented, "integration_user_ids", redraw_ids=True)
    assert redrawn[0]["source"] == "slack"
    new_id = redrawn[0]["id"]
    assert new_id != "U024BE7LH" and len(new_id) == 9
    assert all(a.isdigit() == b.isdigit() and a.isupper() == b.isupper()
               for a, b in zip(new_id, "U024BE7LH", strict=True))  # fmt: skip


def test_a_hex_id_stays_hex() -> None:
    redrawn = variation().vary({"id": "0b8e6a52-1f3d"}, "account", redraw_ids=True)["id"]
    assert redrawn != "0b8e6a52-1f3d"
    assert len(redrawn) == 13 and redrawn[8] == "-"
    assert set(redrawn.replace("-", "")) <= set("0123456789abcdef")


def test_placeholders_and_external_ids_are_numbered_per_record() -> None:
    varied = variation(index=4).vary({"job_title": "string", "external_id": "crm-42"})
    assert varied == {"job_title": "job title 5", "external_id": "ext-0005"}


def test_the_same_random_seed_varies_the_same_way() -> None:
    value = {"phone": "14155550123", "items": [{"id": "U1"}]}
    assert variation(seed=3).vary(value, redraw_ids=True) == variation(seed=3).vary(
        value, redraw_ids=True
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("string", True),
        ({"position": "string"}, True),
        ([{"id": "<string>", "name": None}], True),
        ([], True),
        (None, True),
        ({"position": "CTO"}, False),
        ([{"id": 1}], False),
        (False, False),
    ],
)
def test_what_counts_as_a_placeholder(value: object, expected: bool) -> None:
    assert is_placeholder(value) is expected


def test_the_person_in_an_example_is_read_from_its_name_fields() -> None:
    assert Person.in_example({"first_name": "Kevin", "last_name": "Anderson"}) == Person(
        "Kevin", "Anderson"
    )
    assert Person.in_example({"name": "Ada Lovelace", "email": "x"}) == ADA
    assert Person.in_example({"title": "CEO"}) is None
    assert slug("Katherine Spärck Jones") == "katherine.sparck.jones"
