"""MkDocs hooks shared by the Russian and the English build."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from mkdocs.exceptions import PluginError

from refcheck import conventions, timeline

_CODE_INCLUDE = re.compile(
    r'^(?P<indent>[ \t]*)```\{[^}\n]*\bnotest\b[^}\n]*\}\n(?P=indent)--8<-- "(?P<path>snippets/[^":]+\.py)(?::[\w-]+)?"',
    re.MULTILINE,
)
_BADGE_TITLE = {"ru": "Нужен Python {v} или новее", "en": "Needs Python {v} or newer"}


def on_config(config):
    # One site_root for both builds: the Russian site is there, the English one under en/.
    root = config.extra["site_root"]
    if not root.endswith("/"):
        root += "/"
    lang = config.theme["language"]
    config.site_url = root if lang == "ru" else f"{root}{lang}/"
    config.extra["site_root"] = root
    labels = config.extra.get("nav_labels")
    if labels is not None:
        config.nav = _translate_nav(config.nav, labels)
    return config


def _translate_nav(nav, labels: dict[str, str]):
    """mkdocs.yml's navigation with its labels swapped for this build's (extra.nav_labels)."""
    missing = []

    def walk(items):
        out = []
        for item in items:
            if isinstance(item, dict):
                ((label, value),) = item.items()
                if label not in labels:
                    missing.append(label)
                out.append({labels.get(label, label): walk(value) if isinstance(value, list) else value})
            else:
                out.append(item)
        return out

    translated = walk(nav)
    if missing:
        raise PluginError(
            "mkdocs.en.yml: extra.nav_labels has no label for the navigation entries "
            + ", ".join(repr(m) for m in missing)
            + " of mkdocs.yml: add one line per label ('Russian label: English label')"
        )
    return translated


def on_page_markdown(markdown, page, config, files):
    """Put a "Python 3.12+" badge above the code of every snippet that declares one."""
    lang = config.theme["language"]

    def badge(m: re.Match) -> str:
        need = conventions.min_python(conventions.ROOT / m.group("path"))
        if not need or need <= conventions.versions.OLDEST:
            return m.group(0)
        v = f"{need[0]}.{need[1]}"
        title = _BADGE_TITLE.get(lang, _BADGE_TITLE["en"]).format(v=v)
        return (
            f'{m.group("indent")}<span class="version-badge" title="{title}">Python {v}+</span>\n\n'
            + m.group(0)
        )

    markdown = _CODE_INCLUDE.sub(badge, markdown)

    def figure(m: re.Match) -> str:
        # The picture of the run the build's own Python would make (the newest trace file that
        # is not newer than it); the tests check each version's trace.
        return timeline.figure_for(m.group("path"), conventions.ROOT, lang, sys.version_info[:2])

    return timeline.DIRECTIVE.sub(figure, markdown)


def on_post_build(config):
    """Russian typography on the built Russian pages (tools/typograf.mjs: non-breaking spaces in
    «0,5 с», «150 000 байт», «Python 3.13», before a dash). Code and program output stay as they are."""
    if config.theme["language"] != "ru":
        return
    script = conventions.ROOT / "tools" / "typograf.mjs"
    node = shutil.which("node")
    if node is None or not (conventions.ROOT / "node_modules" / "typograf").is_dir():
        raise PluginError(
            "the Russian pages get their typography from typograf (npm): install Node.js and run "
            "'npm ci' in the repository (make serve, make build and make test do it)"
        )
    done = subprocess.run([node, str(script), config.site_dir], capture_output=True, text=True)
    if done.returncode:
        raise PluginError(f"tools/typograf.mjs failed on {config.site_dir}:\n{done.stderr}")
