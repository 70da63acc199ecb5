"""The modules of Feedback Desk import each other in one direction only, and each page of the
window is a room of its own.

Every import counts, also one written inside a function to dodge a cycle at start-up: the
source is parsed, not run, so nothing is imported and no Qt is needed."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "feedback_desk"
# The page packages under ui/: none of them imports another (shared pieces live in ui/widgets,
# ui/actions, ui/dialogs and the modules at the top of ui/).
PAGES = ("inbox", "followups", "dashboard", "report", "templates", "imports", "settings")


def _modules(package: Path) -> dict[str, tuple[Path, bool]]:
    """Each module's dotted name, with its file and whether it is a package's __init__."""
    found = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Which of the package's modules each module imports, anywhere in its source."""
    modules = _modules(package)
    graph = {}
    for name, (path, is_package) in modules.items():
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                edges.update(a.name for a in node.names if a.name in modules)
            elif isinstance(node, ast.ImportFrom):
                target = _absolute(node, name, is_package)
                for alias in node.names:
                    # "from . import display" imports the module display; "from .x import y"
                    # imports x.
                    sub = f"{target}.{alias.name}"
                    edges.add(sub if sub in modules else target)
        graph[name] = {e for e in edges if e in modules and e != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, round and round (Tarjan's strongly
    connected components, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            nxt = next(edges, None)
            if nxt is not None:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def _page_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[:2] == ["feedback_desk", "ui"] and len(parts) > 2 and parts[2] in PAGES:
        return parts[2]
    return None


def test_no_module_imports_itself_round_a_cycle():
    found = cycles(import_graph())
    assert found == [], "modules that import each other: " + "; ".join(
        " <-> ".join(group) for group in found
    )


def test_no_page_imports_another_page():
    crossings = sorted(
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        for target in targets
        if _page_of(module) and _page_of(target) and _page_of(module) != _page_of(target)
    )
    assert crossings == []


def test_every_page_is_a_package():
    assert [p for p in PAGES if not (PACKAGE / "ui" / p / "__init__.py").is_file()] == []
    assert sorted(p.name for p in (PACKAGE / "ui").glob("*_page.py")) == []


@pytest.fixture
def tangled(tmp_path):
    """A small package with the two kinds of tangle the checks must see."""
    package = tmp_path / "feedback_desk"
    for folder in ("core", "ui/inbox", "ui/settings"):
        (package / folder).mkdir(parents=True)
    for init in ("", "core", "ui", "ui/inbox", "ui/settings"):
        (package / init / "__init__.py").write_text("")
    # A cycle hidden in a function, as records.py and followups.py once had.
    (package / "core" / "records.py").write_text("def f():\n    from .followups import g\n")
    (package / "core" / "followups.py").write_text("from .records import f\n")
    (package / "ui" / "inbox" / "page.py").write_text("from ..settings import page\n")
    (package / "ui" / "settings" / "page.py").write_text("from ...core import records\n")
    return package


def test_the_checks_see_a_hidden_cycle_and_a_page_reaching_into_another(tangled):
    graph = import_graph(tangled)
    assert cycles(graph) == [["feedback_desk.core.followups", "feedback_desk.core.records"]]
    assert graph["feedback_desk.ui.inbox.page"] == {"feedback_desk.ui.settings.page"}
    assert _page_of("feedback_desk.ui.inbox.page") != _page_of("feedback_desk.ui.settings.page")
