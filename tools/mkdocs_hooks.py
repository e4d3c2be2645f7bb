"""MkDocs hooks shared by the Russian and the English build."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import snippetlib  # noqa: E402
import timeline  # noqa: E402

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
    return config


def on_page_markdown(markdown, page, config, files):
    """Put a "Python 3.12+" badge above the code of every snippet that declares one."""
    lang = config.theme["language"]

    def badge(m: re.Match) -> str:
        need = snippetlib.min_python(snippetlib.ROOT / m.group("path"))
        if not need or need <= snippetlib.versions.OLDEST:
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
        return timeline.figure_for(m.group("path"), snippetlib.ROOT, lang, sys.version_info[:2])

    return timeline.DIRECTIVE.sub(figure, markdown)
