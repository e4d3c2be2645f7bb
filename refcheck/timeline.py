"""Draws a snippet's recorded timeline (`<name>.timeline`, written by the test runner's tracer,
refcheck/tracer.py) as an inline SVG figure: one lane per task, bars for running and
for waiting (coloured by what the task waits on), markers for prints and for how each task ended,
and a time axis in seconds.

A page asks for one with a line of its own:  <!-- timeline: snippets/<section>/<page>/<name>.py -->
(refcheck/mkdocs_hooks.py replaces it). The picture's text is task names and seconds only; the
caption, the legend and the accessible description are in the page's language. Colours come from
CSS classes (overrides/assets/stylesheets/extra.css), so the light and dark themes both work
without JavaScript.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from refcheck import conventions

DIRECTIVE = re.compile(r"^<!--\s*timeline:\s*(?P<path>snippets/\S+\.py)\s*-->\s*$", re.M)

KINDS = [
    "sleep",
    "lock",
    "event",
    "condition",
    "semaphore",
    "barrier",
    "queue",
    "task",
    "io",
    "process",
    "thread",
    "future",
    "yield",
]

TEXT = {
    "ru": {
        "caption": "Временная шкала примера {name}: что делала каждая задача и когда. "
        "Записана при запуске примера тестами, на виртуальных часах.",
        "version": "Запуск на {version}: в других версиях задачи выполняются иначе.",
        "running": "выполняется",
        "ready": "готова, ждёт своей очереди",
        "waits": "ждёт",
        "print": "печать",
        "result": "завершилась",
        "exception": "исключение",
        "cancelled": "отменена",
        "lane": "{lane}: {parts}.",
        "created": "создана в {t} с",
        "ended": "{how} в {t} с",
        "waited": "ждала {what} {a}–{b} с",
        "ran": "выполнялась {a}–{b} с",
        "printed": "напечатала «{text}» в {t} с",
        "kinds": {
            "sleep": "asyncio.sleep",
            "lock": "блокировку (Lock)",
            "event": "событие (Event)",
            "condition": "Condition",
            "semaphore": "семафор",
            "barrier": "барьер",
            "queue": "очередь",
            "task": "другие задачи",
            "io": "ввод-вывод",
            "process": "процесс",
            "thread": "поток",
            "future": "объект Future",
            "yield": "отдала управление",
        },
    },
    "en": {
        "caption": "Timeline of {name}: what each task did, and when. "
        "Recorded when the tests ran the example, on the virtual clock.",
        "version": "The run on {version}; other versions run the tasks differently.",
        "running": "running",
        "ready": "ready, waiting for its turn",
        "waits": "waits on",
        "print": "print",
        "result": "finished",
        "exception": "exception",
        "cancelled": "cancelled",
        "lane": "{lane}: {parts}.",
        "created": "created at {t} s",
        "ended": "{how} at {t} s",
        "waited": "waited on {what} {a}–{b} s",
        "ran": "ran {a}–{b} s",
        "printed": "printed “{text}” at {t} s",
        "kinds": {
            "sleep": "asyncio.sleep",
            "lock": "a Lock",
            "event": "an Event",
            "condition": "a Condition",
            "semaphore": "a semaphore",
            "barrier": "a barrier",
            "queue": "a queue",
            "task": "other tasks",
            "io": "I/O",
            "process": "a process",
            "thread": "a thread",
            "future": "a Future",
            "yield": "yielded",
        },
    },
}


@dataclass
class Lane:
    name: str
    label: str = ""
    created: float | None = None
    segments: list[tuple[str, float, float, str]] = field(default_factory=list)  # (state, a, b, kind)
    prints: list[tuple[float, str]] = field(default_factory=list)
    end: tuple[float, str] | None = None


def parse(text: str) -> tuple[list[Lane], float]:
    lanes: dict[str, Lane] = {}
    open_state: dict[str, tuple[str, float, str]] = {}
    last = 0.0
    for line in text.splitlines():
        if not line.strip():
            continue
        t_text, lane_name, event, *rest = line.split("\t")
        detail = rest[0] if rest else ""
        t = float(t_text)
        last = max(last, t)
        lane = lanes.setdefault(lane_name, Lane(lane_name))
        if event == "prints":
            lane.prints.append((t, detail))
            continue
        if event == "named":
            lane.label = detail
            continue
        if lane_name in open_state:
            state, a, kind = open_state.pop(lane_name)
            lane.segments.append((state, a, t, kind))
        if event == "created":
            lane.created = t
            lane.label = detail
            open_state[lane_name] = ("ready", t, "")
        elif event == "runs":
            open_state[lane_name] = ("running", t, "")
        elif event == "waits":
            open_state[lane_name] = ("waiting", t, detail)
        elif event == "ends":
            lane.end = (t, detail)
    for lane_name, (state, a, kind) in open_state.items():
        lanes[lane_name].segments.append((state, a, last, kind))
    return list(lanes.values()), last


def _nice_step(span: float) -> float:
    for step in (0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60):
        if span / step <= 8:
            return step
    return 120


def _sec(t: float) -> str:
    return f"{t:.3f}".rstrip("0").rstrip(".") if t else "0"


def render(trace: str, name: str, lang: str, uid: str, version: str | None = None) -> str:
    """The <figure> for one trace; `uid` makes the element ids unique on the page."""
    words = TEXT[lang]
    lanes, last = parse(trace)
    span = max(last, 0.1)
    step = _nice_step(span)
    ticks = []
    k = 0
    while k * step <= span + 1e-9:
        ticks.append(round(k * step, 6))
        k += 1
    span = max(span, ticks[-1])
    left, right, top, lane_h = 190, 24, 28, 30
    width = 760
    plot = width - left - right
    height = top + lane_h * len(lanes) + 10

    def x(t: float) -> float:
        return round(left + plot * t / span, 2)

    out = [
        f'<svg class="timeline-svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{uid}-title {uid}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{uid}-title">{html.escape(words["caption"].format(name=name))}</title>',
    ]
    desc = []
    for lane in lanes:
        parts = []
        if lane.created is not None:
            parts.append(words["created"].format(t=_sec(lane.created)))
        for state, a, b, kind in lane.segments:
            if state == "waiting" and b > a:
                parts.append(
                    words["waited"].format(what=words["kinds"].get(kind, kind), a=_sec(a), b=_sec(b))
                )
            elif state == "running" and b > a:
                parts.append(words["ran"].format(a=_sec(a), b=_sec(b)))
        for t, text in lane.prints:
            parts.append(words["printed"].format(text=text, t=_sec(t)))
        if lane.end:
            parts.append(words["ended"].format(how=words[lane.end[1].split()[0]], t=_sec(lane.end[0])))
        desc.append(words["lane"].format(lane=lane.label or lane.name, parts="; ".join(parts)))
    out.append(f'<desc id="{uid}-desc">{html.escape(" ".join(desc))}</desc>')

    for t in ticks:
        out.append(f'<line class="tl-grid" x1="{x(t)}" y1="{top - 6}" x2="{x(t)}" y2="{height - 6}"/>')
        out.append(f'<text class="tl-tick" x="{x(t)}" y="{top - 10}" text-anchor="middle">{_sec(t)} s</text>')

    for i, lane in enumerate(lanes):
        mid = top + lane_h * i + lane_h / 2
        shown = lane.label or lane.name
        if len(shown) > 21:
            shown = shown[:20] + "…"
        out.append(
            f'<text class="tl-lane" x="{left - 8}" y="{mid + 4}" text-anchor="end">{html.escape(shown)}</text>'
        )
        out.append(f'<line class="tl-axis" x1="{left}" y1="{mid}" x2="{width - right}" y2="{mid}"/>')
        for state, a, b, kind in lane.segments:
            if state == "ready":
                if b > a:
                    out.append(f'<line class="tl-ready" x1="{x(a)}" y1="{mid}" x2="{x(b)}" y2="{mid}"/>')
                continue
            if state == "waiting":
                if b <= a:
                    continue
                label = (
                    f"{lane.name}: {words['waits']} {words['kinds'].get(kind, kind)} {_sec(a)}–{_sec(b)} s"
                )
                out.append(
                    f'<rect class="tl-wait tl-{kind}" x="{x(a)}" y="{mid - 6}" '
                    f'width="{max(x(b) - x(a), 1)}" height="12" rx="2"><title>{html.escape(label)}</title></rect>'
                )
            else:  # running: at least a visible tick, however short
                w = max(x(b) - x(a), 3)
                label = f"{lane.name}: {words['running']} {_sec(a)}–{_sec(b)} s"
                out.append(
                    f'<rect class="tl-run" x="{x(a) - (1.5 if b <= a else 0)}" y="{mid - 9}" '
                    f'width="{w}" height="18" rx="1"><title>{html.escape(label)}</title></rect>'
                )
        for t, text in lane.prints:
            px, py = x(t), mid - 12
            out.append(
                f'<path class="tl-print" d="M{px} {py + 3} l-4 -6 h8 z"><title>{html.escape(text)}</title></path>'
            )
        if lane.end:
            t, how = lane.end
            ex = x(t) + 6
            kind = how.split()[0]
            label = html.escape(
                f"{lane.name}: {words[kind]} {_sec(t)} s"
                + (f" ({how.split(' ', 1)[1]})" if " " in how else "")
            )
            if kind == "result":
                out.append(
                    f'<circle class="tl-end-result" cx="{ex}" cy="{mid}" r="4"><title>{label}</title></circle>'
                )
            elif kind == "exception":
                out.append(
                    f'<path class="tl-end-exception" d="M{ex - 4} {mid - 4} l8 8 m0 -8 l-8 8"><title>{label}</title></path>'
                )
            else:
                out.append(
                    f'<g class="tl-end-cancelled"><title>{label}</title><circle cx="{ex}" cy="{mid}" r="4"/>'
                    f'<path d="M{ex - 3} {mid + 3} l6 -6"/></g>'
                )
    out.append("</svg>")

    present = sorted(
        {kind for lane in lanes for s, a, b, kind in lane.segments if s == "waiting" and b > a},
        key=KINDS.index,
    )
    legend = [
        f'<span class="tl-key"><svg viewBox="0 0 14 14" aria-hidden="true"><rect class="tl-run" x="5" y="0" width="4" height="14"/></svg>{words["running"]}</span>'
    ]
    for kind in present:
        legend.append(
            f'<span class="tl-key"><svg viewBox="0 0 14 14" aria-hidden="true"><rect class="tl-wait tl-{kind}" x="0" y="3" width="14" height="8" rx="2"/></svg>'
            f"{words['waits']} {html.escape(words['kinds'][kind])}</span>"
        )
    if any(lane.prints for lane in lanes):
        legend.append(
            f'<span class="tl-key"><svg viewBox="0 0 14 14" aria-hidden="true"><path class="tl-print" d="M7 10 l-4 -6 h8 z"/></svg>{words["print"]}</span>'
        )
    ends = {lane.end[1].split()[0] for lane in lanes if lane.end}
    shapes = {
        "result": '<circle class="tl-end-result" cx="7" cy="7" r="4"/>',
        "exception": '<path class="tl-end-exception" d="M3 3 l8 8 m0 -8 l-8 8"/>',
        "cancelled": '<g class="tl-end-cancelled"><circle cx="7" cy="7" r="4"/><path d="M4 10 l6 -6"/></g>',
    }
    for kind in ("result", "exception", "cancelled"):
        if kind in ends:
            legend.append(
                f'<span class="tl-key"><svg viewBox="0 0 14 14" aria-hidden="true">{shapes[kind]}</svg>{words[kind]}</span>'
            )
    caption = html.escape(words["caption"].format(name=name))
    if version:
        caption += " " + html.escape(words["version"].format(version=version))
    # The picture scrolls sideways on narrow screens; tabindex lets a keyboard scroll it too.
    return (
        f'<figure class="timeline" id="{uid}">\n<div class="timeline-scroll" tabindex="0">\n'
        + "\n".join(out)
        + f"\n</div>\n<figcaption>{caption}<br>{' '.join(legend)}</figcaption>\n</figure>"
    )


def figure_for(snippet: str, root: Path, lang: str, version: tuple[int, int]) -> str:
    path = root / snippet
    trace = conventions.expected_for(path, "timeline", version)
    if not trace.exists():
        raise FileNotFoundError(
            f"{snippet} has no timeline file: create an empty {Path(snippet).with_suffix('.timeline')} "
            f"and run make update-outputs ONLY={snippet}"
        )
    uid = "timeline-" + Path(snippet).stem.replace("_", "-")
    # Where the run differs between versions, say which version's run the picture shows.
    versions = sorted(v for v in conventions.expected_files(path, "timeline") if v is not None)
    shown = None
    if versions:
        chosen = next((v for v in reversed(versions) if v <= version), None)
        lo = chosen or conventions.versions.OLDEST
        later = [v for v in versions if v > lo]
        hi = (later[0][0], later[0][1] - 1) if later else None
        shown = f"Python {lo[0]}.{lo[1]}" + ("+" if hi is None else "" if hi == lo else f"–{hi[0]}.{hi[1]}")
    return render(trace.read_text(encoding="utf-8"), Path(snippet).name, lang, uid, shown)
