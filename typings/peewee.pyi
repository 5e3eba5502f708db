# peewee 4 bundles stubs that type .tuples(), .scalar() and raw cursors as model instances,
# which the code never gets at run time. This stub shadows them (mypy_path comes first) and
# treats peewee as untyped; the project's own functions carry the precise types instead.
from typing import Any

def __getattr__(name: str) -> Any: ...
