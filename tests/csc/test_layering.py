"""The apps' dependencies run one way (docs/STYLE.md, "Layers").

Every import in the apps' source counts, function-local ones too: an import
inside a function is a dependency all the same, only hidden.

- no cycle between modules;
- compliance never imports chat's actions, consumers or views (chat calls
  compliance, not the other way round);
- no app imports `csc` (the project's wiring imports the apps);
- chat never imports metrics (metrics reads chat's tables).
"""

import ast
import functools
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ("chat", "compliance", "metrics")
PACKAGES = (*APPS, "csc")
SKIPPED = {"migrations", "training"}


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        # C extensions (built from a .c beside the .py files) are modules too.
        for path in [*(ROOT / package).rglob("*.py"), *(ROOT / package).rglob("*.c")]:
            parts = path.relative_to(ROOT).with_suffix("").parts
            if SKIPPED & set(parts):
                continue
            name = ".".join(parts).removesuffix(".__init__")
            found[name] = path
    return found


def imports_of(path: Path, name: str, known: set[str]) -> set[str]:
    """The project modules `path` imports (the module itself for `from m import
    x` when x is a name, m.x when x is a submodule)."""
    tree = parsed(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")
                parent = parent[: len(parent) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


@functools.cache
def parsed(path: Path) -> ast.Module:
    """A source file's syntax tree, read once per process (several tests read
    every module)."""
    return ast.parse(path.read_text(), filename=str(path))


@functools.cache
def graph() -> dict[str, set[str]]:
    """The import graph, built once per process: the tests only read it."""
    found = modules()
    known = set(found)
    return {
        name: imports_of(path, name, known) if path.suffix == ".py" else set()
        for name, path in found.items()
    }


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, result = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return result


def offending(edges, source: str, targets: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{module} -> {target}"
        for module, imported in edges.items()
        if module == source or module.startswith(source + ".")
        for target in imported
        if any(target == t or target.startswith(t + ".") for t in targets)
    )


def test_the_checker_sees_function_local_and_relative_imports(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from pkg import b\n")
    (package / "b.py").write_text("from .a import f\n")
    known = {"pkg", "pkg.a", "pkg.b"}
    assert imports_of(package / "a.py", "pkg.a", known) == {"pkg.b"}
    assert imports_of(package / "b.py", "pkg.b", known) == {"pkg.a"}
    assert cycles({"pkg.a": {"pkg.b"}, "pkg.b": {"pkg.a"}}) == [["pkg.a", "pkg.b"]]


def test_no_import_cycles_between_modules():
    assert cycles(graph()) == []


def test_compliance_never_imports_chats_actions_consumers_or_views():
    chat_upper = ("chat.actions", "chat.consumers", "chat.views")
    assert offending(graph(), "compliance", chat_upper) == []


def test_apps_never_import_the_project_wiring():
    edges = graph()
    assert [found for app in APPS for found in offending(edges, app, ("csc",))] == []


def test_chat_never_imports_metrics():
    assert offending(graph(), "chat", ("metrics",)) == []


def test_no_private_name_is_imported_from_another_module():
    """`from m import _name` reaches into another of the project's modules'
    insides (gettext's `_` aside): what two modules share is public. (The
    standard library's regex parser, which compliance.engine.pattern_gate
    reads, is outside the project; its tests hold what the gate reads.)"""
    found = []
    for name, path in modules().items():
        if path.suffix != ".py":
            continue
        for node in ast.walk(parsed(path)):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and (node.level or node.module.split(".")[0] in PACKAGES)
            ):
                found += [
                    f"{name}: from {node.module} import {alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_")
                    and alias.name != "_"
                    and not alias.name.startswith("__")
                ]
    assert found == []


def test_the_graph_is_the_real_one():
    """The checker reads the apps: known dependencies are in the graph."""
    edges = graph()
    assert "chat.actions.send_policy" in edges["chat.actions.send"]
    assert "compliance.screening" in edges["chat.actions.send_policy"]
    assert "chat.models" in edges["compliance.screening"]  # function-local
