"""Kinbox: a contact made by `POST /contacts` says so (`newContact: true`)."""

from __future__ import annotations

from mocks.calls import Reply
from mocks.hooks import HookContext, HookRegistry

hooks = HookRegistry()


@hooks.operation("createContact")
async def create_contact(ctx: HookContext) -> Reply:
    return await ctx.default(transform=lambda record: {**record, "newContact": True})
