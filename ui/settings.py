"""The app's typed settings over QSettings (organisation "SquadDesk", INI format)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "SquadDesk"
APPLICATION = "SquadDesk"
LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"


class Settings:
    """Per-user preferences; tests point QSettings.setPath(IniFormat, UserScope) at a tmp dir."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    @property
    def file_name(self) -> str:
        """Where the settings are stored."""
        return self._q.fileName()

    @property
    def language(self) -> str:
        """UI language code: "zh" (source language) or "en"."""
        value = str(self._q.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._q.setValue("ui/language", value)
        self._q.sync()

    @property
    def window_geometry(self) -> QByteArray | None:
        """Saved main-window geometry, if any."""
        value = self._q.value("ui/window_geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._q.setValue("ui/window_geometry", value)
        self._q.sync()

    @property
    def demo_database(self) -> str:
        """Path of the database created with demo data (its login hint is shown)."""
        return str(self._q.value("app/demo_database", ""))

    @demo_database.setter
    def demo_database(self, value: str) -> None:
        self._q.setValue("app/demo_database", value)
        self._q.sync()
