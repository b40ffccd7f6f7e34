#!/usr/bin/python3
"""An AT-SPI observer for the real-input tests: reads only what a screen reader can read.

Runs with Debian's interpreter (/usr/bin/python3, packages python3-pyatspi gir1.2-atspi-2.0),
in the D-Bus session of the desktop under test. The test process (any Python, any venv) talks to
it over stdin/stdout, one JSON object a line:

    -> {"id": 1, "cmd": "focused", "pid": 1234}
    <- {"id": 1, "ok": true, "result": {"role": "push button", "name": "Pause (Space)", ...}}

Commands: ``apps`` (applications on the bus), ``ready`` (the app with this pid has a showing
window), ``focused`` (the object with the focused state, found from the newest focus event and
checked against its states), ``find`` (objects by role and/or name, optionally only showing
ones), ``tree`` (every object, for failure messages), ``events`` (what the app sent since a
sequence number: focus, name, description, text, value, showing, announcements), ``mark``
(the newest sequence number). Every object is reported with role, name, description, states,
its text (if it has the Text interface), value, and its extents on the screen, so the test can
click its centre with xdotool. Nothing here acts on the app: no AT-SPI actions, no text setting.
"""

import json
import os
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import GLib  # noqa: E402

#: events kept for ``events`` (a ring; a test asks for the ones after its mark)
EVENT_TYPES = (
    "focus:",
    "object:state-changed:focused",
    "object:state-changed:showing",
    "object:state-changed:checked",
    "object:state-changed:selected",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:property-change:accessible-value",
    "object:value-changed",
    "object:text-changed:insert",
    "object:text-changed:delete",
    "object:announcement",
    "object:children-changed",
    "window:activate",
    "window:create",
    "window:destroy",
)
MAX_EVENTS = 20000

_events = []
_seq = 0
_focus_by_pid = {}


def _safe(call, default=None):
    try:
        return call()
    except Exception:  # noqa: BLE001 - defunct objects raise GLib.Error
        return default


def _pid(node):
    app = _safe(lambda: node.getApplication())
    return _safe(lambda: app.get_process_id()) if app is not None else None


def describe(node, with_text=True):
    """The facts a screen reader has about one object."""
    if node is None:
        return None
    states = _safe(lambda: {pyatspi.stateToString(s) for s in node.getState().getStates()}, set())
    record = {
        "role": _safe(node.getRoleName, "?"),
        "name": _safe(lambda: node.name or "", ""),
        "description": _safe(lambda: node.description or "", ""),
        "states": sorted(states),
    }
    component = _safe(node.queryComponent)
    if component is not None:
        box = _safe(lambda: component.getExtents(pyatspi.DESKTOP_COORDS))
        if box is not None:
            record["extents"] = [box.x, box.y, box.width, box.height]
    if with_text:
        text = _safe(node.queryText)
        if text is not None:
            record["text"] = _safe(lambda: text.getText(0, min(text.characterCount, 4000)), "")
    value = _safe(node.queryValue)
    if value is not None:
        record["value"] = _safe(lambda: value.currentValue)
    record["children"] = _safe(lambda: node.childCount, 0)
    return record


def _app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(_safe(lambda: desktop.childCount, 0)):
        app = _safe(lambda i=index: desktop.getChildAtIndex(i))
        if app is not None and _safe(app.get_process_id) == pid:
            return app
    return None


def _walk(node, depth=0, limit=6000, out=None):
    out = [] if out is None else out
    if node is None or len(out) >= limit:
        return out
    out.append((depth, node))
    for index in range(_safe(lambda: node.childCount, 0)):
        child = _safe(lambda i=index: node.getChildAtIndex(i))
        _walk(child, depth + 1, limit, out)
    return out


def _on_event(event):
    global _seq
    source = event.source
    pid = _pid(source)
    focus = event.type.startswith("focus:")
    if focus or (event.type.startswith("object:state-changed:focused") and event.detail1):
        _focus_by_pid[pid] = source
    _seq += 1
    any_data = event.any_data
    if not isinstance(any_data, (str, int, float, bool)) or any_data is None:
        any_data = None
    _events.append(
        {
            "seq": _seq,
            "time": time.monotonic(),
            "type": event.type,
            "pid": pid,
            "detail1": event.detail1,
            "data": any_data,
            "source": describe(source, with_text=False),
        }
    )
    del _events[:-MAX_EVENTS]


def cmd_apps(_request):
    desktop = pyatspi.Registry.getDesktop(0)
    found = []
    for index in range(_safe(lambda: desktop.childCount, 0)):
        app = _safe(lambda i=index: desktop.getChildAtIndex(i))
        if app is not None:
            found.append(
                {"name": _safe(lambda a=app: a.name, ""), "pid": _safe(app.get_process_id)}
            )
    return found


def cmd_ready(request):
    app = _app(request["pid"])
    if app is None:
        return False
    for index in range(_safe(lambda: app.childCount, 0)):
        window = _safe(lambda i=index: app.getChildAtIndex(i))
        states = describe(window, with_text=False)["states"] if window is not None else []
        if "showing" in states:
            return True
    return False


def _is_focused(node):
    return _safe(lambda: node.getState().contains(pyatspi.STATE_FOCUSED), False)


#: containers whose focused item is what a screen reader reads
CONTAINERS = ("list", "list box", "table", "tree", "tree table")


def _focused_item(node):
    """A list's (table's) focused item when it has one, else the list itself."""
    if _safe(node.getRoleName) not in CONTAINERS:
        return node
    for index in range(min(_safe(lambda: node.childCount, 0), 2000)):
        child = _safe(lambda i=index: node.getChildAtIndex(i))
        if child is not None and _is_focused(child):
            record = describe(child)
            record["parent"] = describe(node, with_text=False)
            return record
    return node


def _top_level(node):
    """The window (frame or dialog) an object is in."""
    for _ in range(60):
        parent = _safe(lambda n=node: n.parent)
        if parent is None or _safe(parent.getRoleName) == "application":
            return node
        node = parent
    return node


def _with_window(node, record):
    """The record, with whether its window is the active one and where that window is (and
    its parent, so a menu bar's item tells itself from an open menu's)."""
    record = dict(record)
    if "parent" not in record:
        parent = _safe(lambda: node.parent)
        record["parent"] = describe(parent, with_text=False) if parent is not None else None
    window = _top_level(node)
    record["window_active"] = _safe(lambda: window.getState().contains(pyatspi.STATE_ACTIVE), False)
    component = _safe(window.queryComponent)
    box = _safe(lambda: component.getExtents(pyatspi.DESKTOP_COORDS)) if component else None
    record["window_extents"] = [box.x, box.y, box.width, box.height] if box else None
    return record


def cmd_focused(request):
    pid = request["pid"]
    node = _focus_by_pid.get(pid)
    if node is not None and _is_focused(node):
        item = _focused_item(node)
        return _with_window(node, item if isinstance(item, dict) else describe(item))
    app = _app(pid)  # no event yet (or a stale one): look for the focused state
    if app is None:
        return None
    for _depth, candidate in _walk(app):
        if _is_focused(candidate) and _safe(candidate.getRoleName) not in ("frame", "application"):
            item = _focused_item(candidate)
            return _with_window(candidate, item if isinstance(item, dict) else describe(item))
    return None


def _matches(record, request):
    if request.get("role") and record["role"] != request["role"]:
        return False
    if request.get("name") is not None and record["name"] != request["name"]:
        return False
    if request.get("name_contains") and request["name_contains"] not in record["name"]:
        return False
    if request.get("showing") and "showing" not in record["states"]:
        return False
    return all(state in record["states"] for state in request.get("states", ()))


def _seen_part(node, extents):
    """The part of ``extents`` its ancestors let through (a scrolled-out child is cut to
    nothing): what a person can see of the object."""
    x0, y0, w, h = extents
    x1, y1 = x0 + w, y0 + h
    parent = _safe(lambda: node.parent)
    for _ in range(60):
        if parent is None or _safe(parent.getRoleName) in ("application", None):
            break
        component = _safe(parent.queryComponent)
        box = _safe(lambda c=component: c.getExtents(pyatspi.DESKTOP_COORDS)) if component else None
        if box is not None and box.width > 0 and box.height > 0:
            x0, y0 = max(x0, box.x), max(y0, box.y)
            x1, y1 = min(x1, box.x + box.width), min(y1, box.y + box.height)
        parent = _safe(lambda p=parent: p.parent)
    return [x0, y0, max(0, x1 - x0), max(0, y1 - y0)]


def cmd_find(request):
    app = _app(request["pid"])
    if app is None:
        return []
    found = []
    for depth, node in _walk(app):
        record = describe(node, with_text=request.get("text", False))
        if depth and _matches(record, request):
            parent = _safe(lambda n=node: n.parent)
            record["parent"] = describe(parent, with_text=False) if parent is not None else None
            if request.get("seen") and record.get("extents"):
                record["seen"] = _seen_part(node, record["extents"])
            found.append(record)
    return found


def cmd_tree(request):
    app = _app(request["pid"])
    if app is None:
        return []
    lines = []
    for depth, node in _walk(app):
        record = describe(node, with_text=False)
        if request.get("showing") and depth and "showing" not in record["states"]:
            continue
        lines.append(
            "  " * depth
            + f"{record['role']}: {record['name']}"
            + (f"  ({record['description']})" if record["description"] else "")
            + ("  [focused]" if "focused" in record["states"] else "")
        )
    return "\n".join(lines)


def cmd_events(request):
    since, pid = request.get("since", 0), request.get("pid")
    return [e for e in _events if e["seq"] > since and (pid is None or e["pid"] == pid)]


def cmd_mark(_request):
    return _seq


COMMANDS = {
    "apps": cmd_apps,
    "ready": cmd_ready,
    "focused": cmd_focused,
    "find": cmd_find,
    "tree": cmd_tree,
    "events": cmd_events,
    "mark": cmd_mark,
}


def _answer(line):
    request = {}
    try:
        request = json.loads(line)
        result = COMMANDS[request["cmd"]](request)
        reply = {"id": request.get("id"), "ok": True, "result": result}
    except Exception as exc:  # noqa: BLE001 - report every failure to the test
        reply = {"id": request.get("id"), "ok": False, "error": f"{type(exc).__name__}: {exc}"}
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()


def _on_stdin(channel, condition):
    if condition & (GLib.IO_HUP | GLib.IO_ERR):
        loop.quit()
        return False
    line = channel.readline()
    if not line:
        loop.quit()
        return False
    _answer(line)
    return True


if __name__ == "__main__":
    for event_type in EVENT_TYPES:
        pyatspi.Registry.registerEventListener(_on_event, event_type)
    loop = GLib.MainLoop()
    channel = GLib.IOChannel.unix_new(sys.stdin.fileno())
    GLib.io_add_watch(
        channel, GLib.PRIORITY_DEFAULT, GLib.IO_IN | GLib.IO_HUP | GLib.IO_ERR, _on_stdin
    )
    sys.stdout.write(json.dumps({"id": 0, "ok": True, "result": os.getpid()}) + "\n")
    sys.stdout.flush()
    loop.run()
