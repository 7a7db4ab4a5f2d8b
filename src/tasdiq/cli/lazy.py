"""Commands whose modules are imported when the command is asked for, not at start-up.

Every `tasdiq` command pays the import of the CLI. Importing every stage's command module
made that 1.0 CPU s (the exchange formats, STIX, the media stack, the linker, the web
accounts), of which one command needs a few: `tasdiq extract` needs the store and the
extractor. So the root group holds a table of command name -> module, and a module is
imported and registered the first time one of its commands is looked up (running it,
`--help`, the generated reference). Listing the names imports nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, MutableMapping
from typing import Any

import typer
import typer.main
from typer.core import TyperGroup

PACKAGE = "tasdiq.cli"


def commands_of(module: str) -> dict[str, Any]:
    """The click commands that `tasdiq.cli.<module>`'s `register(app)` adds, by name."""
    sub = typer.Typer()
    importlib.import_module(f"{PACKAGE}.{module}").register(sub)
    return dict(typer.main.get_group(sub).commands)


class LazyCommands(MutableMapping[str, Any]):
    """A group's commands, in a fixed order: those built already, and names whose module is
    imported (with all its commands) on their first lookup."""

    def __init__(self, built: Mapping[str, Any], modules: Mapping[str, str]) -> None:
        self._built = dict(built)
        self._modules = {name: module for name, module in modules.items() if name not in self._built}
        self._order = [*self._built, *self._modules]

    def __getitem__(self, name: str) -> Any:
        if name in self._modules:
            module = self._modules[name]
            loaded = commands_of(module)
            for each in [n for n, m in self._modules.items() if m == module]:
                self._built[each] = loaded[each]
                del self._modules[each]
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        if name not in self:
            self._order.append(name)
        self._modules.pop(name, None)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        if name not in self:
            raise KeyError(name)
        self._modules.pop(name, None)
        self._built.pop(name, None)
        self._order.remove(name)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._order))

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, name: object) -> bool:
        return name in self._built or name in self._modules


def lazy_group(modules: Mapping[str, str]) -> type[TyperGroup]:
    """A TyperGroup class whose commands are `LazyCommands` over `modules` (name -> module)."""

    class LazyGroup(TyperGroup):
        def __init__(self, *, commands: Any = None, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.commands = LazyCommands(commands or {}, modules)

    return LazyGroup
