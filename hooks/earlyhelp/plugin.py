"""The generator as one MkDocs plugin (`plugins: - earlyhelp` in mkdocs.yml).

A partnership's site installs this package at a pinned version and names the plugin; it holds no
code of its own, so taking a fix means changing one version. The plugin calls each adapter's
on_* function in the order of ADAPTERS. Its own priorities put every adapter where it must run
among the other plugins: page Markdown before mkdocs-quiz reads it (placeholders and quiz checks
first), page HTML after mkdocs-quiz has written it, the strict gate after every check, and the
last looks at the site after every plugin has written it: for records, and for anything a page
asks another website for."""

from __future__ import annotations

from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority

from .adapters import (case_studies, content_checks, glossary, handbook, link_messages, nav, offline, partnership,
                       quiz, records_guard, serve, strict_gate, theme, third_party, training_portal,
                       training_report)

ADAPTERS = (strict_gate, records_guard, theme, partnership, quiz, glossary, training_report, training_portal,
            case_studies, content_checks, nav, handbook, offline, serve, link_messages, third_party)


def _each(event: str, **kwargs) -> None:
    for adapter in ADAPTERS:
        handler = getattr(adapter, f"on_{event}", None)
        if handler is not None:
            handler(**kwargs)


def _chain(event: str, value, **kwargs):
    """Each adapter's on_<event> in turn; each gets (and returns) what the one before returned."""
    for adapter in ADAPTERS:
        handler = getattr(adapter, f"on_{event}", None)
        if handler is not None:
            value = handler(value, **kwargs)
    return value


class EarlyHelpPlugin(BasePlugin):
    def on_startup(self, command, dirty, **kwargs):
        _each("startup", command=command, dirty=dirty)

    @event_priority(100)
    def on_config(self, config, **kwargs):
        return _chain("config", config)

    def on_files(self, files, config, **kwargs):
        return _chain("files", files, config=config)

    @event_priority(110)  # before mkdocs-quiz turns quiz blocks into placeholders
    def on_page_markdown(self, markdown, page, config, files, **kwargs):
        return _chain("page_markdown", markdown, page=page, config=config, files=files)

    @event_priority(-100)  # after mkdocs-quiz has put its quiz HTML in
    def on_page_content(self, html, page, config, files, **kwargs):
        return _chain("page_content", html, page=page, config=config, files=files)

    def on_page_context(self, context, page, config, nav, **kwargs):
        return _chain("page_context", context, page=page, config=config, nav=nav)

    @event_priority(-100)  # the strict gate: after every check, before a page is written
    def on_env(self, env, config, files, **kwargs):
        return _chain("env", env, config=config, files=files)

    def _post_build(self, config, **kwargs):
        _each("post_build", config=config)

    @event_priority(-100)  # after every plugin has written its files (search's index among them)
    def _check_written(self, config, **kwargs):
        records_guard.check_written(config)
        third_party.check_written(config)

    on_post_build = CombinedEvent(_post_build, _check_written)

    def on_build_error(self, error, **kwargs):
        _each("build_error", error=error)

    def on_serve(self, server, config, builder, **kwargs):
        return _chain("serve", server, config=config, builder=builder)
