from typing import Optional

import pandas as pd

from . import Engine, PathLike

def engine(config: Optional[PathLike] = None) -> Engine: ...
def empty_findings() -> pd.DataFrame: ...
def lint_partition(
    notes: pd.DataFrame,
    *,
    id: str = "id",
    title: str = "title",
    body: str = "body",
    tags: Optional[str] = None,
    text: Optional[str] = None,
    config: Optional[PathLike] = None,
    threads: Optional[int] = None,
) -> pd.DataFrame: ...
