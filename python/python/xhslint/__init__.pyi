"""Type stubs for xhslint; the docstrings are on the objects themselves."""

import os
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

__version__: str
#: The version of the JSON report ``check`` returns.
SCHEMA_VERSION: int
FINDING_COLUMNS: Tuple[str, ...]

#: A report as ``check --format json`` writes it, parsed.
Report = Dict[str, Any]
PathLike = Union[str, "os.PathLike[str]"]

class ConfigError(ValueError):
    """A config file that cannot be used; ``str(err)`` is the command
    line's message, ``path:line:column: what is wrong``."""

    path: str
    line: Optional[int]
    column: Optional[int]
    message: str

class Engine:
    """A linter built once, with its config loaded, and reused."""

    def __init__(self, config: Optional[PathLike] = None, lang: Optional[str] = None) -> None: ...
    @property
    def config(self) -> Optional[str]: ...
    def check(self, text: str, filename: Optional[str] = None) -> Report: ...
    def check_many(
        self,
        notes: Iterable[Union[str, Mapping[str, Any]]],
        threads: Optional[int] = None,
    ) -> List[Report]: ...

def check(
    text: str,
    *,
    filename: Optional[str] = None,
    config: Optional[PathLike] = None,
    lang: Optional[str] = None,
) -> Report: ...
def title(
    *,
    product: Optional[str] = None,
    hours: Optional[int] = None,
    days: Optional[int] = None,
    stock: Optional[int] = None,
    price: Optional[float] = None,
    original_price: Optional[float] = None,
    benefit: Optional[str] = None,
    category: Optional[str] = None,
    festival: Optional[str] = None,
    date: Optional[str] = None,
    n: int = 5,
    config: Optional[PathLike] = None,
) -> Dict[str, Any]: ...
def findings(reports: Union[Report, Iterable[Report]], ids: Optional[Iterable[Any]] = None) -> List[Dict[str, Any]]: ...
