"""Independent clients against our mocks: the served-mock harness is in tests/served.py."""

from tests.served import TOKEN, MockFactory, ServedMock, served_mock

__all__ = ["TOKEN", "MockFactory", "ServedMock", "served_mock"]
